"use client";

// The call's scores as reviewed: each score's effective value, the vendor's
// beside it once someone changed it (with a mark naming who and how), and its
// reviews. Managers and admins override a score and decide a rep's open
// dispute; the call's rep disputes a score, quoting the words selected in the
// transcript. Each AI score carries its trust marker: how often the AI and
// the managers agreed on its skill. Loaded after the page (next/dynamic in
// call-view.tsx).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import { type ReviewChange, useCallReviewsQuery, useReviewChange } from "@/lib/client/use-score-reviews";
import type { ReviewedScore } from "@/lib/data/dto-score-reviews";
import { type SelectedSpan, useTranscriptSelection } from "./comment-selection";
import { momentLabel } from "./comment-thread";
import { ScoreChip } from "./score-chip";
import { ReviewForm, type ReviewFormInput } from "./score-review-forms";
import { ReviewHistoryItem } from "./score-review-history";
import { reviewedMark, scoreKey, scoreRef, scoreText } from "./score-review-model";
import { Muted, SectionCard } from "./section-card";
import type { TranscriptIndex } from "./transcript-index";
import { TrustMarker } from "./trust-marker";

export interface ScoreReviewPanelProps {
  callId: number;
  /** The viewer's role: what they may do here. */
  role: Role;
  /** The transcript as its rows show it: turns words selected there into a dispute's quote. */
  index: TranscriptIndex | null;
  onSeek: (seconds: number) => void;
}

type FormKind = "override" | "dispute" | "accept" | "reject";

const SELECT_FIRST = "Select the words you disagree about in the transcript first; they are quoted as your evidence.";
const small = "px-2 py-1 text-xs";

function ScoreForm({ callId, score, form, span, onDone }: { callId: number; score: ReviewedScore; form: FormKind; span: SelectedSpan | null; onDone: () => void }) {
  const change = useReviewChange(callId);
  const ref = scoreRef(score);
  const send = (body: ReviewChange) => change.mutateAsync(body).then(onDone);
  const common = { pending: change.isPending, error: change.isError ? change.error.message : null, onCancel: onDone };
  const disputeId = score.openDisputeId;
  const proposal = score.history.find((r) => r.id === disputeId)?.newScore ?? null;
  switch (form) {
    case "override":
      return (
        <ReviewForm
          {...common}
          label={`Override ${score.label}`}
          score={{ label: "New value (0–100)", required: true, initial: score.effectiveScore }}
          reason={{ label: "Reason", required: true }}
          submitLabel="Save override"
          onSubmit={({ score: value, reason }: ReviewFormInput) => send({ action: "override", ref, newScore: value!, reason })}
        />
      );
    case "accept":
      return (
        <ReviewForm
          {...common}
          label={`Accept the dispute of ${score.label}`}
          score={{ label: "New value (0–100)", required: true, initial: proposal }}
          reason={{ label: "Note to the rep", required: false }}
          submitLabel="Accept dispute"
          onSubmit={({ score: value, reason }) => send({ action: "accept", reviewId: disputeId!, newScore: value!, ...(reason ? { reason } : {}) })}
        />
      );
    case "reject":
      return (
        <ReviewForm
          {...common}
          label={`Reject the dispute of ${score.label}`}
          reason={{ label: "Reason", required: true }}
          submitLabel="Reject dispute"
          onSubmit={({ reason }) => send({ action: "reject", reviewId: disputeId!, reason })}
        />
      );
    case "dispute":
      return (
        <ReviewForm
          {...common}
          label={`Dispute ${score.label}`}
          score={{ label: "The value you think right (0–100)", required: false }}
          reason={{ label: "Why you disagree", required: true }}
          submitLabel="Send dispute"
          blocker={span ? null : SELECT_FIRST}
          onSubmit={({ score: value, reason }) =>
            send({ action: "dispute", ref, reason, quote: span!.quote, quoteStartSec: span!.startSec, quoteEndSec: span!.endSec ?? span!.startSec, ...(value !== null ? { newScore: value } : {}) })
          }
        >
          {span ? (
            <div>
              <p className="text-xs font-medium text-slate-600">Quoted words ({momentLabel(span)})</p>
              <blockquote className="border-l-2 border-brand-500 pl-2 text-sm italic text-slate-700">“{span.quote}”</blockquote>
            </div>
          ) : (
            <p role="status" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
              {SELECT_FIRST}
            </p>
          )}
        </ReviewForm>
      );
  }
}

function Actions({ role, score, onOpen }: { role: Role; score: ReviewedScore; onOpen: (form: FormKind) => void }) {
  if (role === "rep") {
    if (score.openDisputeId !== null) return <span className="text-xs text-amber-900">Disputed, waiting for a manager’s decision</span>;
    return (
      <Button type="button" variant="secondary" className={small} aria-label={`Dispute ${score.label}`} onClick={() => onOpen("dispute")}>
        Dispute
      </Button>
    );
  }
  return (
    <>
      <Button type="button" variant="secondary" className={small} aria-label={`Override ${score.label}`} onClick={() => onOpen("override")}>
        Override
      </Button>
      {score.openDisputeId !== null && (
        <>
          <Button type="button" variant="secondary" className={small} aria-label={`Accept the dispute of ${score.label}`} onClick={() => onOpen("accept")}>
            Accept
          </Button>
          <Button type="button" variant="secondary" className={small} aria-label={`Reject the dispute of ${score.label}`} onClick={() => onOpen("reject")}>
            Reject
          </Button>
        </>
      )}
    </>
  );
}

export function ScoreRow({ callId, role, score, span, onSeek }: { callId: number; role: Role; score: ReviewedScore; span: SelectedSpan | null; onSeek: (seconds: number) => void }) {
  const [form, setForm] = useState<FormKind | null>(null);
  const mark = reviewedMark(score);
  const key = scoreKey(score);
  return (
    <li data-score={key} className="py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <span className="min-w-0 flex-1 basis-40 break-words text-sm font-medium text-slate-900">{score.label}</span>
        <ScoreChip score={score.effectiveScore} label={score.label} />
        {mark && (
          <span className="flex items-center gap-1 text-xs text-slate-600">
            <span>Vendor: {scoreText(score.vendorScore)}</span>
            <span title={mark} className="rounded bg-amber-50 px-1 text-amber-800">
              <span aria-hidden="true">✎</span>
              <span className="sr-only">{mark}</span>
            </span>
          </span>
        )}
        {score.openDisputeId !== null && role !== "rep" && <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900">Disputed</span>}
        <div className="flex flex-wrap gap-1">
          <Actions role={role} score={score} onOpen={setForm} />
        </div>
      </div>
      {score.trust && <TrustMarker marker={score.trust} />}
      {form && <ScoreForm key={form} callId={callId} score={score} form={form} span={span} onDone={() => setForm(null)} />}
      {score.history.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs font-medium text-slate-600">
            History<span className="sr-only"> of {score.label}</span> ({score.history.length})
          </summary>
          <ul aria-label={`Reviews of ${score.label}`} className="divide-y divide-slate-100">
            {score.history.map((review) => (
              <ReviewHistoryItem key={review.id} review={review} label={score.label} onSeek={onSeek} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function ScoreReviewPanel({ callId, role, index, onSeek }: ScoreReviewPanelProps) {
  const query = useCallReviewsQuery(callId);
  // Listens from the start, so words selected before "Dispute" is pressed are the quote.
  const [span] = useTranscriptSelection(role === "rep" ? index : null);
  const data = query.data;
  return (
    <SectionCard title="Score reviews">
      {query.isPending && (
        <p aria-busy="true" className="text-sm text-slate-500">
          Loading scores…
        </p>
      )}
      {query.isError && !data && (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-700">
          <span>The scores could not be loaded: {query.error.message}</span>
          <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      )}
      {data && data.scores.length === 0 && <Muted>This call has no scores to review yet.</Muted>}
      {data && data.scores.length > 0 && (
        <ul aria-label="Scores" className="-my-3 divide-y divide-slate-100">
          {data.scores.map((score) => (
            <ScoreRow key={scoreKey(score)} callId={callId} role={role} score={score} span={span} onSeek={onSeek} />
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

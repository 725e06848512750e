"use client";

// A score's reviews, newest first: what kind, where it stands, who and when,
// the value before and after, why, and a dispute's quoted words (a click plays
// them) and its decision. The audit of the score, as the call shows it.
import { EventTime } from "@/components/ui/time-zone";
import type { ReviewView } from "@/lib/data/dto-score-reviews";
import { formatClock } from "./format";
import { KIND_LABEL, scoreText, STATE_LABEL } from "./score-review-model";

const STATE_CLASS: Record<ReviewView["state"], string> = {
  applied: "bg-emerald-50 text-emerald-800",
  accepted: "bg-emerald-50 text-emerald-800",
  open: "bg-amber-50 text-amber-900",
  rejected: "bg-slate-100 text-slate-700",
};

function change(review: ReviewView): string {
  if (review.newScore === null) return `was ${scoreText(review.oldScore)}`;
  const proposed = review.kind === "dispute" && review.state !== "accepted";
  return `${scoreText(review.oldScore)} → ${scoreText(review.newScore)}${proposed ? " proposed" : ""}`;
}

export function ReviewHistoryItem({ review, label, onSeek }: { review: ReviewView; label: string; onSeek: (seconds: number) => void }) {
  return (
    <li id={`review-${review.id}`} className="space-y-1 py-2 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium text-slate-900">{KIND_LABEL[review.kind]}</span>
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATE_CLASS[review.state]}`}>{STATE_LABEL[review.state]}</span>
        <span className="tabular-nums text-slate-800">{change(review)}</span>
      </p>
      <p className="text-xs text-slate-600">
        {review.createdBy.name ?? "Someone"} · <EventTime iso={review.createdAt} />
      </p>
      <p className="whitespace-pre-wrap break-words text-slate-800">{review.reason}</p>
      {review.quote !== null && review.quoteStartSec !== null && (
        <button
          type="button"
          onClick={() => onSeek(review.quoteStartSec!)}
          aria-label={`Play the quoted words from ${formatClock(review.quoteStartSec)}: dispute of ${label}`}
          className="block w-full rounded border-l-2 border-brand-500 py-0.5 pl-2 text-left text-sm italic text-slate-700 hover:bg-slate-50"
        >
          <span className="not-italic text-xs font-medium text-brand-700">{formatClock(review.quoteStartSec)}</span> “{review.quote}”
        </button>
      )}
      {review.decidedBy && review.decidedAt && (
        <p className="text-xs text-slate-600">
          {STATE_LABEL[review.state]} by {review.decidedBy.name ?? "someone"} · <EventTime iso={review.decidedAt} />
          {review.decisionReason && <span className="block whitespace-pre-wrap break-words text-sm text-slate-800">{review.decisionReason}</span>}
        </p>
      )}
    </li>
  );
}

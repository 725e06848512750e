"use client";

// The call page opened from the review queue (?queue=<filter>), for a manager
// or an admin: "Mark reviewed" marks the call and opens the next call of the
// same filter (after the last, the first still waiting); "Next call" goes on
// without marking. R and N do the same from
// anywhere on the page except while typing.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { queueCursor, type QueueFilter } from "@/lib/data/review-queue-filters";
import { attachQueueKeys } from "./queue-keys";
import { filterPhrase, queueItemHref } from "./queue-labels";
import { fetchNextQueueCall, useCallReviewStateQuery, useMarkReviewed } from "./use-review-queue";

function Key({ children }: { children: string }) {
  return (
    <kbd aria-hidden="true" className="ml-1 rounded border border-current/40 px-1 font-mono text-[11px] leading-4 opacity-80">
      {children}
    </kbd>
  );
}

export interface QueueBarViewProps {
  filter: QueueFilter;
  reviewed: boolean;
  busy: "mark" | "next" | null;
  error: string | null;
  onMark: () => void;
  onNext: () => void;
}

export function QueueBarView({ filter, reviewed, busy, error, onMark, onNext }: QueueBarViewProps) {
  return (
    <section aria-label="Review queue" className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="min-w-0 flex-1 text-sm text-slate-800">
          From the review queue: <Link href={`/reviews?filter=${filter}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{filterPhrase(filter)}</Link>
          {reviewed && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800">Reviewed</span>}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={onMark} disabled={busy !== null} aria-keyshortcuts="R">
            {busy === "mark" ? "Marking…" : "Mark reviewed"}
            <Key>R</Key>
          </Button>
          <Button type="button" variant="secondary" onClick={onNext} disabled={busy !== null} aria-keyshortcuts="N">
            {busy === "next" ? "Opening…" : "Next call"}
            <Key>N</Key>
          </Button>
        </div>
      </div>
      <p className="mt-1 text-xs text-slate-600">Press R to mark this call reviewed and open the next one, N to skip to the next one.</p>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}

export function QueueBar({ callId, startedAt, filter }: { callId: number; startedAt: string; filter: QueueFilter }) {
  const router = useRouter();
  const mark = useMarkReviewed(callId);
  const state = useCallReviewStateQuery(callId);
  const [busy, setBusy] = useState<"mark" | "next" | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A key pressed twice before the first press is done does nothing more.
  const working = useRef(false);

  const run = useCallback(
    async (action: "mark" | "next") => {
      if (working.current) return;
      working.current = true;
      setBusy(action);
      setError(null);
      try {
        if (action === "mark") await mark.mutateAsync();
        const next = await fetchNextQueueCall(filter, queueCursor(startedAt, callId), callId);
        router.push(next ? queueItemHref(next, filter) : `/reviews?filter=${filter}`);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : "That did not work; try again.");
        working.current = false;
        setBusy(null);
      }
    },
    [mark, filter, startedAt, callId, router],
  );

  useEffect(() => attachQueueKeys(window, { mark: () => void run("mark"), next: () => void run("next") }), [run]);

  return <QueueBarView filter={filter} reviewed={state.data?.reviewed ?? false} busy={busy} error={error} onMark={() => void run("mark")} onNext={() => void run("next")} />;
}

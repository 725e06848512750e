"use client";

// The review queue page: one tab per filter with its count, the "Below"
// threshold, and the filter's calls newest first, each linking to the call
// page told it came from the queue (where R marks it reviewed and goes on).
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { EventTime } from "@/components/ui/time-zone";
import type { QueueItem, ReviewCounts, ReviewQueue as ReviewQueueData } from "@/lib/data/dto-review-queue";
import { BELOW_DAYS, countText, DEFAULT_THRESHOLD, QUEUE_FILTERS, type QueueFilter, UNREVIEWED_DAYS } from "@/lib/data/review-queue-filters";
import { vendorLabel } from "@/lib/format";
import { scoreText } from "@/components/calls/score-review-model";
import { filterLabel, queueItemHref } from "./queue-labels";
import { ThresholdForm } from "./threshold-form";
import { useReviewCountsQuery, useReviewQueueQuery } from "./use-review-queue";

const EMPTY: Record<QueueFilter, { title: string; body: string }> = {
  disputes: { title: "No open disputes", body: "When a rep disputes a score on one of your team's calls, it waits here for your decision." },
  feedback: { title: "No feedback requests", body: "When a rep asks for feedback on a call, it waits here until you mark the call reviewed." },
  below: { title: "No calls below your threshold", body: `Calls of the last ${BELOW_DAYS} days whose overall score is below your threshold show here.` },
  unreviewed: { title: "Every recent call is reviewed", body: `Calls of the last ${UNREVIEWED_DAYS} days that nobody has marked reviewed show here.` },
};

export function FilterTabs({ filter, counts, threshold }: { filter: QueueFilter; counts: ReviewCounts | undefined; threshold: number }) {
  return (
    <nav aria-label="Review queue filters" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {QUEUE_FILTERS.map((f) => {
          const active = f === filter;
          return (
            <li key={f}>
              <Link
                href={`/reviews?filter=${f}`}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
              >
                {filterLabel(f, threshold)}
                {counts && <span className={`rounded-full px-1.5 text-xs tabular-nums ${active ? "bg-white/20" : "bg-slate-100 text-slate-700"}`}>{countText(counts.counts[f])}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Why the call is in this filter of the queue, in words. */
function Why({ item, filter, threshold }: { item: QueueItem; filter: QueueFilter; threshold: number }) {
  if (filter === "disputes" && item.dispute) {
    const more = item.dispute.count > 1 ? ` (and ${item.dispute.count - 1} more)` : "";
    return (
      <p className="whitespace-pre-wrap break-words text-sm text-slate-800">
        <span className="font-medium">{item.dispute.by ?? "The rep"} disputes {item.dispute.label}{more}:</span> {item.dispute.reason}
      </p>
    );
  }
  if (filter === "feedback" && item.feedback) {
    return (
      <p className="whitespace-pre-wrap break-words text-sm text-slate-800">
        <span className="font-medium">Feedback asked on <EventTime iso={item.feedback.createdAt} day />:</span> {item.feedback.note}
      </p>
    );
  }
  if (filter === "below") return <p className="text-sm text-slate-800">Scored {scoreText(item.score)}, below {threshold}</p>;
  return null;
}

function QueueRow({ item, filter, threshold }: { item: QueueItem; filter: QueueFilter; threshold: number }) {
  return (
    <li className="space-y-1 px-4 py-3">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <Link href={queueItemHref(item, filter)} className="break-words font-medium text-brand-700 underline-offset-2 hover:underline">
          {item.title}
        </Link>
        {item.reviewed && <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800">Reviewed</span>}
      </p>
      <p className="text-xs text-slate-600">
        {item.rep?.name ?? "No rep"} · <EventTime iso={item.startedAt} /> · {vendorLabel(item.vendor)} · score <span className="tabular-nums">{scoreText(item.score)}</span>
      </p>
      <Why item={item} filter={filter} threshold={threshold} />
    </li>
  );
}

export function QueueList({ data, filter }: { data: ReviewQueueData[]; filter: QueueFilter }) {
  const items = data.flatMap((page) => page.items);
  const threshold = data[0]?.threshold ?? DEFAULT_THRESHOLD;
  if (!items.length) return <Empty {...EMPTY[filter]} />;
  return (
    <Card>
      <ul aria-label={`Calls: ${filterLabel(filter, threshold)}`} className="-m-4 divide-y divide-slate-100">
        {items.map((item) => (
          <QueueRow key={item.callId} item={item} filter={filter} threshold={threshold} />
        ))}
      </ul>
    </Card>
  );
}

export function ReviewQueue({ filter, initialCounts, initialQueue }: { filter: QueueFilter; initialCounts?: ReviewCounts; initialQueue?: ReviewQueueData }) {
  const counts = useReviewCountsQuery(initialCounts);
  const queue = useReviewQueueQuery(filter, initialQueue);
  const [thresholdOpen, setThresholdOpen] = useState(false);
  const threshold = counts.data?.threshold ?? initialQueue?.threshold ?? DEFAULT_THRESHOLD;
  return (
    <div>
      <FilterTabs filter={filter} counts={counts.data} threshold={threshold} />
      {filter === "below" || thresholdOpen ? (
        <ThresholdForm threshold={threshold} />
      ) : (
        <p className="mb-4 text-sm text-slate-600">
          Below {threshold} lists your reps&apos; calls of the last {BELOW_DAYS} days scored under {threshold}.{" "}
          <button type="button" className="font-medium text-brand-700 underline-offset-2 hover:underline" onClick={() => setThresholdOpen(true)}>
            Change threshold
          </button>
        </p>
      )}
      {queue.isPending && <Loading label="Loading the queue…" />}
      {queue.isError && !queue.data && <ErrorState error={queue.error} retry={() => void queue.refetch()} />}
      {queue.data && (
        <>
          <QueueList data={queue.data.pages} filter={filter} />
          {queue.hasNextPage && (
            <div className="mt-3">
              <Button type="button" variant="secondary" disabled={queue.isFetchingNextPage} onClick={() => void queue.fetchNextPage()}>
                {queue.isFetchingNextPage ? "Loading…" : "Show more"}
              </Button>
            </div>
          )}
        </>
      )}
      <p className="mt-4 text-xs text-slate-600">
        On a call opened from here, press <kbd className="rounded border border-slate-300 px-1 font-mono">R</kbd> to mark it reviewed and open the next one, or{" "}
        <kbd className="rounded border border-slate-300 px-1 font-mono">N</kbd> to skip to the next one.
      </p>
    </div>
  );
}

// The review queue's filters in words, for its tabs, the call page's bar and the summary line.
import { formatCount } from "@/lib/plural";
import type { QueueItem, ReviewCounts } from "@/lib/data/dto-review-queue";
import { countText, queueCallHref, type QueueFilter } from "@/lib/data/review-queue-filters";

export function filterLabel(filter: QueueFilter, threshold: number): string {
  switch (filter) {
    case "disputes":
      return "Disputes waiting";
    case "feedback":
      return "Feedback asked";
    case "below":
      return `Below ${threshold}`;
    case "unreviewed":
      return "Not reviewed yet";
  }
}

/** The filter inside a sentence, as the call page's bar says where the call came from. */
export function filterPhrase(filter: QueueFilter): string {
  switch (filter) {
    case "disputes":
      return "disputes waiting";
    case "feedback":
      return "feedback asked";
    case "below":
      return "scored below your threshold";
    case "unreviewed":
      return "not reviewed yet";
  }
}

/** A call of the queue, opened from this filter: a dispute's call at the words disputed. */
export function queueItemHref(item: Pick<QueueItem, "callId" | "dispute">, filter: QueueFilter): string {
  return queueCallHref(item.callId, filter, filter === "disputes" ? item.dispute?.quoteStartSec : null);
}

/** "2 disputes", "1 feedback request", "14 calls not reviewed" ("999+" past the cap). */
export function summaryParts(counts: ReviewCounts["counts"]): { filter: QueueFilter; text: string }[] {
  const part = (filter: QueueFilter, singular: string, plural: string, after = "") => {
    const count = counts[filter];
    const words = count.more ? `${countText(count)} ${plural}` : formatCount(count.count, singular, plural);
    return { filter, text: `${words}${after}` };
  };
  return [part("disputes", "dispute", "disputes"), part("feedback", "feedback request", "feedback requests"), part("unreviewed", "call", "calls", " not reviewed")];
}

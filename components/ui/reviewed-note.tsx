// Where figures take in scores people reviewed: the count and the latest
// change in words ("2 reviewed scores count here; latest by Rebecca Holt:
// Discovery 62 → 75"), on the leaderboard's mark and the rep page's note.
import type { ReviewedScores } from "@/lib/data/dto";
import { formatCount } from "@/lib/plural";

export function reviewedNote(reviewed: ReviewedScores, where = "here"): string {
  const { by, what, from, to } = reviewed.latest;
  const change = `${from === null ? "" : `${Math.round(from)} → `}${Math.round(to)}`;
  return `${formatCount(reviewed.count, "reviewed score")} ${reviewed.count === 1 ? "counts" : "count"} ${where}; latest${by ? ` by ${by}` : ""}: ${what} ${change}`;
}

/** The rep page's line above its figures, with the leaderboard's pencil mark. */
export function ReviewedScoresNote({ reviewed }: { reviewed: ReviewedScores | null }) {
  if (!reviewed) return null;
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <span aria-hidden="true" className="mr-1">
        ✎
      </span>
      {reviewedNote(reviewed, "in these figures")}. The vendor&apos;s values stay on each call.
    </p>
  );
}

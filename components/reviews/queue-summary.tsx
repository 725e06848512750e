// One line naming what waits in the review queue, each part a link to its
// filter: "Review queue: 2 disputes, 1 feedback request, 14 calls not reviewed".
// Rendered on the server (the leaderboard, the inbox), for managers and admins.
import Link from "next/link";
import type { ReviewCounts } from "@/lib/data/dto-review-queue";
import { summaryParts } from "./queue-labels";

export function QueueSummary({ counts, className = "" }: { counts: ReviewCounts; className?: string }) {
  const parts = summaryParts(counts.counts);
  return (
    <p className={`text-sm text-slate-700 ${className}`}>
      <Link href="/reviews" className="font-medium text-brand-700 underline-offset-2 hover:underline">
        Review queue
      </Link>
      :{" "}
      {parts.map((part, i) => (
        <span key={part.filter}>
          {i > 0 && ", "}
          <Link href={`/reviews?filter=${part.filter}`} className="text-brand-700 underline-offset-2 hover:underline">
            {part.text}
          </Link>
        </span>
      ))}
    </p>
  );
}

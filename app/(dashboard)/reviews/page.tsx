import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReviewQueue } from "@/components/reviews/review-queue";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { getReviewCounts, getReviewQueue } from "@/lib/data/review-queue";
import { DEFAULT_QUEUE_PAGE, isQueueFilter } from "@/lib/data/review-queue-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reviews" };

const download = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";

// The review queue: the calls of the viewer's teams waiting for a look (disputed scores,
// feedback asked, scored below his threshold, not reviewed yet), for a manager or an admin.
export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ filter?: string | string[] }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.role === "rep") redirect("/");
  const { filter: asked } = await searchParams;
  const filter = isQueueFilter(asked) ? asked : "disputes";
  const [counts, queue] = await Promise.all([getReviewCounts(viewer), getReviewQueue(viewer, { filter, limit: DEFAULT_QUEUE_PAGE })]);
  return (
    <div>
      <PageHeader
        title="Reviews"
        subtitle="Calls of your teams waiting for a look, newest first. Open one to decide a dispute, answer a feedback request or mark it reviewed."
        actions={
          <>
            <a href="/api/reviews/export" className={download} download>
              Score reviews CSV
            </a>
            <a href="/api/comments/export" className={download} download>
              Comments CSV
            </a>
          </>
        }
      />
      <ReviewQueue key={filter} filter={filter} initialCounts={counts} initialQueue={queue} />
    </div>
  );
}

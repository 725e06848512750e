import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { QueueSummary } from "@/components/reviews/queue-summary";
import { InboxPageList } from "@/components/shell/inbox-list";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { getReviewCounts } from "@/lib/data/review-queue";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox" };

// The inbox: mentions of the viewer, replies to their comments, disputes,
// feedback requests and reviews. The list is the header's (one query, asked for
// again every minute while in view); a manager or admin also sees what waits
// in his review queue.
export default async function InboxPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const counts = viewer.role === "rep" ? null : await getReviewCounts(viewer);
  return (
    <div>
      <PageHeader title="Inbox" subtitle="Mentions of you, replies to your comments and reviews of your calls, newest first" />
      {counts && <QueueSummary counts={counts} className="mb-4" />}
      <InboxPageList />
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InboxPageList } from "@/components/shell/inbox-list";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox" };

// The inbox: mentions of the viewer and replies to their comments. The list is
// the header's (one query, asked for again every minute while in view).
export default async function InboxPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return (
    <div>
      <PageHeader title="Inbox" subtitle="Mentions of you and replies to your comments, newest first" />
      <InboxPageList />
    </div>
  );
}

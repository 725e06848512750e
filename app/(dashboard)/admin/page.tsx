import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SyncPanel } from "@/components/admin/sync-panel";
import { UsersPanel } from "@/components/admin/users-panel";
import { PageHeader } from "@/components/ui/page-header";
import { canManageSync } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { getSyncStatus, listUsers } from "@/lib/data/admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!canManageSync(viewer)) redirect("/");
  const [status, users] = await Promise.all([getSyncStatus(viewer), listUsers(viewer)]);
  return (
    <div className="space-y-5">
      <PageHeader title="Admin" subtitle="Vendor sync and who can sign in" />
      <SyncPanel initial={status} />
      <UsersPanel initial={users} />
    </div>
  );
}

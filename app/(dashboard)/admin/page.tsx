import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AnalysesPanel } from "@/components/admin/analyses-panel";
import { PeoplePanel } from "@/components/admin/people-panel";
import { SyncPanel } from "@/components/admin/sync-panel";
import { UsersPanel } from "@/components/admin/users-panel";
import { PageHeader } from "@/components/ui/page-header";
import { canManageSync } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { getSyncStatus, listUsers } from "@/lib/data/admin";
import { getAnalysesReport } from "@/lib/data/analyses-admin";
import { getPeople } from "@/lib/data/people";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!canManageSync(viewer)) redirect("/");
  const [status, users, people, analyses] = await Promise.all([getSyncStatus(viewer), listUsers(viewer), getPeople(viewer, {}), getAnalysesReport(viewer)]);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Admin"
        subtitle="Vendor sync, who can sign in, and who counts for whom"
        actions={
          <Link href="/admin/skills" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Skills and mapping
          </Link>
        }
      />
      <SyncPanel initial={status} />
      <AnalysesPanel report={analyses} />
      <UsersPanel initial={users} />
      <PeoplePanel initial={people} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SkillMapPanel } from "@/components/admin/skill-map-panel";
import { PageHeader } from "@/components/ui/page-header";
import { canManageUsers } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { getSkillModel } from "@/lib/data/skill-model";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Skills" };

export default async function SkillsAdminPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!canManageUsers(viewer)) redirect("/");
  const model = await getSkillModel(viewer);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Skills"
        subtitle="Coachboard's skills, and which of them each vendor's skills count towards"
        actions={
          <Link href="/admin" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Back to Admin
          </Link>
        }
      />
      <SkillMapPanel initial={model} />
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { PlanCard } from "@/components/coaching/plan-card";
import { PageHeader } from "@/components/ui/page-header";
import { Empty } from "@/components/ui/states";
import { getViewer } from "@/lib/auth/viewer";
import { getCoaching, MAX_COACHING_PLANS } from "@/lib/data/get-coaching";
import { optionalId } from "@/lib/http/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coaching" };

export default async function CoachingPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const filter = z.object({ rep: optionalId, plan: optionalId }).safeParse(await searchParams);
  const { plans } = await getCoaching(viewer, filter.success ? { repId: filter.data.rep, planId: filter.data.plan } : {});
  return (
    <div>
      <PageHeader title="Coaching plans" subtitle={viewer.role === "rep" ? "Your coaching plans and how they are going" : "Progress of every plan in your teams, and whether the coaching is working"} />
      {plans.length === 0 ? (
        <Empty title="No coaching plans" body="Plans created in ExecVision appear here once synced." />
      ) : (
        <div className="space-y-5">
          {plans.length >= MAX_COACHING_PLANS && (
            <p className="text-sm text-slate-600" role="status">
              Showing the {MAX_COACHING_PLANS} most recent plans. Each rep&apos;s page lists their own.
            </p>
          )}
          {plans.map((plan) => (
            <PlanCard key={plan.id} plan={plan} />
          ))}
        </div>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DisputesQueue } from "@/components/reviews/disputes-queue";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reviews" };

// The review queue: reps' disputes of scores on the calls of the viewer's teams, for a manager (or admin) to decide.
export default async function ReviewsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.role === "rep") redirect("/");
  return (
    <div>
      <PageHeader title="Reviews" subtitle="Disputed scores waiting for your decision, newest first. Open a call to accept or reject at the quoted words." />
      <DisputesQueue />
    </div>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TopicsView } from "@/components/topics/topics-view";
import { getViewer } from "@/lib/auth/viewer";
import { getTopics } from "@/lib/data/get-topics";
import { periodQuery, resolvePeriod } from "@/lib/http/params";
import { describeZodError } from "@/lib/http/zod-error";
import { describeServerProblem } from "@/lib/client/filter-validation";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Topics" };

/** The form's names for the period's fields, to put a refused address in words. */
const LABELS = { period: "Period", from: "From", to: "To" };

/** Managers and admins see their teams' (or every) call; a rep sees the topics of his own calls (getTopics scopes it). */
export default async function TopicsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const raw = await searchParams;
  const parsed = periodQuery.safeParse(raw);
  const report = parsed.success ? await getTopics(viewer, resolvePeriod(parsed.data)) : null;
  const filters = { period: raw.period ?? "30", from: raw.from, to: raw.to };
  // No Suspense boundary: the report renders with its data in the first HTML, which shows without script.
  return <TopicsView report={report} filters={filters} problem={parsed.success ? null : describeServerProblem(describeZodError(parsed.error), LABELS)} ownCalls={viewer.role === "rep"} />;
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CallsView } from "@/components/calls-list/calls-view";
import { getViewer } from "@/lib/auth/viewer";
import { getFilterOptions } from "@/lib/data/get-filter-options";
import { getTopicOptions } from "@/lib/data/get-topics";
import { callsQuery, listCalls } from "@/lib/data/list-calls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Calls" };

// In the order calls-view.tsx writes its key: the first answer is reused only when the keys match.
const KEYS = ["rep", "team", "vendor", "from", "to", "minScore", "maxScore", "outcome", "topic", "account", "opportunity", "crm", "q", "page"] as const;

export default async function CallsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const raw = await searchParams;
  const parsed = callsQuery.safeParse(raw);
  const [options, topics, initial] = await Promise.all([getFilterOptions(viewer), getTopicOptions(), parsed.success ? listCalls(viewer, parsed.data) : null]);
  const key = JSON.stringify(Object.fromEntries(KEYS.map((k) => [k, raw[k]])));
  // No Suspense boundary: the view renders with its data in the first HTML, which shows without script.
  return <CallsView options={options} topics={topics} initial={initial} initialKey={key} title={viewer.role === "rep" ? "My calls" : "Calls"} />;
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { canSeeLeaderboard } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { getLeaderboard } from "@/lib/data/get-leaderboard";
import { resolvePeriod } from "@/lib/http/params";
import { leaderboardQuery } from "@/lib/leaderboard/query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Leaderboard" };

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!canSeeLeaderboard(viewer)) redirect("/");
  const raw = await searchParams;
  const parsed = leaderboardQuery.safeParse(raw);
  // The first paint is rendered here; react-query takes over for filtering.
  const initial = parsed.success ? await getLeaderboard(viewer, { ...resolvePeriod(parsed.data), teamId: parsed.data.team, vendor: parsed.data.vendor, minCalls: parsed.data.minCalls, skillSet: parsed.data.skillSet }) : null;
  const key = JSON.stringify({
    period: raw.period ?? "30",
    from: raw.from,
    to: raw.to,
    team: raw.team,
    vendor: raw.vendor,
    minCalls: raw.minCalls ?? "3",
    skillSet: raw.skillSet ?? "unified",
  });
  // No Suspense boundary: the view renders with its data in the first HTML, which shows without script.
  return <LeaderboardView initial={initial} initialKey={key} />;
}

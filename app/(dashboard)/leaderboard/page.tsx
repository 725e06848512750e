import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { QueueSummary } from "@/components/reviews/queue-summary";
import { canSeeLeaderboard } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { getLeaderboard } from "@/lib/data/get-leaderboard";
import { getReviewCounts } from "@/lib/data/review-queue";
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
  const [initial, counts] = await Promise.all([
    parsed.success ? getLeaderboard(viewer, { ...resolvePeriod(parsed.data), teamId: parsed.data.team, vendor: parsed.data.vendor, minCalls: parsed.data.minCalls, skillSet: parsed.data.skillSet }) : null,
    // What waits in the manager's review queue, one line above the board.
    getReviewCounts(viewer),
  ]);
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
  return (
    <>
      <QueueSummary counts={counts} className="mb-3" />
      <LeaderboardView initial={initial} initialKey={key} />
    </>
  );
}

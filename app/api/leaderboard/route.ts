// GET /api/leaderboard — reps ranked by average score over a period, with filters.
import { canSeeLeaderboard } from "@/lib/auth/roles";
import { getLeaderboard } from "@/lib/data/get-leaderboard";
import { route } from "@/lib/http/handler";
import { resolvePeriod } from "@/lib/http/params";
import { leaderboardQuery } from "@/lib/leaderboard/query";

export const dynamic = "force-dynamic";

export const GET = route({ access: canSeeLeaderboard, query: leaderboardQuery }, async ({ viewer, query }) => {
  const { from, to } = resolvePeriod(query);
  return getLeaderboard(viewer, { from, to, teamId: query.team, vendor: query.vendor, minCalls: query.minCalls, skillSet: query.skillSet });
});

// GET /api/leaderboard/export — the leaderboard exactly as shown (filters and sort), as CSV.
import { canSeeLeaderboard } from "@/lib/auth/roles";
import { getLeaderboard } from "@/lib/data/get-leaderboard";
import { route } from "@/lib/http/handler";
import { resolvePeriod } from "@/lib/http/params";
import { leaderboardQuery } from "@/lib/leaderboard/query";
import { leaderboardCsv } from "@/lib/leaderboard/sort";

export const dynamic = "force-dynamic";

export const GET = route({ access: canSeeLeaderboard, query: leaderboardQuery }, async ({ viewer, query }) => {
  const { from, to } = resolvePeriod(query);
  const board = await getLeaderboard(viewer, { from, to, teamId: query.team, vendor: query.vendor, minCalls: query.minCalls, skillSet: query.skillSet });
  const day = (iso: string) => iso.slice(0, 10);
  return new Response(leaderboardCsv(board, query), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="leaderboard-${day(board.from)}-to-${day(board.to)}.csv"`,
    },
  });
});

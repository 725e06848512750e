// A period reaching far past the data builds the weeks that hold data, not one per week it names.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { periodQuery, resolvePeriod } from "@/lib/http/params";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getLeaderboard } from "./get-leaderboard";
import { getRepOverview } from "./get-rep-overview";
import { CALL_DAYS, createTestOrg, days, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

await describeEachDatabase("weekly trends of a period", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
  });
  afterAll(async () => {
    await org?.close();
  });

  // Two years around the calls: 105 weeks named, a few with data.
  const wide = days("2025-01-01", "2026-12-31");
  const weekOf = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000 / 7);
  const weeksFromTo = (from: string, to: string) => weekOf(to) - weekOf(from) + 1;

  it("a rep's trend runs from the first week their team has data to the last", async () => {
    const overview = await getRepOverview(org.admin, org.reps.ada, wide);
    // Ada's and Ben's calls (North); Cy's, later, are another team's.
    expect(overview!.trend).toHaveLength(weeksFromTo(CALL_DAYS[0], CALL_DAYS[2]));
    expect(overview!.trend[0].weekStart).toBe(new Date(weekOf(CALL_DAYS[0]) * 7 * 86_400_000).toISOString());
    expect(overview!.trend.reduce((n, w) => n + w.calls, 0)).toBe(2);
    expect(overview!.stats.calls).toBe(2);
  });

  it("the leaderboard's series all span the same weeks with data", async () => {
    const board = await getLeaderboard(org.admin, { ...wide, minCalls: 1, skillSet: "scorecard", vendor: "execvision" });
    const weeks = weeksFromTo(CALL_DAYS[0], CALL_DAYS[3]);
    expect(weeks).toBeLessThan(10);
    expect(board.rows.map((r) => r.trend.length)).toEqual([weeks, weeks, weeks]);
    expect(board.rows.find((r) => r.repId === org.reps.cy)!.trend.at(-1)).toBe(70);
  });

  it("a period without data draws no weeks", async () => {
    const overview = await getRepOverview(org.admin, org.reps.ada, days("2030-01-01", "2031-12-31"));
    expect(overview!.trend).toEqual([]);
    const board = await getLeaderboard(org.admin, { ...days("2030-01-01", "2031-12-31"), minCalls: 0, skillSet: "scorecard", vendor: "execvision" });
    expect(board.rows).toEqual([]);
  });

  it("the earliest and the latest custom periods a query can name are answered", async () => {
    for (const [from, to] of [["1900-01-01", "1901-12-31"], ["2998-01-01", "2999-12-31"]]) {
      expect(periodQuery.safeParse({ period: "custom", from, to }).success).toBe(true);
      const period = resolvePeriod({ period: "custom", from, to });
      expect((await getRepOverview(org.admin, org.reps.ada, period))!.trend).toEqual([]);
      expect((await getLeaderboard(org.admin, { ...period, minCalls: 0, skillSet: "scorecard", vendor: "execvision" })).rows).toEqual([]);
    }
  });
});

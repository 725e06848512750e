import { describe, expect, it } from "vitest";
import type { LeaderboardRow } from "@/lib/data/dto";
import { rankRows } from "@/lib/data/rank";
import { leaderboardCsv, sortRows } from "./sort";

const row = (name: string, avgScore: number | null, extra: Partial<LeaderboardRow> = {}): Omit<LeaderboardRow, "rank"> => ({
  repId: name.length,
  name,
  team: "A",
  calls: 5,
  avgScore,
  skills: { discovery: avgScore === null ? null : avgScore - 10 },
  talkRatio: 0.5,
  questionsAsked: 8,
  fillerWords: 3,
  trend: [],
  ...extra,
});

describe("leaderboard ranking and sorting", () => {
  it("gives ties the same rank and skips the next (1, 2, 2, 4), reps without scores last", () => {
    const ranked = rankRows([row("Ann", 70), row("Bo", 82), row("Cy", 70), row("Di", 91), row("Ed", null)]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["Di", 1],
      ["Bo", 2],
      ["Ann", 3],
      ["Cy", 3],
      ["Ed", 5],
    ]);
  });

  it("sorts by any column with missing values last, and exports exactly the sorted table", () => {
    const ranked = rankRows([row("Ann", 70, { calls: 9 }), row("Bo", 82, { calls: 2 }), row("Cy", null, { calls: 4 })]);
    expect(sortRows(ranked, { sort: "calls", dir: "desc" }).map((r) => r.name)).toEqual(["Ann", "Cy", "Bo"]);
    expect(sortRows(ranked, { sort: "skill:discovery", dir: "asc" }).map((r) => r.name)).toEqual(["Ann", "Bo", "Cy"]);
    const csv = leaderboardCsv({ from: "", to: "", skillSet: "salesfinity", skillSets: [], skills: [{ skill: "discovery", label: "Discovery" }], teams: [], rows: ranked }, { sort: "name", dir: "desc" });
    expect(csv.trim().split("\n")).toEqual([
      "Rank,Rep,Team,Calls,Avg score,Discovery,Talk ratio,Questions asked,Filler words",
      "3,Cy,A,4,,,50%,8,3",
      "1,Bo,A,2,82,72,50%,8,3",
      "2,Ann,A,9,70,60,50%,8,3",
    ]);
  });

  it("exports names, teams and skill labels a spreadsheet would run as text", () => {
    const ranked = rankRows([row("=HYPERLINK(\"https://evil.example\",\"x\")", 70, { team: "@SUM(A1)" })]);
    const csv = leaderboardCsv({ from: "", to: "", skillSet: "scorecard", skillSets: [], skills: [{ skill: "discovery", label: "+cmd" }], teams: [], rows: ranked }, { sort: "rank", dir: "asc" });
    expect(csv.trim().split("\n")).toEqual([
      "Rank,Rep,Team,Calls,Avg score,'+cmd,Talk ratio,Questions asked,Filler words",
      `1,"'=HYPERLINK(""https://evil.example"",""x"")",'@SUM(A1),5,70,60,50%,8,3`,
    ]);
  });
});

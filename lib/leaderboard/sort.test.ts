import { describe, expect, it } from "vitest";
import type { Leaderboard, LeaderboardRow } from "@/lib/data/dto";
import { rankRows } from "@/lib/data/rank";
import { leaderboardCsv, sortRows } from "./sort";

type Unranked = Omit<LeaderboardRow, "rank" | "thin" | "tied">;
const row = (name: string, avgScore: number | null, extra: Partial<Unranked> = {}): Unranked => ({
  repId: name.length,
  name,
  team: "A",
  calls: 5,
  scoredCalls: avgScore === null ? 0 : 4,
  avgScore,
  bySource: [], reviewed: null,
  skills: { discovery: avgScore === null ? null : avgScore - 10 },
  talkRatio: 0.5,
  questionsAsked: 8,
  fillerWords: 3,
  trend: [],
  ...extra,
});

const board = (rows: LeaderboardRow[], agents: LeaderboardRow[] = [], skills = [{ skill: "discovery", label: "Discovery" }]): Leaderboard => ({
  from: "",
  to: "",
  skillSet: "salesfinity",
  skillSets: [],
  skills,
  headline: "unified",
  skillsNote: null,
  teams: [],
  rows,
  agents,
});

describe("leaderboard sorting and export", () => {
  it("sorts by any column with missing values last, and exports exactly the sorted table", () => {
    const ranked = rankRows([row("Ann", 70, { calls: 9 }), row("Bo", 82, { calls: 2 }), row("Cy", null, { calls: 4 })]);
    expect(sortRows(ranked, { sort: "calls", dir: "desc" }).map((r) => r.name)).toEqual(["Ann", "Cy", "Bo"]);
    expect(sortRows(ranked, { sort: "skill:discovery", dir: "asc" }).map((r) => r.name)).toEqual(["Ann", "Bo", "Cy"]);
    const csv = leaderboardCsv(board(ranked), { sort: "name", dir: "desc" });
    expect(csv.trim().split("\n")).toEqual([
      "Rank,Rep,Team,Calls,Scored calls,Avg score,Discovery,Talk ratio,Questions asked,Filler words,Kind,Fewer than 3 scored calls",
      "3,Cy,A,4,0,,,50%,8,3,person,yes",
      "1,Bo,A,2,4,82,72,50%,8,3,person,",
      "2,Ann,A,9,4,70,60,50%,8,3,person,",
    ]);
  });

  it("sorts by scored calls, most first, a tie keeping rank order", () => {
    const ranked = rankRows([row("Ann", 70, { scoredCalls: 9 }), row("Bo", 82, { scoredCalls: 3 }), row("Cy", 60, { scoredCalls: 9 }), row("Di", 95, { scoredCalls: 1 })]);
    expect(sortRows(ranked, { sort: "scoredCalls", dir: "desc" }).map((r) => r.name)).toEqual(["Ann", "Cy", "Bo", "Di"]);
    expect(sortRows(ranked, { sort: "scoredCalls", dir: "asc" }).map((r) => r.name)).toEqual(["Di", "Bo", "Ann", "Cy"]);
  });

  it("exports the AI voice agents after the people, marked as agents and without a rank", () => {
    const people = rankRows([row("Ann", 70, { scoredCalls: 2 }), row("Bo", 82)]);
    const agents = rankRows([row("Dial Bot", 90, { calls: 40, scoredCalls: 30 }), row("Echo Bot", null, { calls: 12 })]);
    const csv = leaderboardCsv(board(people, agents), { sort: "rank", dir: "asc" });
    expect(csv.trim().split("\n").slice(1)).toEqual([
      "1,Bo,A,5,4,82,72,50%,8,3,person,",
      "2,Ann,A,5,2,70,60,50%,8,3,person,yes",
      ",Dial Bot,A,40,30,90,80,50%,8,3,agent,",
      ",Echo Bot,A,12,0,,,50%,8,3,agent,yes",
    ]);
  });

  it("exports names, teams and skill labels a spreadsheet would run as text", () => {
    const ranked = rankRows([row("=HYPERLINK(\"https://evil.example\",\"x\")", 70, { team: "@SUM(A1)" })]);
    const csv = leaderboardCsv(board(ranked, [], [{ skill: "discovery", label: "+cmd" }]), { sort: "rank", dir: "asc" });
    expect(csv.trim().split("\n")).toEqual([
      "Rank,Rep,Team,Calls,Scored calls,Avg score,'+cmd,Talk ratio,Questions asked,Filler words,Kind,Fewer than 3 scored calls",
      `1,"'=HYPERLINK(""https://evil.example"",""x"")",'@SUM(A1),5,4,70,60,50%,8,3,person,`,
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { LeaderboardRow } from "@/lib/data/dto";
import { SALESFINITY_FACETS } from "@/lib/domain/skills";
import { cardFigures, firstDir, formatFigure, HEADER_MAX, leaderboardColumns, nextSort, ordinal, rankLabel, rankText, shortHeader, sortOrders } from "./columns";
import { leaderboardQuery } from "./query";

const skills = SALESFINITY_FACETS.map((f) => ({ skill: f.skill, label: f.label }));
const row: LeaderboardRow = {
  rank: 2,
  tied: false,
  thin: false,
  repId: 7,
  name: "Marcus Reid",
  team: "Finance & Risk",
  calls: 4,
  scoredCalls: 3,
  avgScore: 81.6, bySource: [], reviewed: null,
  skills: { intro: 70.4, discovery: null },
  talkRatio: 0.456,
  questionsAsked: 8.4,
  fillerWords: null,
  trend: [],
};

describe("leaderboard headers", () => {
  it("keeps short names whole and shortens long ones at a word, never inside a word", () => {
    expect(shortHeader("Objection handling")).toBe("Objection handling");
    expect(shortHeader("Call to action")).toBe("Call to action");
    expect(shortHeader("Next steps confirmed with the buyer")).toBe("Next steps…");
    expect(shortHeader("Next steps confirmed with the buyer").length).toBeLessThanOrEqual(HEADER_MAX);
    expect(shortHeader("Supercalifragilisticexpialidocious")).toBe("Supercalifragilisticexpialidocious");
    expect(shortHeader("  Pre-call   research  ")).toBe("Pre-call research");
  });

  it("names every column in full, and each short header's words are in its full name (what a voice user says works)", () => {
    const columns = leaderboardColumns([...skills, { skill: "long", label: "Next steps confirmed with the buyer" }]);
    expect(columns.map((c) => c.key)).toEqual([
      "rank",
      "name",
      "team",
      "calls",
      "scoredCalls",
      "avgScore",
      ...skills.map((s) => `skill:${s.skill}`),
      "skill:long",
      "talkRatio",
      "questionsAsked",
      "fillerWords",
    ]);
    for (const c of columns) expect(c.label.toLowerCase()).toContain(c.header.replace("…", "").toLowerCase());
    // The default skills are never shortened.
    expect(columns.filter((c) => c.key.startsWith("skill:") && c.key !== "skill:long").every((c) => c.header === c.label)).toBe(true);
  });
});

describe("leaderboard sorting controls", () => {
  it("sorts names and ranks from the top and figures highest first, and flips on a second click", () => {
    expect(firstDir("rank")).toBe("asc");
    expect(firstDir("name")).toBe("asc");
    expect(firstDir("skill:discovery")).toBe("desc");
    expect(nextSort({ sort: "rank", dir: "asc" }, "skill:discovery")).toEqual({ sort: "skill:discovery", dir: "desc" });
    expect(nextSort({ sort: "skill:discovery", dir: "desc" }, "skill:discovery")).toEqual({ sort: "skill:discovery", dir: "asc" });
    expect(nextSort({ sort: "calls", dir: "desc" }, "team")).toEqual({ sort: "team", dir: "asc" });
  });

  it("says each order in words, the usual one first", () => {
    expect(sortOrders("rank").map((o) => o.dir)).toEqual(["asc", "desc"]);
    expect(sortOrders("name").map((o) => o.label)).toEqual(["A to Z", "Z to A"]);
    expect(sortOrders("talkRatio")).toEqual([
      { dir: "desc", label: "Highest first" },
      { dir: "asc", label: "Lowest first" },
    ]);
  });
});

describe("leaderboard figures", () => {
  it("formats each figure as the table shows it", () => {
    expect(formatFigure(row, "skill:intro")).toBe("70");
    expect(formatFigure(row, "skill:discovery")).toBe("–");
    expect(formatFigure(row, "skill:missing")).toBe("–");
    expect(formatFigure(row, "talkRatio")).toBe("46%");
    expect(formatFigure(row, "questionsAsked")).toBe("8.4");
    expect(formatFigure(row, "fillerWords")).toBe("–");
    expect(formatFigure(row, "calls")).toBe("4");
    expect(formatFigure(row, "scoredCalls")).toBe("3");
    expect(formatFigure(row, "avgScore")).toBe("82");
  });

  it("gives a phone's card three figures: the sorted one first, then talk ratio, questions and fillers", () => {
    const columns = leaderboardColumns(skills);
    const keys = (sort: string) => cardFigures(columns, { sort, dir: "desc" }).map((c) => c.key);
    expect(keys("rank")).toEqual(["talkRatio", "questionsAsked", "fillerWords"]);
    expect(keys("avgScore")).toEqual(["talkRatio", "questionsAsked", "fillerWords"]);
    // Scored calls are always on the card, beside the calls.
    expect(keys("scoredCalls")).toEqual(["talkRatio", "questionsAsked", "fillerWords"]);
    expect(keys("skill:discovery")).toEqual(["skill:discovery", "talkRatio", "questionsAsked"]);
    expect(keys("fillerWords")).toEqual(["fillerWords", "talkRatio", "questionsAsked"]);
    // A sort on a column this skill set lacks falls back to the defaults.
    expect(keys("skill:close")).toEqual(["talkRatio", "questionsAsked", "fillerWords"]);
  });
});

describe("leaderboard ranks and the scored-calls column", () => {
  it("names the scored-calls column in full behind its short header, sorted most first", () => {
    const column = leaderboardColumns(skills).find((c) => c.key === "scoredCalls")!;
    expect(column).toEqual({ key: "scoredCalls", label: "Scored calls", header: "Scored", numeric: true });
    expect(firstDir("scoredCalls")).toBe("desc");
    expect(leaderboardQuery.safeParse({ sort: "scoredCalls", dir: "desc" }).success).toBe(true);
  });

  it("shows a shared rank as =N and says it in words", () => {
    expect(rankText({ rank: 2, tied: true })).toBe("=2");
    expect(rankText({ rank: 2, tied: false })).toBe("2");
    expect(rankLabel({ rank: 2, tied: true })).toBe("Tied for 2nd");
    expect(rankLabel({ rank: 4, tied: false })).toBe("Rank 4");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]);
  });
});

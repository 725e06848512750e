import { describe, expect, it } from "vitest";
import { rankPeopleAndAgents, rankRows, THIN_BELOW } from "./rank";

const rep = (name: string, avgScore: number | null, scoredCalls = 5, isAgent = false) => ({ name, avgScore, scoredCalls, isAgent });
const table = (rows: { name: string; rank: number; thin: boolean; tied: boolean }[]) => rows.map((r) => [r.name, r.rank, r.thin, r.tied]);

describe("ranking the leaderboard", () => {
  it("uses competition ranks (1, 2, 2, 4) and marks every row that shares its rank", () => {
    const ranked = rankRows([rep("Ann", 70), rep("Bo", 82), rep("Cy", 70), rep("Di", 91), rep("Eve", 60)]);
    expect(table(ranked)).toEqual([
      ["Di", 1, false, false],
      ["Bo", 2, false, false],
      ["Ann", 3, false, true],
      ["Cy", 3, false, true],
      ["Eve", 5, false, false],
    ]);
  });

  it(`ranks a rep with fewer than ${THIN_BELOW} scored calls after every rep with more, however high their average`, () => {
    const ranked = rankRows([rep("Lucky", 99, 1), rep("Steady", 60, 40), rep("Edge", 75, THIN_BELOW), rep("Pair", 80, 2)]);
    expect(table(ranked)).toEqual([
      ["Edge", 1, false, false],
      ["Steady", 2, false, false],
      // The thin samples, after the others and among themselves by score.
      ["Lucky", 3, true, false],
      ["Pair", 4, true, false],
    ]);
  });

  it("puts reps without a score last, after the thin samples, and never ties a thin row with a full one", () => {
    const ranked = rankRows([rep("None", null, 0), rep("Thin", 70, 1), rep("Full", 70, 9), rep("Nil", null, 0)]);
    expect(table(ranked)).toEqual([
      ["Full", 1, false, false],
      ["Thin", 2, true, false],
      ["Nil", 3, true, true],
      ["None", 3, true, true],
    ]);
  });

  it("ties thin samples among themselves, and orders a tie by name whatever order the rows came in", () => {
    const rows = [rep("Zed", 50, 2), rep("Amy", 50, 1), rep("Kit", 80, 4)];
    const ranked = rankRows(rows);
    expect(table(ranked)).toEqual([
      ["Kit", 1, false, false],
      ["Amy", 2, true, true],
      ["Zed", 2, true, true],
    ]);
    expect(table(rankRows([...rows].reverse()))).toEqual(table(ranked));
  });
});

describe("people and AI voice agents", () => {
  it("never ranks an agent among people: agents come back apart, ranked among agents only", () => {
    const board = rankPeopleAndAgents([rep("Ann", 70), rep("Bot One", 95, 30, true), rep("Bo", 82), rep("Bot Two", null, 0, true)]);
    expect(table(board.rows)).toEqual([
      ["Bo", 1, false, false],
      ["Ann", 2, false, false],
    ]);
    expect(table(board.agents)).toEqual([
      ["Bot One", 1, false, false],
      ["Bot Two", 2, true, false],
    ]);
    expect(board.rows.map((r) => r.name)).not.toContain("Bot One");
    // The flag that split them is not carried on the rows.
    expect(Object.keys(board.rows[0])).not.toContain("isAgent");
  });

  it("leaves both lists empty when there is nobody", () => {
    expect(rankPeopleAndAgents([])).toEqual({ rows: [], agents: [] });
  });
});

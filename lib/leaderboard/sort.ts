// Sorting the leaderboard by any column, shared by the table and its CSV
// export so the file holds exactly what is shown.
import type { Leaderboard, LeaderboardRow } from "@/lib/data/dto";
import { csvLine } from "@/lib/export/csv";
import { THIN_BELOW } from "@/lib/data/rank";

/** A column of the table (rank, name, …, or skill:<key>) and its direction. */
export interface LeaderboardSort {
  sort: string;
  dir: "asc" | "desc";
}

function valueOf(row: LeaderboardRow, column: string): string | number | null {
  if (column.startsWith("skill:")) return row.skills[column.slice(6)] ?? null;
  return row[column as keyof LeaderboardRow] as string | number | null;
}

/** Sorted copy; missing values always last, ties keep rank order. */
export function sortRows(rows: LeaderboardRow[], { sort, dir }: LeaderboardSort): LeaderboardRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, sort);
    const vb = valueOf(b, sort);
    if (va === null && vb === null) return a.rank - b.rank;
    if (va === null) return 1;
    if (vb === null) return -1;
    const order = typeof va === "string" || typeof vb === "string" ? String(va).localeCompare(String(vb)) : va - vb;
    return order === 0 ? a.rank - b.rank : order * sign;
  });
}

const percent = (v: number | null) => (v === null ? "" : `${Math.round(v * 100)}%`);

/**
 * The table as CSV: the same columns, in the same order, sorted the same way,
 * then the AI voice agents below the people. Kind says which a row is; an
 * agent has no rank, as it is never ranked among people. A thin sample is
 * marked, since it explains why a higher average can rank lower; a tie shows
 * as the same rank twice (a cell of "=2" would read as a formula).
 */
export function leaderboardCsv(board: Leaderboard, sort: LeaderboardSort): string {
  const header = ["Rank", "Rep", "Team", "Calls", "Scored calls", "Avg score", ...board.skills.map((s) => s.label), "Talk ratio", "Questions asked", "Filler words", "Kind", `Fewer than ${THIN_BELOW} scored calls`];
  const line = (row: LeaderboardRow, kind: "person" | "agent") =>
    csvLine([
      kind === "person" ? row.rank : "",
      row.name,
      row.team,
      row.calls,
      row.scoredCalls,
      row.avgScore,
      ...board.skills.map((s) => row.skills[s.skill]),
      percent(row.talkRatio),
      row.questionsAsked,
      row.fillerWords,
      kind,
      row.thin ? "yes" : "",
    ]);
  const lines = [...sortRows(board.rows, sort).map((row) => line(row, "person")), ...sortRows(board.agents, sort).map((row) => line(row, "agent"))];
  return [csvLine(header), ...lines].join("\n") + "\n";
}

// The leaderboard's ranking rules, kept pure so they can be tested without a
// database: who counts as a fair comparison, and how ties and thin samples show.

/** A rep with fewer scored calls than this has a thin sample: their average says little, so they rank after the others. */
export const THIN_BELOW = 3;

export interface Rankable {
  name: string;
  avgScore: number | null;
  scoredCalls: number;
}

export type Ranked<T> = T & { rank: number; thin: boolean; tied: boolean };

/** 0: a score from enough calls; 1: a score from a thin sample; 2: no score at all. */
function tier(row: Rankable): number {
  if (row.avgScore === null) return 2;
  return row.scoredCalls < THIN_BELOW ? 1 : 0;
}

/**
 * Competition ranking by average score (ties share a rank: 1, 2, 2, 4), in
 * three bands: reps with at least THIN_BELOW scored calls, then reps with a
 * thinner sample, then reps without a score. A thin sample's high average
 * never outranks a full one. Within a tie, names keep the order stable.
 */
export function rankRows<T extends Rankable>(rows: T[]): Ranked<T>[] {
  const sorted = [...rows].sort((a, b) => tier(a) - tier(b) || (b.avgScore ?? 0) - (a.avgScore ?? 0) || a.name.localeCompare(b.name));
  const same = (a: T, b: T) => tier(a) === tier(b) && a.avgScore === b.avgScore;
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || !same(row, sorted[index - 1])) rank = index + 1;
    const tied = (index > 0 && same(row, sorted[index - 1])) || (index + 1 < sorted.length && same(row, sorted[index + 1]));
    return { ...row, rank, thin: row.scoredCalls < THIN_BELOW, tied };
  });
}

/**
 * People and AI voice agents apart: people ranked among people only, agents
 * ranked among agents only (by the same rules), so an agent never takes or
 * shifts a person's place.
 */
export function rankPeopleAndAgents<T extends Rankable & { isAgent: boolean }>(rows: T[]): { rows: Ranked<Omit<T, "isAgent">>[]; agents: Ranked<Omit<T, "isAgent">>[] } {
  const strip = ({ isAgent: _, ...row }: T) => row;
  return {
    rows: rankRows(rows.filter((r) => !r.isAgent).map(strip)),
    agents: rankRows(rows.filter((r) => r.isAgent).map(strip)),
  };
}

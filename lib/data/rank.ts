/** Competition ranking by average score: ties share a rank (1, 2, 2, 4); reps without a score come last. */
export function rankRows<T extends { avgScore: number | null }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => (b.avgScore ?? -1) - (a.avgScore ?? -1));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || row.avgScore !== sorted[index - 1].avgScore) rank = index + 1;
    return { ...row, rank };
  });
}

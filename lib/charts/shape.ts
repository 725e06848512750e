// Data shaping for charts: pure functions, so chart components only draw.

export function sparklinePoints(values: (number | null)[]): { index: number; value: number | null }[] {
  return values.map((value, index) => ({ index, value }));
}

/** A one-line description of a trend for screen readers. */
export function describeTrend(values: (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return "Not enough scored weeks for a trend";
  const change = known[known.length - 1] - known[0];
  return `From ${Math.round(known[0])} to ${Math.round(known[known.length - 1])} (${change >= 0 ? "+" : ""}${Math.round(change)}) over ${values.length} weeks`;
}

export interface RadarAxis {
  skill: string;
  label: string;
  rep: number | null;
  team: number | null;
}

/** Radar points: missing values drawn at 0 but flagged, so the tooltip can say "no score". */
export function radarPoints(axes: RadarAxis[]): { label: string; rep: number; team: number; repMissing: boolean; teamMissing: boolean }[] {
  return axes.map((a) => ({ label: a.label, rep: a.rep ?? 0, team: a.team ?? 0, repMissing: a.rep === null, teamMissing: a.team === null }));
}

/** Week labels like "Mar 3" for trend points. */
export function weekLabel(iso: string): string {
  return new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

/** Before/since pairs per skill, for the coaching effect chart. */
export function effectBars(effect: { skill: string; before: number | null; since: number | null }[]): { skill: string; before: number | null; since: number | null; change: number | null }[] {
  return effect.map((e) => ({ ...e, change: e.before !== null && e.since !== null ? Math.round((e.since - e.before) * 10) / 10 : null }));
}

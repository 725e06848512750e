// Data shaping for charts: pure functions, so chart components only draw.
import { formatCount } from "@/lib/plural";

/**
 * A sparkline's path in a width x height box: scores 0-100 from bottom to top, weeks evenly spread,
 * weeks without a score skipped so the line joins the known ones. Null when fewer than two weeks are known.
 */
export function sparklinePath(values: (number | null)[], width: number, height: number, inset = 2): { d: string; last: { x: number; y: number } } | null {
  const step = values.length > 1 ? (width - 2 * inset) / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  const points = values.flatMap((v, i) => (v === null ? [] : [{ x: round(inset + i * step), y: round(inset + (1 - Math.min(100, Math.max(0, v)) / 100) * (height - 2 * inset)) }]));
  if (points.length < 2) return null;
  return { d: points.map((p, i) => `${i ? "L" : "M"}${p.x} ${p.y}`).join(" "), last: points[points.length - 1] };
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

/** Scores from fewer calls than this are shown, but marked as thin evidence. */
export const FEW_CALLS = 3;
/** How far before a coaching plan's start its "before" scores reach, in days. */
export const BEFORE_WINDOW_DAYS = 90;

/** Meeting scores as chart rows (one per held meeting), the skills scored in plan order, and the same in words. */
export function meetingSeries(meetings: { at: string | null; scores: { skill: string; score: number }[] }[], skills: string[]) {
  const held = meetings.filter((m): m is typeof m & { at: string } => m.at !== null);
  const data = held.map((m) => ({ at: weekLabel(m.at), ...Object.fromEntries(m.scores.map((s) => [s.skill, s.score])) }) as { at: string } & Record<string, number>);
  const order = (skill: string) => (skills.includes(skill) ? skills.indexOf(skill) : skills.length);
  const shown = [...new Set(meetings.flatMap((m) => m.scores.map((s) => s.skill)))].sort((a, b) => order(a) - order(b));
  const perSkill = shown.map((skill) => `${skill} ${held.flatMap((m) => m.scores.filter((s) => s.skill === skill).map((s) => Math.round(s.score))).join(", ")}`);
  return { data, shown, description: `Meeting scores over ${formatCount(held.length, "meeting")}: ${perSkill.join("; ")}` };
}

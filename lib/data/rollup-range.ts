// Which rollup rows cover a period of whole UTC days: full weeks from the
// weekly rows, the days at either end from the daily rows.
import type { SqlValue } from "@/lib/db/sql";

export const DAY_MS = 86_400_000;

export interface Cover {
  weeks: [number, number] | null;
  days: [number, number][];
}

/** fromDay and toDay are inclusive days since 1970-01-01 (UTC). */
export function coverDays(fromDay: number, toDay: number): Cover {
  if (toDay < fromDay) return { weeks: null, days: [] };
  const firstWeek = Math.ceil(fromDay / 7);
  const lastWeek = Math.floor((toDay + 1) / 7) - 1;
  if (firstWeek > lastWeek) return { weeks: null, days: [[fromDay, toDay]] };
  const days: [number, number][] = [];
  if (fromDay < firstWeek * 7) days.push([fromDay, firstWeek * 7 - 1]);
  if ((lastWeek + 1) * 7 <= toDay) days.push([(lastWeek + 1) * 7, toDay]);
  return { weeks: [firstWeek, lastWeek], days };
}

/** A period [from, to) of whole days, as inclusive day numbers. */
export function periodDays(from: Date, to: Date): { fromDay: number; toDay: number } {
  return { fromDay: Math.floor(from.getTime() / DAY_MS), toDay: Math.ceil(to.getTime() / DAY_MS) - 1 };
}

/**
 * The SQL condition selecting a cover's rows of a rollup table aliased `alias`.
 * The bounds are whole numbers we computed, written into the SQL rather than
 * bound: with literals SQLite's planner sees how narrow the range is and walks
 * the primary key, instead of scanning every rollup in rep order.
 */
export function coverSql(cover: Cover, alias: string): { sql: string; params: SqlValue[] } {
  const int = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new Error(`not a day or week number: ${n}`);
    return String(n);
  };
  const parts: string[] = [];
  if (cover.weeks) parts.push(`(${alias}.grain = 'week' AND ${alias}.bucket BETWEEN ${int(cover.weeks[0])} AND ${int(cover.weeks[1])})`);
  for (const [a, b] of cover.days) parts.push(`(${alias}.grain = 'day' AND ${alias}.bucket BETWEEN ${int(a)} AND ${int(b)})`);
  return { sql: parts.length ? `(${parts.join(" OR ")})` : "1 = 0", params: [] };
}

/** The week a rollup row falls in, in SQL: week rows are weeks, day rows are days. */
export function rowWeekSql(alias: string): string {
  return `CASE WHEN ${alias}.grain = 'week' THEN ${alias}.bucket ELSE CAST(${alias}.bucket / 7 AS INTEGER) END`;
}

/**
 * The weeks of a period that hold data, as [first, last]: the weeks found,
 * kept within the period's. Empty (first > last) when none was found.
 */
export function dataWeeks(found: Iterable<number>, periodFirst: number, periodLast: number): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const week of found) {
    if (!(week >= periodFirst && week <= periodLast)) continue;
    first = Math.min(first, week);
    last = Math.max(last, week);
  }
  return first > last ? [0, -1] : [first, last];
}

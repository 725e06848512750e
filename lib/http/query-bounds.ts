// Bounds of what a query may ask (calendar days written 2026-03-31, periods,
// pages), without zod: the pages' own filter checks
// (lib/client/filter-validation.ts) share them with the server's schemas.

export const DAY_MS = 86_400_000;
/** The last `days` whole UTC days, today the last of them, as [from, to): "last 7 days" is today and the six days before. */
export function lastDays(days: number, now = new Date()): { from: Date; to: Date } {
  const tomorrow = (Math.floor(now.getTime() / DAY_MS) + 1) * DAY_MS;
  return { from: new Date(tomorrow - days * DAY_MS), to: new Date(tomorrow) };
}

export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day written 2026-03-31, or null when no such day exists (2026-02-30, 2026-13-45). */
export function parseIsoDay(text: string): Date | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  // Dates roll 2026-02-30 over to March 2: only a day that comes back as written exists.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The years a date in a query may name: PostgreSQL keeps no year 0, and no call is older or centuries ahead. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/**
 * The longest custom period, in days: two years, leap day included. Every
 * chart of a period draws one point a week, so the span bounds the work.
 */
export const MAX_PERIOD_DAYS = 731;

/** Days from one calendar day to another, both counted. */
export function daysSpanned(from: string, to: string): number {
  return Math.round((parseIsoDay(to)!.getTime() - parseIsoDay(from)!.getTime()) / DAY_MS) + 1;
}


/** The deepest page: the count stops at 1,000 calls, and a deeper offset only makes the database skip rows. */
export const MAX_PAGE = 1_000;

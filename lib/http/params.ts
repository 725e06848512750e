// Shared zod pieces for request parameters.
import { z } from "zod";
import { VENDORS } from "@/lib/domain/vendors";

/** The largest id a row can have: ids are 32-bit integers in PostgreSQL, and a larger one can only miss. */
const MAX_ID = 2_147_483_647;

export const idParam = z.coerce
  .number({ message: "must be a number" })
  .int({ message: "must be a whole number" })
  .positive({ message: "must be positive" })
  .max(MAX_ID, { message: "is not an id we have" });

export const callIdParams = z.object({ callId: idParam });
export const repIdParams = z.object({ repId: idParam });

import { DAY_MS, daysSpanned, FIRST_YEAR, ISO_DAY, LAST_YEAR, lastDays, MAX_PAGE, MAX_PERIOD_DAYS, parseIsoDay } from "./query-bounds";

export { daysSpanned, FIRST_YEAR, LAST_YEAR, MAX_PAGE, MAX_PERIOD_DAYS, parseIsoDay };

/** A calendar day, inclusive, written 2026-03-31. */
export const isoDay = z.string().superRefine((text, ctx) => {
  const day = ISO_DAY.test(text) ? parseIsoDay(text) : null;
  if (!ISO_DAY.test(text)) ctx.addIssue({ code: "custom", message: "must be a date like 2026-03-31" });
  else if (!day) ctx.addIssue({ code: "custom", message: `${text} is not a day of the calendar` });
  else if (day.getUTCFullYear() < FIRST_YEAR || day.getUTCFullYear() > LAST_YEAR) {
    ctx.addIssue({ code: "custom", message: `must be a day from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31` });
  }
});

/** A reporting period: the last 7, 30, 90 or 180 days, or a custom from/to (inclusive days, UTC). */
export const periodQuery = z
  .object({
    period: z.enum(["7", "30", "90", "180", "custom"], { message: "must be 7, 30, 90, 180 or custom" }).default("30"),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.period === "custom" && (!q.from || !q.to)) ctx.addIssue({ code: "custom", message: "a custom period needs from and to", path: ["from"] });
    // A day that is no day, or out of range, has its own message already.
    if (!q.from || !q.to || !isoDay.safeParse(q.from).success || !isoDay.safeParse(q.to).success) return;
    const days = daysSpanned(q.from, q.to);
    if (days < 1) ctx.addIssue({ code: "custom", message: "from must not be after to", path: ["from"] });
    else if (q.period === "custom" && days > MAX_PERIOD_DAYS) {
      ctx.addIssue({ code: "custom", message: `a custom period may span at most ${MAX_PERIOD_DAYS} days (two years); ${q.from} to ${q.to} is ${days.toLocaleString("en-US")}`, path: ["to"] });
    }
  });

export type PeriodQuery = z.infer<typeof periodQuery>;

/** A period as [from, to) of whole UTC days: "last 7 days" is today and the six days before. */
export function resolvePeriod(query: PeriodQuery, now = new Date()): { from: Date; to: Date } {
  const from = query.period === "custom" && query.from ? parseIsoDay(query.from) : null;
  const to = query.period === "custom" && query.to ? parseIsoDay(query.to) : null;
  if (from && to) return { from, to: new Date(to.getTime() + DAY_MS) };
  return lastDays(Number(query.period === "custom" ? 30 : query.period), now);
}

/**
 * The last day a period [from, to) is shown as ending on: the day before `to`, and today at most,
 * since no day after today holds calls yet. A period wholly in the future keeps the day it names.
 */
export function lastDayShown(from: Date, to: Date, now = new Date()): Date {
  const last = to.getTime() - DAY_MS;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return new Date(today < from.getTime() ? last : Math.min(last, today));
}

export const vendorFilter = z.enum(VENDORS, { message: `must be one of ${VENDORS.join(", ")}` });
export const optionalId = idParam.optional();

export const pageQuery = z.object({
  page: z.coerce.number({ message: "must be a number" }).int({ message: "must be a whole number" }).min(1, { message: "must be 1 or more" }).max(MAX_PAGE, { message: `must be at most ${MAX_PAGE}` }).default(1),
  pageSize: z.coerce.number({ message: "must be a number" }).int({ message: "must be a whole number" }).min(1, { message: "must be 1 or more" }).max(100, { message: "must be at most 100" }).default(25),
});

// Shared zod pieces for request parameters.
import { z } from "zod";
import { VENDORS } from "@/lib/domain/vendors";

export const idParam = z.coerce.number({ message: "must be a number" }).int({ message: "must be a whole number" }).positive({ message: "must be positive" });

export const callIdParams = z.object({ callId: idParam });
export const repIdParams = z.object({ repId: idParam });

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date like 2026-03-31" });

/** A reporting period: the last 7, 30 or 90 days, or a custom from/to (inclusive days, UTC). */
export const periodQuery = z
  .object({
    period: z.enum(["7", "30", "90", "180", "custom"]).default("30"),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .refine((q) => q.period !== "custom" || (q.from && q.to), { message: "a custom period needs from and to", path: ["from"] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });

export type PeriodQuery = z.infer<typeof periodQuery>;

/** A period as [from, to) of whole UTC days: "last 7 days" is today and the six days before. */
export function resolvePeriod(query: PeriodQuery, now = new Date()): { from: Date; to: Date } {
  const DAY = 86_400_000;
  if (query.period === "custom" && query.from && query.to) {
    return { from: new Date(`${query.from}T00:00:00.000Z`), to: new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + DAY) };
  }
  const days = Number(query.period === "custom" ? 30 : query.period);
  const tomorrow = (Math.floor(now.getTime() / DAY) + 1) * DAY;
  return { from: new Date(tomorrow - days * DAY), to: new Date(tomorrow) };
}

export const vendorFilter = z.enum(VENDORS, { message: `must be one of ${VENDORS.join(", ")}` });
export const optionalId = idParam.optional();

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, { message: "must be 1 or more" }).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, { message: "must be at most 100" }).default(25),
});

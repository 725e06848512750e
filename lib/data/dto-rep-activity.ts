// What the rep page shows besides calls and scores: the rep's KPIs against
// their targets, and who listened to which calls. Kept apart from dto.ts,
// which other parts of the app share.
import { z } from "zod";

const isoString = z.string();
/** A day as the listening source dates it: YYYY-MM-DD, no time of day, no zone. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const kpiObservationSchema = z.object({
  at: isoString,
  value: z.number(),
  /** Who observed the rep; null when the source names no one, or someone Coachboard does not know. */
  observer: z.string().nullable(),
});
export type KpiObservationView = z.infer<typeof kpiObservationSchema>;

export const repKpiSchema = z.object({
  /** The KPI's id at its source: observations of the same KPI share it. */
  key: z.string(),
  /** Null while the KPI's definition has not arrived yet. */
  description: z.string().nullable(),
  /** As the source spells it, lowercase: "daily", "weekly", "monthly", "quarterly"; null when not given. */
  frequency: z.string().nullable(),
  target: z.number().nullable(),
  /** Oldest first; never empty (a KPI without an observation in the period is left out). */
  observations: z.array(kpiObservationSchema).min(1),
});
export type RepKpi = z.infer<typeof repKpiSchema>;

export const listenedCallSchema = z.object({
  listenedOn: isoDay,
  seconds: z.number(),
  /** The call's page when the viewer may open it; null otherwise, and then `title` says why, not whose call it was. */
  callId: z.number().int().nullable(),
  title: z.string(),
});
export type ListenedCall = z.infer<typeof listenedCallSchema>;

export const repListeningSchema = z.object({
  /** Calls the rep listened to in the period; null when there were none. */
  listened: z
    .object({
      count: z.number().int().positive(),
      seconds: z.number(),
      /** The latest few, newest first. */
      latest: z.array(listenedCallSchema),
    })
    .nullable(),
  /** Others listening to the rep's own calls in the period; null when no one did. */
  listenedTo: z
    .object({
      count: z.number().int().positive(),
      seconds: z.number(),
      listeners: z.number().int().positive(),
      /** Who listened most often (then longest); name null when Coachboard does not know them. */
      top: z.object({ name: z.string().nullable(), count: z.number().int().positive(), seconds: z.number() }),
    })
    .nullable(),
});
export type RepListening = z.infer<typeof repListeningSchema>;

export const repActivitySchema = z.object({
  repId: z.number().int(),
  repName: z.string(),
  from: isoString,
  to: isoString,
  kpis: z.array(repKpiSchema),
  listening: repListeningSchema,
});
export type RepActivity = z.infer<typeof repActivitySchema>;

// Revont's calls API payloads. A call must have its id and its creation time
// (the list's order and the window it is read in); everything else is read
// tolerantly, transcript segments one by one in map.ts.
import { z } from "zod";
import { idString, numeric, optIdString, optNumber, optOpenEnum, optString, timestamp } from "../shared/tolerant";

/** The documented outcomes; any other is kept as sent. */
export const REVONT_OUTCOMES = ["won", "lost", "follow_up", "no_outcome"] as const;

export const callSummarySchema = z.object({
  id: idString,
  created_at: timestamp,
  duration_seconds: optNumber,
  rep_id: optIdString,
  prospect_email: optString,
  // Kept as sent, whatever its range.
  coaching_score: optNumber,
  outcome: optOpenEnum,
});
export type RevontCallSummary = z.infer<typeof callSummarySchema>;

/** GET /calls/{id}: the listed fields and the transcript, read segment by segment. */
export const callSchema = callSummarySchema.extend({ transcript: z.unknown().optional() });
export type RevontCall = z.infer<typeof callSchema>;

const milliseconds = numeric.refine((value) => value >= 0, { message: "must not be negative" }).transform(Math.round);

export const transcriptSegmentSchema = z
  .object({ speaker: optString, start_ms: milliseconds, end_ms: milliseconds, text: z.string() })
  .refine((s) => s.end_ms >= s.start_ms, { message: "ends before it starts" });

export const listSchema = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.string().nullish(),
  has_more: z.boolean().nullish(),
});

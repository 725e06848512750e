// Revont's calls API payloads, as documented.
import { z } from "zod";
import { isoDateTime } from "../shared/zod";

export const REVONT_OUTCOMES = ["won", "lost", "follow_up", "no_outcome"] as const;

export const callSummarySchema = z.object({
  id: z.string(),
  created_at: isoDateTime,
  duration_seconds: z.number().nonnegative().nullable().optional(),
  rep_id: z.string().nullable().optional(),
  prospect_email: z.string().nullable().optional(),
  coaching_score: z.number().min(0).max(100).nullable().optional(),
  outcome: z.enum(REVONT_OUTCOMES).nullable().optional(),
});
export type RevontCallSummary = z.infer<typeof callSummarySchema>;

export const transcriptSegmentSchema = z.object({
  speaker: z.string(),
  start_ms: z.number().int().nonnegative(),
  end_ms: z.number().int().nonnegative(),
  text: z.string(),
});

export const callSchema = callSummarySchema.extend({ transcript: z.array(transcriptSegmentSchema) });
export type RevontCall = z.infer<typeof callSchema>;

export const listSchema = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.string().nullable(),
  has_more: z.boolean(),
});

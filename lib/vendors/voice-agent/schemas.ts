// The voice-agent calls API's GET /calls/{id} payload, as documented. Segment times are seconds.
import { z } from "zod";
import { isoDateTime, looseObject } from "../shared/zod";

const nullableString = z.string().nullable().optional();

export const voiceCallSchema = z.object({
  id: z.string(),
  agent_id: z.string(),
  from_number: nullableString,
  to_number: nullableString,
  direction: nullableString,
  status: z.string(),
  duration: z.number().nonnegative().nullable().optional(),
  recording_url: nullableString,
  transcript: nullableString,
  transcript_segments: z
    .array(z.object({ speaker: z.string(), text: z.string(), start_time: z.number().nonnegative(), end_time: z.number().nonnegative() }))
    .nullable()
    .optional(),
  sentiment: nullableString,
  call_summary: nullableString,
  metadata: looseObject.nullable().optional(),
  started_at: isoDateTime.nullable().optional(),
  ended_at: isoDateTime.nullable().optional(),
  created_at: isoDateTime,
});
export type VoiceCall = z.infer<typeof voiceCallSchema>;

/** Statuses after which a call does not change. */
export const FINAL_VOICE_STATUSES = ["completed", "failed", "no_answer", "no-answer", "busy", "canceled", "cancelled", "voicemail"];

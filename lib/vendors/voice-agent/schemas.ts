// The voice-agent calls API's GET /calls/{id} payload. A call must have its
// id and its creation time; everything else is read tolerantly, segments one
// by one in map.ts. Segment times are seconds.
import { z } from "zod";
import { idString, numeric, optIdString, optNumber, optObject, optOpenEnum, optString, optTimestamp, timestamp } from "../shared/tolerant";

export const voiceCallSchema = z.object({
  id: idString,
  agent_id: optIdString,
  from_number: optString,
  to_number: optString,
  direction: optString,
  // Kept as sent: the doc lists none but "completed".
  status: optOpenEnum,
  duration: optNumber,
  recording_url: optString,
  transcript: optString,
  transcript_segments: z.unknown().optional(),
  sentiment: optString,
  call_summary: optString,
  metadata: optObject,
  started_at: optTimestamp,
  ended_at: optTimestamp,
  created_at: timestamp,
});
export type VoiceCall = z.infer<typeof voiceCallSchema>;

const seconds = numeric.refine((value) => value >= 0, { message: "must not be negative" });

export const voiceSegmentSchema = z
  .object({ speaker: optString, text: z.string(), start_time: seconds, end_time: seconds })
  .refine((s) => s.end_time >= s.start_time, { message: "ends before it starts" });

export { FINAL_VOICE_STATUSES, LIVE_VOICE_STATUSES } from "./statuses";

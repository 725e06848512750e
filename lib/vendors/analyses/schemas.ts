// The call analyses API's GET /v1/analyses/{id} payload. Only the id, the
// status and the creation time (the call's date when the submitter gave none)
// must be readable; the rest is read leniently, and the transcript's
// utterances and words element by element when mapping (see transcript.ts).
import { z } from "zod";
import { idString, looseObjectOf, openEnum, optIdString, optional, optNumber, optNumeric, optObject, optString, optTimestamp, timestamp } from "../shared/tolerant";

export const ANALYSIS_DIMENSIONS = ["clarity", "influence", "objection", "discovery", "delivery", "close"] as const;
export type AnalysisDimension = (typeof ANALYSIS_DIMENSIONS)[number];

const feedbackPair = optional(looseObjectOf({ positive: optString, negative: optString }));

export const transcriptSchema = looseObjectOf({
  text: optString,
  // Lists read element by element in the mapper, so one bad element costs only itself.
  utterances: z.unknown().optional(),
  words: z.unknown().optional(),
  word_count: optNumber,
  duration_seconds: optNumber,
  overall_sentiment: optString,
  sentiment_score: optNumber,
});

export const analysisBodySchema = looseObjectOf({
  prospect_name: optString,
  recording_title: optString,
  double_down: optString,
  ai_summary: optString,
  ai_summary_v5: optString,
  questions_asked: optNumber,
  filler_word_count: optNumber,
  words_per_minute: optNumber,
  // Kept as sent, even outside 0-100: aggregates clamp, the stored score does not.
  overall_score: optNumber,
  clarity_score: optNumber,
  influence_score: optNumber,
  objection_score: optNumber,
  discovery_score: optNumber,
  delivery_score: optNumber,
  close_score: optNumber,
  feedback_v5: optional(looseObjectOf(Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, feedbackPair])) as Record<AnalysisDimension, typeof feedbackPair>)),
  // Stored as sent.
  action_plan_v5: optObject,
  organization_prompt_summary: optString,
  organization_feedback: optString,
  master_prompt_id: optString,
  master_prompt_version: optString,
  persona_snapshot: optObject,
  synthesis_snapshot: optObject,
});

export const analysisSchema = looseObjectOf({
  id: idString,
  // Any status is kept as sent; only "completed" makes a call.
  status: openEnum,
  created_at: timestamp,
  recording_url: optString,
  transcript_url: optString,
  callback_url: optString,
  options: optObject,
  metadata: optObject,
  // `{}` while the analysis runs, or null, or absent.
  transcript: optional(transcriptSchema),
  analysis: optional(analysisBodySchema),
  error: optional(looseObjectOf({ code: optString, message: optString, details: z.unknown().optional() })),
  duration_seconds: optNumber,
  cost_usd_cents: optNumeric,
  started_at: optTimestamp,
  completed_at: optTimestamp,
  partner_org_id: optIdString,
  partner_rep_id: optIdString,
  parent_session_id: optIdString,
});
export type Analysis = z.infer<typeof analysisSchema>;
export type AnalysisBody = NonNullable<Analysis["analysis"]>;

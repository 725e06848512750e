// The call analyses API's GET /v1/analyses/{id} payload, as documented.
// utterances and words carry times in milliseconds.
import { z } from "zod";
import { ANALYSIS_STATUSES } from "@/lib/domain/records";
import { isoDateTime, looseObject } from "../shared/zod";

const nullableString = z.string().nullable().optional();
const score = z.number().min(0).max(100).nullable().optional();
const feedbackPair = z.object({ positive: nullableString, negative: nullableString }).nullable().optional();

export const ANALYSIS_DIMENSIONS = ["clarity", "influence", "objection", "discovery", "delivery", "close"] as const;

export const utteranceSchema = z.object({
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  speaker: z.union([z.string(), z.number()]),
  transcript: nullableString,
  text: nullableString,
});

export const wordSchema = z.object({
  text: z.string(),
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  speaker: z.union([z.string(), z.number()]).nullable().optional(),
  confidence: z.number().nullable().optional(),
});

export const transcriptSchema = z.object({
  text: nullableString,
  utterances: z.array(utteranceSchema).nullable().optional(),
  words: z.array(z.union([wordSchema, z.object({}).strict()])).nullable().optional(),
  word_count: z.number().int().nonnegative().nullable().optional(),
  duration_seconds: z.number().nonnegative().nullable().optional(),
  overall_sentiment: nullableString,
  sentiment_score: z.number().nullable().optional(),
});

export const analysisBodySchema = z.object({
  prospect_name: nullableString,
  recording_title: nullableString,
  double_down: nullableString,
  ai_summary: nullableString,
  ai_summary_v5: nullableString,
  questions_asked: z.number().int().nonnegative().nullable().optional(),
  filler_word_count: z.number().int().nonnegative().nullable().optional(),
  words_per_minute: z.number().nonnegative().nullable().optional(),
  overall_score: score,
  clarity_score: score,
  influence_score: score,
  objection_score: score,
  discovery_score: score,
  delivery_score: score,
  close_score: score,
  feedback_v5: z.object(Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, feedbackPair])) as Record<(typeof ANALYSIS_DIMENSIONS)[number], typeof feedbackPair>).nullable().optional(),
  action_plan_v5: z
    .object({ double_down_implementation: nullableString, general_communication_improvement: nullableString, quoted_principle: nullableString })
    .nullable()
    .optional(),
  organization_prompt_summary: nullableString,
  organization_feedback: nullableString,
  master_prompt_id: nullableString,
  master_prompt_version: nullableString,
  persona_snapshot: looseObject.nullable().optional(),
  synthesis_snapshot: looseObject.nullable().optional(),
});

export const analysisSchema = z.object({
  id: z.string(),
  status: z.enum(ANALYSIS_STATUSES),
  recording_url: z.string().nullable(),
  transcript_url: z.string().nullable(),
  callback_url: z.string().nullable(),
  options: looseObject.nullable(),
  metadata: looseObject.nullable(),
  transcript: transcriptSchema.nullable(),
  analysis: analysisBodySchema.nullable(),
  error: z.object({ code: nullableString, message: nullableString, details: z.unknown().optional() }).nullable(),
  duration_seconds: z.number().nonnegative().nullable(),
  cost_usd_cents: z.number().nullable(),
  created_at: isoDateTime,
  started_at: isoDateTime.nullable(),
  completed_at: isoDateTime.nullable(),
  partner_org_id: z.string().nullable(),
  partner_rep_id: z.string().nullable(),
  parent_session_id: z.string().nullable(),
});
export type Analysis = z.infer<typeof analysisSchema>;

// Salesfinity's GET /v1/scored-calls payloads, as documented.
import { z } from "zod";
import { isoDateTime, looseObject } from "../shared/zod";

const stringList = z.array(z.string()).nullable().optional();
const nullableString = z.string().nullable().optional();
const nullableNumber = z.number().nullable().optional();
const nullableBoolean = z.boolean().nullable().optional();

export const evidenceSchema = z.object({ start_sec: z.number().nonnegative(), end_sec: z.number().nonnegative(), text: z.string() });

export const facetSchema = z.object({
  score: z.number().min(0).max(100),
  weight_pct: z.number().nullable().optional(),
  explanation: nullableString,
  insufficient_evidence: nullableBoolean,
  evidence: z.array(evidenceSchema).nullable().optional(),
  // intro has checks; the others metrics. Their keys vary by facet.
  checks: looseObject.nullable().optional(),
  metrics: looseObject.nullable().optional(),
});
export type SalesfinityFacet = z.infer<typeof facetSchema>;

export const FACET_NAMES = ["intro", "discovery", "pitch", "tonality", "objection_handling", "cta"] as const;

export const insightSchema = z.object({
  total_score: z.number().min(0).max(100).nullable().optional(),
  lead: z
    .object({
      function: nullableString,
      tech_stack_mentioned: stringList,
      current_vendor: nullableString,
      fit_score: nullableNumber,
      is_decision_maker: nullableBoolean,
      is_correct_persona: nullableBoolean,
      pain_point_resonated: nullableBoolean,
      is_qualified_meeting: nullableBoolean,
      is_likely_to_buy: nullableBoolean,
      prospect_lifecycle_stage: stringList,
    })
    .nullable()
    .optional(),
  messaging: z
    .object({
      value_prop_resonated: stringList,
      objection_outcome: stringList,
      emotional_triggers: stringList,
      recommendation_to_nail_messaging: nullableString,
    })
    .nullable()
    .optional(),
  targeting_feedback: z
    .object({
      persona_fit: nullableString,
      industry_fit: nullableString,
      persona_seniority: nullableString,
      title_relevance: nullableString,
      data_quality_issue: stringList,
      future_follow_up_needed: nullableBoolean,
      follow_up_reason: stringList,
    })
    .nullable()
    .optional(),
  metadata: z
    .object({
      duration_sec: nullableNumber,
      asr_confidence_avg: nullableNumber,
      audio_features_available: nullableBoolean,
      talk_listen_ratio_rep: nullableNumber,
      total_questions: nullableNumber,
      open_question_ratio: nullableNumber,
      interruptions_by_rep: nullableNumber,
      core_pitch_duration_sec: nullableNumber,
      estimated_wpm_rep: nullableNumber,
      objections_detected: stringList,
    })
    .nullable()
    .optional(),
  facets: z.object(Object.fromEntries(FACET_NAMES.map((name) => [name, facetSchema.nullable().optional()])) as Record<(typeof FACET_NAMES)[number], z.ZodOptional<z.ZodNullable<typeof facetSchema>>>).nullable().optional(),
  gaps: z.object({ skill: nullableNumber, playbook: nullableNumber, rationale: nullableString }).nullable().optional(),
  coaching: z
    .object({
      top_wins: stringList,
      top_opportunities: stringList,
      suggested_drills: z.array(z.object({ facet: nullableString, assignment: z.string() })).nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const scoredCallSchema = z.object({
  _id: z.string(),
  insight: insightSchema,
  type: nullableString,
  call_log: z
    .object({
      _id: nullableString,
      contact: looseObject.nullable().optional(),
      recording_url: nullableString,
      duration: nullableNumber,
    })
    .nullable()
    .optional(),
  user: z
    .object({ _id: z.string(), email: nullableString, first_name: nullableString, last_name: nullableString })
    .nullable()
    .optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SalesfinityScoredCall = z.infer<typeof scoredCallSchema>;

export const pageSchema = z.object({
  data: z.array(z.unknown()),
  pagination: z.object({ total: z.number().int().nonnegative(), page: z.number().int(), limit: z.number().int(), pages: z.number().int().nonnegative() }),
});

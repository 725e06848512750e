// Salesfinity's GET /v1/scored-calls payloads. A scored call must have its id
// and the time it is dated and paged by; everything else is read tolerantly
// (map.ts reads the facets, evidence and coaching element by element).
import { z } from "zod";
import { idString, numeric, optBoolean, optIdString, optNumber, optObject, optString, optStrings, optTimestamp, optional, timestamp } from "../shared/tolerant";

export const FACET_NAMES = ["intro", "discovery", "pitch", "tonality", "objection_handling", "cta"] as const;

/** One facet's value as sent: its score is read on its own, so a bad one drops the facet, not the call. */
export const facetSchema = z.object({
  score: z.unknown().optional(),
  weight_pct: optNumber,
  explanation: optString,
  insufficient_evidence: optBoolean,
  evidence: z.unknown().optional(),
  // intro has checks; the others metrics. Their keys vary by facet.
  checks: optObject,
  metrics: optObject,
});
export type SalesfinityFacet = z.infer<typeof facetSchema>;

/** A facet score: a number, or a number sent as a string. */
export const facetScoreSchema = numeric;

export const evidenceSchema = z.object({ start_sec: numeric, end_sec: numeric, text: z.string() });

export const drillSchema = z.object({ facet: optString, assignment: z.string() });

export const insightSchema = z.object({
  total_score: optNumber,
  lead: optObject,
  messaging: optObject,
  targeting_feedback: optObject,
  metadata: optObject,
  // Facet name → facet; read entry by entry in map.ts.
  facets: optObject,
  gaps: optional(z.object({ skill: optNumber, playbook: optNumber, rationale: optString })),
  coaching: optional(z.object({ top_wins: optStrings, top_opportunities: optStrings, suggested_drills: z.unknown().optional() })),
});

export const scoredCallSchema = z.object({
  _id: idString,
  insight: optional(insightSchema),
  type: optString,
  call_log: optional(z.object({ _id: optIdString, contact: optObject, recording_url: optString, duration: optNumber })),
  user: optional(z.object({ _id: optIdString, email: optString, first_name: optString, last_name: optString })),
  // The call is dated, and the window walk paged, by when it was scored.
  createdAt: timestamp,
  // Pages the re-scored walk; a record without it reads as never re-scored.
  updatedAt: optTimestamp,
});
export type SalesfinityScoredCall = z.infer<typeof scoredCallSchema>;

export const pageSchema = z.object({
  data: z.array(z.unknown()),
  pagination: z.object({ total: z.number().int().nonnegative(), page: z.number().int(), limit: z.number().int(), pages: z.number().int().nonnegative() }),
});

// Salesfinity scored calls → the unified model.
import type { CallRecord, CoachingItemRecord, EvidenceSpan, Json, PersonRecord, ScoreRecord } from "@/lib/domain/records";
import { SALESFINITY_FACETS } from "@/lib/domain/skills";
import type { MapContext } from "@/lib/sync/types";
import { type Drop, elementsOf } from "../shared/tolerant";
import { blankToNull } from "../shared/zod";
import { drillSchema, evidenceSchema, facetSchema, facetScoreSchema, type SalesfinityScoredCall } from "./schemas";

const asJson = (value: unknown) => value as Json;

const KNOWN_FACETS = new Map<string, { label: string; weight: number }>(SALESFINITY_FACETS.map((f) => [f.skill, f]));

// What makes a value of `facets` a facet; anything else there is a key the doc does not describe.
const FACET_KEYS = ["score", "weight_pct", "explanation", "insufficient_evidence", "evidence", "checks", "metrics"];

// The doc's own example shows "[email protected]": a rendering artefact, not an address.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function finite(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function contactField(contact: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = contact?.[key];
  return typeof value === "string" && value.trim() ? value : null;
}

/** "objection_handling" → "Objection handling", for facets the doc does not list. */
export function facetLabel(key: string): string {
  const known = KNOWN_FACETS.get(key);
  if (known) return known.label;
  const words = key.replace(/[_-]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

/**
 * Every facet sent, the six documented ones and any other, in the order sent.
 * A facet without a score (null or absent, as when evidence was insufficient)
 * stores no score; one whose score is not a number is dropped.
 */
export function facetScores(facets: Record<string, unknown> | null | undefined, drop: Drop): ScoreRecord[] {
  if (!facets) return [];
  const scores: ScoreRecord[] = [];
  for (const [skill, value] of Object.entries(facets)) {
    if (!isObject(value) || !FACET_KEYS.some((key) => key in value)) continue;
    if (value.score === null || value.score === undefined) continue;
    const score = facetScoreSchema.safeParse(value.score);
    if (!score.success) {
      drop("facet", `${skill}: score is not a number`);
      continue;
    }
    const facet = facetSchema.parse(value);
    const evidence: EvidenceSpan[] = elementsOf(facet.evidence, evidenceSchema, "evidence span", drop).map((e) => ({ startSec: e.start_sec, endSec: e.end_sec, text: e.text }));
    scores.push({
      skillSet: "salesfinity",
      skill,
      label: facetLabel(skill),
      score: score.data,
      weight: facet.weight_pct ?? KNOWN_FACETS.get(skill)?.weight ?? null,
      explanation: facet.explanation ?? null,
      insufficientEvidence: facet.insufficient_evidence ?? false,
      evidence,
      // A facet may send checks, metrics or both: both are kept, side by side.
      details: asJson(facet.checks && facet.metrics ? { checks: facet.checks, metrics: facet.metrics } : (facet.checks ?? facet.metrics ?? null)),
    });
  }
  return scores;
}

function rep(call: SalesfinityScoredCall, raw: Record<string, unknown>): PersonRecord | null {
  const user = call.user;
  if (!user?._id) return null;
  const sent = user.email?.trim() || null;
  const email = sent && EMAIL.test(sent) ? sent : null;
  return {
    vendor: "salesfinity",
    externalId: user._id,
    email,
    firstName: user.first_name ?? null,
    lastName: user.last_name ?? null,
    raw: asJson(raw.user ?? null),
    // A record whose address is unusable must not overwrite one that had it.
    partial: sent !== null && email === null,
  };
}

export function mapScoredCall(call: SalesfinityScoredCall, ctx: Pick<MapContext, "raw" | "drop">): CallRecord {
  const raw = ctx.raw as Record<string, unknown>;
  const insight = call.insight;
  const facets = insight?.facets ?? null;
  const meta = insight?.metadata ?? null;
  const contact = call.call_log?.contact ?? null;
  const durationSec = call.call_log?.duration ?? finite(meta?.duration_sec);
  const tonality = isObject(facets?.tonality) && isObject(facets.tonality.metrics) ? facets.tonality.metrics : null;
  // A rate whose unit (per minute of the call, of the rep's speech?) the doc
  // does not give: kept as sent, never turned into a count.
  const fillerDensity = tonality && "filler_density_per_min" in tonality ? tonality.filler_density_per_min : undefined;
  const coaching: CoachingItemRecord[] = [
    ...(insight?.coaching?.top_wins ?? []).map((text) => ({ kind: "win" as const, text })),
    ...(insight?.coaching?.top_opportunities ?? []).map((text) => ({ kind: "opportunity" as const, text })),
    ...elementsOf(insight?.coaching?.suggested_drills, drillSchema, "drill", ctx.drop).map((d) => ({ kind: "drill" as const, facet: d.facet ?? null, text: d.assignment })),
  ];
  const cta = isObject(facets?.cta) && isObject(facets.cta.metrics) ? facets.cta.metrics : null;
  const prospectName = [contactField(contact, "first_name"), contactField(contact, "last_name")].filter(Boolean).join(" ") || null;
  const person = rep(call, raw);
  return {
    vendor: "salesfinity",
    externalId: call._id,
    repExternalId: person?.externalId ?? null,
    rep: person,
    // Salesfinity dates a scored call by when it was scored, right after the call.
    startedAt: new Date(call.createdAt),
    durationSec,
    endedAt: null,
    outcome: typeof cta?.outcome === "string" ? cta.outcome : null,
    recordingUrl: blankToNull(call.call_log?.recording_url),
    prospectName,
    prospectEmail: contactField(contact, "email"),
    prospectCompany: contactField(contact, "company"),
    contact: asJson(contact),
    overallScore: insight?.total_score ?? null,
    // The rep's share of the talk time, 0-1.
    talkRatio: finite(meta?.talk_listen_ratio_rep),
    questionsAsked: finite(meta?.total_questions),
    // Salesfinity sends fillers only as that rate (kept in talkStats): no count is made of it.
    fillerWords: null,
    wordsPerMinute: finite(meta?.estimated_wpm_rep),
    interruptions: finite(meta?.interruptions_by_rep),
    talkStats: asJson(fillerDensity === undefined ? (meta ?? null) : { ...meta, filler_density_per_min: fillerDensity }),
    vendorCreatedAt: new Date(call.createdAt),
    vendorUpdatedAt: call.updatedAt ? new Date(call.updatedAt) : null,
    raw: asJson(raw),
    scores: facetScores(facets, ctx.drop),
    scoreSets: ["salesfinity"],
    insight: insight
      ? {
          lead: asJson(insight.lead ?? null),
          messaging: asJson(insight.messaging ?? null),
          targeting: asJson(insight.targeting_feedback ?? null),
          callMetadata: asJson(meta ?? null),
          gapSkill: insight.gaps?.skill ?? null,
          gapPlaybook: insight.gaps?.playbook ?? null,
          gapRationale: insight.gaps?.rationale ?? null,
        }
      : null,
    coaching,
  };
}

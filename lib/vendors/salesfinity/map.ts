// Salesfinity scored calls → the unified model.
import type { CallRecord, CoachingItemRecord, Json, ScoreRecord } from "@/lib/domain/records";
import { SALESFINITY_FACETS } from "@/lib/domain/skills";
import { blankToNull } from "../shared/zod";
import type { SalesfinityScoredCall } from "./schemas";

const asJson = (value: unknown) => value as Json;

function contactField(contact: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = contact?.[key];
  return typeof value === "string" && value.trim() ? value : null;
}

export function mapScoredCall(call: SalesfinityScoredCall): CallRecord {
  const { insight } = call;
  const facets = insight.facets ?? {};
  const meta = insight.metadata ?? null;
  const contact = call.call_log?.contact ?? null;
  const durationSec = call.call_log?.duration ?? meta?.duration_sec ?? null;
  const fillerDensity = facets.tonality?.metrics?.filler_density_per_min;
  const scores: ScoreRecord[] = SALESFINITY_FACETS.flatMap(({ skill, label, weight }) => {
    const facet = facets[skill];
    if (!facet) return [];
    return [
      {
        skillSet: "salesfinity" as const,
        skill,
        label,
        score: facet.score,
        weight: facet.weight_pct ?? weight,
        explanation: facet.explanation ?? null,
        insufficientEvidence: facet.insufficient_evidence ?? false,
        evidence: (facet.evidence ?? []).map((e) => ({ startSec: e.start_sec, endSec: e.end_sec, text: e.text })),
        details: asJson(facet.checks ?? facet.metrics ?? null),
      },
    ];
  });
  const coaching: CoachingItemRecord[] = [
    ...(insight.coaching?.top_wins ?? []).map((text) => ({ kind: "win" as const, text })),
    ...(insight.coaching?.top_opportunities ?? []).map((text) => ({ kind: "opportunity" as const, text })),
    ...(insight.coaching?.suggested_drills ?? []).map((d) => ({ kind: "drill" as const, facet: d.facet ?? null, text: d.assignment })),
  ];
  const ctaOutcome = facets.cta?.metrics?.outcome;
  const prospectName = [contactField(contact, "first_name"), contactField(contact, "last_name")].filter(Boolean).join(" ") || null;
  return {
    vendor: "salesfinity",
    externalId: call._id,
    repExternalId: call.user?._id ?? null,
    rep: call.user
      ? { vendor: "salesfinity", externalId: call.user._id, email: blankToNull(call.user.email), firstName: call.user.first_name ?? null, lastName: call.user.last_name ?? null, raw: asJson(call.user) }
      : null,
    // Salesfinity dates a scored call by when it was scored, right after the call.
    startedAt: new Date(call.createdAt),
    durationSec,
    endedAt: null,
    outcome: typeof ctaOutcome === "string" ? ctaOutcome : null,
    recordingUrl: blankToNull(call.call_log?.recording_url),
    prospectName,
    prospectEmail: contactField(contact, "email"),
    prospectCompany: contactField(contact, "company"),
    contact: asJson(contact),
    overallScore: insight.total_score ?? null,
    // The rep's share of the talk time, 0-1.
    talkRatio: meta?.talk_listen_ratio_rep ?? null,
    questionsAsked: meta?.total_questions ?? null,
    fillerWords: typeof fillerDensity === "number" && durationSec ? Math.round((fillerDensity * durationSec) / 60) : null,
    wordsPerMinute: meta?.estimated_wpm_rep ?? null,
    interruptions: meta?.interruptions_by_rep ?? null,
    talkStats: asJson(meta),
    vendorCreatedAt: new Date(call.createdAt),
    vendorUpdatedAt: new Date(call.updatedAt),
    raw: asJson(call),
    scores,
    scoreSets: ["salesfinity"],
    insight: {
      lead: asJson(insight.lead ?? null),
      messaging: asJson(insight.messaging ?? null),
      targeting: asJson(insight.targeting_feedback ?? null),
      callMetadata: asJson(meta),
      gapSkill: insight.gaps?.skill ?? null,
      gapPlaybook: insight.gaps?.playbook ?? null,
      gapRationale: insight.gaps?.rationale ?? null,
    },
    coaching,
  };
}

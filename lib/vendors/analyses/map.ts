// Analyses → the unified model: the analysis itself, and once it is
// completed, the call it describes with transcript, six scores and coaching.
import type { AnalysisRecord, CallRecord, CoachingItemRecord, Json, ScoreRecord, UnifiedBatch } from "@/lib/domain/records";
import { ANALYSIS_SCORES } from "@/lib/domain/skills";
import type { MapContext } from "@/lib/sync/types";
import { toDate } from "../shared/zod";
import { type Analysis, type AnalysisBody, ANALYSIS_DIMENSIONS } from "./schemas";
import { readTranscript } from "./transcript";

const asJson = (value: unknown) => value as Json;

function metaString(analysis: Analysis, key: string): string | null {
  const value = analysis.metadata?.[key];
  return typeof value === "string" && value.trim() ? value : null;
}

export function mapAnalysisRecord(a: Analysis, raw: unknown): AnalysisRecord {
  return {
    vendor: "analyses",
    externalId: a.id,
    // A status the doc does not list is stored as sent, and is not final.
    status: a.status,
    recordingUrl: a.recording_url,
    transcriptUrl: a.transcript_url,
    callbackUrl: a.callback_url,
    options: asJson(a.options ?? null),
    metadata: asJson(a.metadata ?? null),
    errorCode: a.error?.code ?? null,
    errorMessage: a.error?.message ?? null,
    errorDetails: asJson(a.error?.details ?? null),
    durationSeconds: a.duration_seconds == null ? null : Math.round(a.duration_seconds),
    costUsdCents: a.cost_usd_cents ?? null,
    vendorCreatedAt: toDate(a.created_at),
    startedAt: toDate(a.started_at),
    completedAt: toDate(a.completed_at),
    partnerOrgId: a.partner_org_id ?? null,
    partnerRepId: a.partner_rep_id ?? null,
    parentSessionId: a.parent_session_id ?? null,
    raw: asJson(raw),
  };
}

function scoresOf(body: AnalysisBody | null | undefined): ScoreRecord[] {
  if (!body) return [];
  return ANALYSIS_SCORES.flatMap(({ skill, label }) => {
    const value = body[`${skill}_score`];
    if (value === null || value === undefined) return [];
    const feedback = body.feedback_v5?.[skill];
    return [
      {
        skillSet: "analyses" as const,
        skill,
        label,
        score: value,
        explanation: [feedback?.positive, feedback?.negative].filter(Boolean).join(" ") || null,
        details: asJson(feedback ?? null),
      },
    ];
  });
}

function planString(body: AnalysisBody, key: string): string | null {
  const value = body.action_plan_v5?.[key];
  return typeof value === "string" && value ? value : null;
}

function coachingOf(body: AnalysisBody | null | undefined): CoachingItemRecord[] {
  if (!body) return [];
  const items: CoachingItemRecord[] = [];
  for (const dimension of ANALYSIS_DIMENSIONS) {
    const feedback = body.feedback_v5?.[dimension];
    if (feedback?.positive) items.push({ kind: "win", facet: dimension, text: feedback.positive });
  }
  for (const dimension of ANALYSIS_DIMENSIONS) {
    const feedback = body.feedback_v5?.[dimension];
    if (feedback?.negative) items.push({ kind: "opportunity", facet: dimension, text: feedback.negative });
  }
  const doubleDown = planString(body, "double_down_implementation");
  if (doubleDown) items.push({ kind: "drill", facet: "double_down", text: doubleDown });
  const improvement = planString(body, "general_communication_improvement");
  if (improvement) items.push({ kind: "drill", facet: "communication", text: improvement });
  return items;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function mapAnalysisCall(a: Analysis, ctx: MapContext): CallRecord {
  const startedAt = toDate(metaString(a, "call_started_at")) ?? new Date(a.created_at);
  const durationSec = a.duration_seconds ?? a.transcript?.duration_seconds ?? null;
  const body = a.analysis;
  const transcript = readTranscript(
    {
      transcript: a.transcript,
      durationSeconds: a.duration_seconds,
      repSpeaker: a.metadata?.rep_speaker,
      repName: metaString(a, "rep_name") ?? "Rep",
      prospectName: body?.prospect_name ?? "Prospect",
    },
    ctx.drop,
  );
  // The transcript as sent goes with the stored transcript, so the call keeps the rest (see raw.ts).
  const raw = asObject(ctx.raw);
  let callRaw: unknown = ctx.raw;
  if (transcript && raw && "transcript" in raw) {
    const { transcript: sent, ...rest } = raw;
    transcript.raw = asJson(sent);
    callRaw = rest;
  }
  const repEmail = metaString(a, "rep_email");
  const repId = a.partner_rep_id ?? repEmail;
  return {
    vendor: "analyses",
    externalId: a.id,
    repExternalId: repId,
    rep: repId ? { vendor: "analyses", externalId: repId, email: repEmail, displayName: metaString(a, "rep_name"), partial: true, raw: null } : null,
    title: body?.recording_title ?? null,
    startedAt,
    endedAt: durationSec !== null ? new Date(startedAt.getTime() + durationSec * 1000) : null,
    durationSec,
    status: a.status,
    recordingUrl: a.recording_url,
    prospectName: body?.prospect_name ?? null,
    prospectCompany: metaString(a, "prospect_company"),
    summary: body?.ai_summary_v5 ?? body?.ai_summary ?? null,
    sentiment: a.transcript?.overall_sentiment ?? null,
    sentimentScore: a.transcript?.sentiment_score ?? null,
    overallScore: body?.overall_score ?? null,
    // The service's own figures (it sends no talk ratio): the store puts the
    // transcript's in their place wherever it knows the rep's side.
    talkRatio: null,
    questionsAsked: body?.questions_asked ?? null,
    fillerWords: body?.filler_word_count ?? null,
    wordsPerMinute: body?.words_per_minute ?? null,
    metadata: asJson(a.metadata ?? null),
    vendorCreatedAt: toDate(a.created_at),
    vendorUpdatedAt: toDate(a.completed_at),
    raw: asJson(callRaw),
    transcript,
    scores: scoresOf(body),
    scoreSets: ["analyses"],
    insight: {
      actionPlan: asJson(body?.action_plan_v5 ?? null),
      analysisExtras: asJson(
        body
          ? {
              double_down: body.double_down ?? null,
              ai_summary: body.ai_summary ?? null,
              organization_prompt_summary: body.organization_prompt_summary ?? null,
              organization_feedback: body.organization_feedback ?? null,
              master_prompt_id: body.master_prompt_id ?? null,
              master_prompt_version: body.master_prompt_version ?? null,
              persona_snapshot: body.persona_snapshot ?? null,
              synthesis_snapshot: body.synthesis_snapshot ?? null,
            }
          : null,
      ),
    },
    coaching: coachingOf(body),
  };
}

export function mapAnalysis(a: Analysis, ctx: MapContext): UnifiedBatch {
  return { analyses: [mapAnalysisRecord(a, ctx.raw)], calls: a.status === "completed" ? [mapAnalysisCall(a, ctx)] : [] };
}

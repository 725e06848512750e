// Analyses → the unified model: the analysis itself, and once it is
// completed, the call it describes with transcript, six scores and coaching.
import type { AnalysisRecord, CallRecord, CoachingItemRecord, Json, ScoreRecord, UnifiedBatch } from "@/lib/domain/records";
import { ANALYSIS_SCORES } from "@/lib/domain/skills";
import { talkMetrics } from "@/lib/domain/talk-metrics";
import type { Segment } from "@/lib/domain/transcript";
import { columnarWords, type Word } from "../shared/segments";
import { toDate } from "../shared/zod";
import { type Analysis, ANALYSIS_DIMENSIONS } from "./schemas";

const asJson = (value: unknown) => value as Json;

function metaString(analysis: Analysis, key: string): string | null {
  const value = analysis.metadata?.[key];
  return typeof value === "string" && value.trim() ? value : null;
}

export function mapAnalysisRecord(a: Analysis): AnalysisRecord {
  return {
    vendor: "analyses",
    externalId: a.id,
    status: a.status,
    recordingUrl: a.recording_url,
    transcriptUrl: a.transcript_url,
    callbackUrl: a.callback_url,
    options: asJson(a.options),
    metadata: asJson(a.metadata),
    errorCode: a.error?.code ?? null,
    errorMessage: a.error?.message ?? null,
    errorDetails: asJson(a.error?.details ?? null),
    durationSeconds: a.duration_seconds === null ? null : Math.round(a.duration_seconds),
    costUsdCents: a.cost_usd_cents,
    vendorCreatedAt: toDate(a.created_at),
    startedAt: toDate(a.started_at),
    completedAt: toDate(a.completed_at),
    partnerOrgId: a.partner_org_id,
    partnerRepId: a.partner_rep_id,
    parentSessionId: a.parent_session_id,
    raw: asJson(a),
  };
}

/**
 * Which diarized speaker is the rep: the submitter names it in metadata
 * (rep_speaker); otherwise the first to speak, as on an outbound call.
 */
function repSpeaker(a: Analysis): string | null {
  const named = a.metadata?.rep_speaker;
  if (typeof named === "string" || typeof named === "number") return String(named);
  const first = a.transcript?.utterances?.[0]?.speaker;
  return first === undefined ? null : String(first);
}

function transcriptOf(a: Analysis): CallRecord["transcript"] {
  const utterances = a.transcript?.utterances ?? [];
  if (!utterances.length) return null;
  const rep = repSpeaker(a);
  const prospect = a.analysis?.prospect_name ?? "Prospect";
  const repName = metaString(a, "rep_name") ?? "Rep";
  const speakers = [...new Set(utterances.map((u) => String(u.speaker)))];
  const segments: Segment[] = utterances.map((u) => {
    const isRep = String(u.speaker) === rep;
    return {
      speaker: isRep ? "rep" : "prospect",
      label: isRep ? repName : prospect,
      startMs: Math.round(u.start),
      endMs: Math.round(u.end),
      text: u.text ?? u.transcript ?? "",
      voice: speakers.indexOf(String(u.speaker)),
    };
  });
  const words: Word[] = (a.transcript?.words ?? [])
    .filter((w): w is { text: string; start: number; end: number; speaker?: string | number | null } => "text" in w)
    .map((w) => {
      const trailing = /[.,?!;:]+$/.exec(w.text)?.[0] ?? "";
      return {
        startMs: Math.round(w.start),
        endMs: Math.round(w.end),
        text: trailing ? w.text.slice(0, -trailing.length) : w.text,
        punct: trailing,
        speaker: Math.max(0, speakers.indexOf(String(w.speaker ?? ""))),
      };
    });
  const durationSec = a.transcript?.duration_seconds ?? a.duration_seconds;
  return { source: "analysis", segments, words: words.length ? columnarWords(words) : null, durationMs: durationSec != null ? Math.round(durationSec * 1000) : null };
}

function scoresOf(a: Analysis): ScoreRecord[] {
  const body = a.analysis;
  if (!body) return [];
  return ANALYSIS_SCORES.flatMap(({ skill, label }) => {
    const value = body[`${skill}_score` as `${(typeof ANALYSIS_DIMENSIONS)[number]}_score`];
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

function coachingOf(a: Analysis): CoachingItemRecord[] {
  const body = a.analysis;
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
  const plan = body.action_plan_v5;
  if (plan?.double_down_implementation) items.push({ kind: "drill", facet: "double_down", text: plan.double_down_implementation });
  if (plan?.general_communication_improvement) items.push({ kind: "drill", facet: "communication", text: plan.general_communication_improvement });
  return items;
}

export function mapAnalysisCall(a: Analysis): CallRecord {
  const startedAt = toDate(metaString(a, "call_started_at")) ?? new Date(a.created_at);
  const durationSec = a.duration_seconds ?? a.transcript?.duration_seconds ?? null;
  const transcript = transcriptOf(a);
  const body = a.analysis;
  const { transcript: rawTranscript, ...rest } = a;
  void rawTranscript;
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
    talkRatio: transcript ? talkMetrics(transcript.segments).talkRatio : null,
    questionsAsked: body?.questions_asked ?? null,
    fillerWords: body?.filler_word_count ?? null,
    wordsPerMinute: body?.words_per_minute ?? null,
    metadata: asJson(a.metadata),
    vendorCreatedAt: toDate(a.created_at),
    vendorUpdatedAt: toDate(a.completed_at),
    // The whole payload is kept on the analysis; the call keeps all but the transcript.
    raw: asJson(rest),
    transcript,
    scores: scoresOf(a),
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
    coaching: coachingOf(a),
  };
}

export function mapAnalysis(a: Analysis): UnifiedBatch {
  return { analyses: [mapAnalysisRecord(a)], calls: a.status === "completed" ? [mapAnalysisCall(a)] : [] };
}

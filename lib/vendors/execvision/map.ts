// ExecVision payloads → the unified model. Every record keeps `raw` as the
// vendor sent it (ctx.raw); lists are read element by element, each unusable
// element reported through ctx.drop and left out.
import type { ZodType } from "zod";
import {
  transcriptWithSerializedSegments,
  type CallRecord,
  type CallTopicsRecord,
  type CoachingMeetingRecord,
  type CoachingPlanRecord,
  type DeletedCallRecord,
  type DepartmentRecord,
  type FeedbackRecord,
  type Json,
  type KpiDefinitionRecord,
  type KpiObservationRecord,
  type ListenRecord,
  type MeetingQuestion,
  type PersonRecord,
  type ScorecardAnswerRecord,
  type ScorecardRecord,
  type ShareRecord,
  type TeamRecord,
  type TopicMatchRecord,
  type TopicRecord,
  type TranscriptRecord,
  type TranscriptSpeakersRecord,
} from "@/lib/domain/records";
import { schemePercent } from "@/lib/domain/skills";
import { TALK_METRICS, type TalkMetrics } from "@/lib/domain/talk-metrics";
import type { SpeakerRole } from "@/lib/domain/transcript";
import type { MapContext } from "@/lib/sync/types";
import { elementsOf } from "../shared/tolerant";
import { blankToNull, toDate } from "../shared/zod";
import {
  callReviewSchema,
  type ExecVisionCall,
  type ExecVisionCallSpeakers,
  type ExecVisionCallTopics,
  type ExecVisionDeletedCall,
  type ExecVisionDepartment,
  type ExecVisionFeedback,
  type ExecVisionKpiDefinition,
  type ExecVisionKpiObservation,
  type ExecVisionListen,
  type ExecVisionMeeting,
  type ExecVisionPlan,
  type ExecVisionScore,
  type ExecVisionScorecard,
  type ExecVisionShare,
  type ExecVisionTeam,
  type ExecVisionTopic,
  type ExecVisionUser,
  meetingQuestionSchema,
  planSkillSchema,
  questionAndAnswerSchema,
  scorecardQuestionSchema,
  speakerSchema,
  topicBlockSchema,
  topicMatchDetailSchema,
  topicWithMatchesSchema,
} from "./schemas";
import { callTranscript, DecodedWords, isCanonicalTranscript, transcriptInputs, wordColumns } from "./words";

const VENDOR = "execvision" as const;
const asJson = (value: unknown) => value as Json;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The record as received, as an object (the engine hands every mapper the payload it validated). */
function rawOf(ctx: MapContext): Record<string, unknown> {
  return isObject(ctx.raw) ? ctx.raw : {};
}

/** The usable elements of a list, each with the element as sent; the rest dropped (counted). */
function each<T>(value: unknown, schema: ZodType<T>, what: string, ctx: MapContext): { value: T; raw: unknown; index: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { value: T; raw: unknown; index: number }[] = [];
  value.forEach((element, index) => {
    const [parsed] = elementsOf([element], schema, what, ctx.drop);
    if (parsed !== undefined) out.push({ value: parsed, raw: element, index });
  });
  return out;
}

/** The strings of a list (null when it is not one); anything else in it is dropped. */
function strings(value: unknown, what: string, ctx: MapContext): string[] | null {
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const element of value) {
    if (typeof element === "string") out.push(element);
    else ctx.drop(what, "not a string");
  }
  return out;
}

export function mapUser(user: ExecVisionUser, ctx: MapContext): PersonRecord {
  return {
    vendor: VENDOR,
    externalId: user.userId,
    email: blankToNull(user.email),
    firstName: user.firstName ?? null,
    lastName: user.lastName ?? null,
    teamExternalId: user.teamId ?? null,
    departmentExternalId: user.departmentId ?? null,
    systemIds: strings(user.systemIds, "system id", ctx),
    raw: asJson(ctx.raw),
  };
}

export function mapTeam(team: ExecVisionTeam, ctx: MapContext): TeamRecord {
  return { vendor: VENDOR, externalId: team.id, name: team.name ?? team.id, managerExternalId: team.managerId ?? null, departmentExternalId: team.departmentId ?? null, raw: asJson(ctx.raw) };
}

export function mapDepartment(department: ExecVisionDepartment, ctx: MapContext): DepartmentRecord {
  return { vendor: VENDOR, externalId: department.id, name: department.name ?? department.id, raw: asJson(ctx.raw) };
}

export function mapCall(call: ExecVisionCall, ctx: MapContext): CallRecord {
  const raw = rawOf(ctx);
  const startedAt = new Date(call.callTime);
  const durationSec = call.duration ?? null;
  const durationMs = durationSec !== null ? Math.round(durationSec * 1000) : null;
  const served = raw.transcript;
  let transcript: TranscriptRecord | null | undefined;
  let metrics: TalkMetrics | null = null;
  if (served instanceof DecodedWords) {
    // Decoded with its page: canonical words, with their segments serialized.
    const decoded = served.transcript;
    metrics = decoded.metrics;
    transcript = decoded.words.count ? transcriptWithSerializedSegments({ source: "calls", words: decoded.words, durationMs }, decoded.segments) : null;
  } else if (Array.isArray(served)) {
    const words = wordColumns(served, ctx.drop);
    const { callerEmail, stats } = transcriptInputs(raw);
    const made = callTranscript(words, callerEmail, stats);
    metrics = made.metrics;
    // Words the stored columns cannot give back as sent (times as numbers, `p` null or "", other keys, dropped words) are kept as sent.
    transcript = words.text.length ? { source: "calls", segments: made.segments, words, durationMs, ...(isCanonicalTranscript(served) ? {} : { raw: asJson(served) }) } : null;
  } else if (served === undefined) {
    // Without include_transcripts the field is absent: leave the stored transcript alone.
    transcript = undefined;
  } else {
    if (served !== null) ctx.drop("transcript", "not a list of words");
    transcript = null;
  }
  const { transcript: _words, ...rest } = raw;
  // The words are stored, losslessly, in the transcript (./raw rebuilds the call); without one, the payload stays whole.
  const storedRaw = transcript ? rest : served instanceof DecodedWords ? { ...rest, transcript: served.toJSON() } : raw;
  const summary = call.callSummary;
  const stats = isObject(raw.stats) ? raw.stats : null;
  const metadata = isObject(raw.metadata) ? raw.metadata : null;
  return {
    vendor: VENDOR,
    externalId: call.id,
    repExternalId: call.callerId ?? null,
    rep: call.callerId ? { vendor: VENDOR, externalId: call.callerId, email: blankToNull(call.callerEmail), partial: true, raw: null } : null,
    startedAt,
    endedAt: durationSec !== null ? new Date(startedAt.getTime() + durationSec * 1000) : null,
    durationSec,
    direction: call.direction ? call.direction.toLowerCase() : null,
    status: call.state ?? null,
    originalPath: call.originalPath ?? null,
    prospectCompany: typeof metadata?.company === "string" ? metadata.company : null,
    summary: summary?.summary ?? null,
    nextSteps: strings(summary?.nextSteps, "next step", ctx),
    questionsAndAnswers: Array.isArray(summary?.questionsAndAnswers) ? elementsOf(summary.questionsAndAnswers, questionAndAnswerSchema, "question and answer", ctx.drop) : null,
    // Where the rep's voice is told (from the stats, until the simplified
    // transcript names the speakers, when the store works them out again),
    // every figure is Coachboard's from the transcript; else only ExecVision's
    // own talk ratio is known. Its stats (talk ratio, longest turns) stay in talkStats.
    talkRatio: metrics ? metrics.talkRatio : (call.stats?.talkRatio ?? null),
    questionsAsked: metrics?.questionsAsked ?? null,
    fillerWords: metrics?.fillerWords ?? null,
    wordsPerMinute: metrics?.wordsPerMinute ?? null,
    interruptions: metrics?.interruptions ?? null,
    longestMonologueSec: metrics?.longestMonologueSec ?? null,
    // Without a transcript in this payload the store applies the rule to the stored one.
    derivedTalkMetrics: transcript ? (metrics ? [...TALK_METRICS] : []) : undefined,
    talkStats: asJson(stats),
    crmMatches: asJson(raw.crmMatches ?? null),
    metadata: asJson(metadata),
    vendorUpdatedAt: toDate(call.modified ?? call.lastModified),
    raw: asJson(storedRaw),
    transcript,
  };
}

export function mapDeletedCall(deleted: ExecVisionDeletedCall, ctx: MapContext): DeletedCallRecord {
  return {
    vendor: VENDOR,
    externalId: deleted.id,
    deletedAt: new Date(deleted.deletedAt),
    callerExternalId: deleted.callerId ?? null,
    callTime: toDate(deleted.callTime),
    raw: asJson(ctx.raw),
  };
}

export function mapCallTopics(record: ExecVisionCallTopics, ctx: MapContext): CallTopicsRecord {
  const matches: TopicMatchRecord[] = [];
  for (const { value: block, index: blockIndex } of each(record.topicMatches, topicBlockSchema, "topic match block", ctx)) {
    for (const { value: topic } of each(block.topicsWithMatches, topicWithMatchesSchema, "topic", ctx)) {
      for (const match of elementsOf(topic.matches, topicMatchDetailSchema, "topic match", ctx.drop)) {
        matches.push({
          topicExternalId: topic.topicId,
          topicName: topic.topicName ?? topic.topicId,
          blockIndex,
          blockStartSec: block.startTime,
          blockEndSec: block.endTime,
          blockText: block.text ?? "",
          speakerType: block.speakerType ?? "UNKNOWN",
          searchText: match.searchText ?? [],
          matchingText: match.matchingText,
          startSec: match.matchStartTime,
          endSec: match.matchEndTime,
          startIndex: match.matchStartIndex,
          endIndex: match.matchEndIndex,
        });
      }
    }
  }
  return {
    vendor: VENDOR,
    callExternalId: record.callId,
    vendorUpdatedAt: new Date(record.modified),
    questionCounts: asJson(record.questionCounts ?? null),
    matches,
    raw: asJson(ctx.raw),
  };
}

export function listenKey(listen: Pick<ExecVisionListen, "callId" | "listener" | "date">): string {
  return `${listen.callId}:${listen.listener}:${listen.date}`;
}

export function mapListen(listen: ExecVisionListen, ctx: MapContext): ListenRecord {
  return {
    vendor: VENDOR,
    externalId: listenKey(listen),
    callExternalId: listen.callId,
    listenerExternalId: listen.listener,
    callerExternalId: listen.caller ?? null,
    listenedOn: listen.date.slice(0, 10),
    secondsListened: listen.timeListened,
    raw: asJson(ctx.raw),
  };
}

const SPELLED_ANSWERS = new Map([
  ["no", 0],
  ["yes", 1],
  ["fail", 0],
  ["pass", 1],
]);

/** A scorecard answer as a number: YesNo and PassFail answers may come spelled out (the Scoring Scheme table), read as 0 and 1. */
export function answerNumber(value: unknown, ctx: MapContext): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    const spelled = SPELLED_ANSWERS.get(text);
    if (spelled !== undefined) return spelled;
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  }
  ctx.drop("answer", "not a number, yes/no or pass/fail");
  return null;
}

export function mapScore(score: ExecVisionScore, ctx: MapContext): ScorecardAnswerRecord {
  const answer = answerNumber(score.answer, ctx);
  const rawAnswer = score.rawAnswer ?? null;
  return {
    vendor: VENDOR,
    resultId: score.resultId,
    questionExternalId: (score.questionId ?? score.questionID)!,
    callExternalId: score.callId,
    scorecardExternalId: score.scorecardId,
    scorecardName: score.scorecardName ?? null,
    question: score.question ?? null,
    skills: [score.skill1, score.skill2, score.skill3].filter((s): s is string => !!s && s.trim() !== ""),
    scheme: score.scheme,
    answer,
    rawAnswer,
    // A scheme the docs do not list keeps its answer, with no percentage.
    percent: schemePercent(score.scheme, answer, rawAnswer),
    reason: score.reason ?? null,
    comment: score.comment ?? null,
    reviewerEmail: score.reviewer ?? null,
    reviewerTeam: score.reviewerTeam ?? null,
    callerEmail: score.caller ?? null,
    callerTeam: score.callerTeam ?? null,
    scoredAt: new Date(score.scoreTime),
    vendorUpdatedAt: new Date(score.modified),
    raw: asJson(ctx.raw),
  };
}

export function mapScorecard(record: ExecVisionScorecard, ctx: MapContext): ScorecardRecord {
  const questions = each(record.questions, scorecardQuestionSchema, "scorecard question", ctx);
  const first = questions[0]?.value;
  return {
    vendor: VENDOR,
    externalId: record.scorecardId,
    name: first?.scorecardName ?? record.scorecardId,
    scheme: first?.scorecardScheme ?? null,
    // The docs' example carries a question id with a leading space.
    questions: questions.map(({ value: q, raw }) => ({ externalId: (q.questionId ?? q.questionID)!.trim(), text: q.questionText ?? "", scheme: q.scorecardScheme ?? null, raw: asJson(raw) })),
    raw: asJson(rawOf(ctx).questions ?? null),
  };
}

export function mapTopic(topic: ExecVisionTopic, ctx: MapContext): TopicRecord {
  const words = typeof topic.words === "string" ? topic.words.split(",").map((w) => w.trim()).filter(Boolean) : (strings(topic.words, "topic word", ctx) ?? []);
  return { vendor: VENDOR, externalId: topic.id, name: topic.name ?? topic.id, words, raw: asJson(ctx.raw) };
}

export function feedbackKey(f: Pick<ExecVisionFeedback, "callId" | "feedbackBy" | "feedbackAt">): string {
  return `${f.callId}:${f.feedbackBy}:${f.feedbackAt}`;
}

export function mapFeedback(f: ExecVisionFeedback, ctx: MapContext): FeedbackRecord {
  return {
    vendor: VENDOR,
    externalId: feedbackKey(f),
    callExternalId: f.callId,
    authorExternalId: f.feedbackBy,
    isComment: f.isComment ?? false,
    isHighlight: f.isHighlight ?? false,
    text: f.text ?? null,
    startSec: f.startTime,
    endSec: f.endTime ?? null,
    givenAt: new Date(f.feedbackAt),
    vendorUpdatedAt: new Date(f.modified),
    raw: asJson(ctx.raw),
  };
}

export function shareKey(s: Pick<ExecVisionShare, "callId" | "sharedBy" | "sharedAt">): string {
  return `${s.callId}:${s.sharedBy}:${s.sharedAt}`;
}

export function mapShare(s: ExecVisionShare, ctx: MapContext): ShareRecord {
  return {
    vendor: VENDOR,
    externalId: shareKey(s),
    callExternalId: s.callId,
    sharedByExternalId: s.sharedBy,
    sharedAt: new Date(s.sharedAt),
    recipientUserIds: strings(s.recipientUserIds, "share recipient", ctx) ?? [],
    recipientEmails: strings(s.recipientEmails, "share recipient", ctx) ?? [],
    raw: asJson(ctx.raw),
  };
}

export function mapPlan(plan: ExecVisionPlan, ctx: MapContext): CoachingPlanRecord {
  return {
    vendor: VENDOR,
    externalId: plan.planId,
    name: plan.name ?? plan.planId,
    objective: plan.objective ?? null,
    startDate: toDate(plan.startDate),
    coachExternalId: plan.coachId ?? null,
    recipientExternalId: plan.recipientId ?? null,
    plannedMeetings: plan.plannedMeetings ?? null,
    completedMeetings: plan.completedMeetings ?? null,
    estimatedMissedMeetings: plan.estimatedMissedMeetings ?? null,
    skills: each(plan.skill, planSkillSchema, "plan skill", ctx).map(({ value: s }) => ({ externalId: s.skillId, name: s.skillName })),
    vendorUpdatedAt: new Date(plan.modified),
    raw: asJson(ctx.raw),
  };
}

function meetingQuestions(value: unknown, ctx: MapContext): MeetingQuestion[] {
  return each(value, meetingQuestionSchema, "meeting question", ctx).map(({ value: q }) => ({
    question: q.question,
    possibleScore: q.possibleScore ?? null,
    actualScore: q.actualScore ?? null,
    reviewWeight: q.reviewWeight ?? null,
  }));
}

export function mapMeeting(meeting: ExecVisionMeeting, ctx: MapContext): CoachingMeetingRecord {
  const skillScores: { skill: string; score: number }[] = [];
  if (isObject(meeting.scores)) {
    for (const [skill, score] of Object.entries(meeting.scores)) {
      if (typeof score === "number" && Number.isFinite(score)) skillScores.push({ skill, score });
      else ctx.drop("meeting skill score", `${skill}: not a number`);
    }
  }
  return {
    vendor: VENDOR,
    externalId: meeting.meetingId,
    planExternalId: meeting.planId ?? null,
    coachExternalId: meeting.coachId ?? null,
    recipientExternalId: meeting.recipientId ?? null,
    scheduledAt: toDate(meeting.dateTime),
    startedAt: toDate(meeting.startTime),
    endedAt: toDate(meeting.endTime),
    skillScores,
    callReviews: each(meeting.callReviews, callReviewSchema, "meeting call review", ctx).map(({ value: r }) => ({ callExternalId: r.callId, questions: meetingQuestions(r.questions, ctx) })),
    questions: meetingQuestions(meeting.questions, ctx),
    comments: meeting.comments ?? null,
    vendorUpdatedAt: new Date(meeting.modified),
    raw: asJson(ctx.raw),
  };
}

export function kpiObservationKey(k: Pick<ExecVisionKpiObservation, "kpiId" | "observerId" | "observedId" | "observedAt">): string {
  return `${k.kpiId}:${k.observerId ?? ""}:${k.observedId}:${k.observedAt}`;
}

export function mapKpiObservation(k: ExecVisionKpiObservation, ctx: MapContext): KpiObservationRecord {
  return {
    vendor: VENDOR,
    externalId: kpiObservationKey(k),
    kpiExternalId: k.kpiId,
    observerExternalId: k.observerId ?? null,
    observedExternalId: k.observedId,
    observedAt: new Date(k.observedAt),
    value: k.value,
    vendorUpdatedAt: new Date(k.modified),
    raw: asJson(ctx.raw),
  };
}

export function mapKpiDefinition(k: ExecVisionKpiDefinition, ctx: MapContext): KpiDefinitionRecord {
  return { vendor: VENDOR, externalId: k.kpiId, description: k.description ?? "", frequency: k.frequency ?? "", target: k.target ?? null, raw: asJson(ctx.raw) };
}

/** A speaker type the docs do not list (a bot, say) is a speaker of unknown role. */
const SPEAKER_ROLES = new Map<string, SpeakerRole>([
  ["INTERNAL", "rep"],
  ["EXTERNAL", "prospect"],
  ["UNKNOWN", "unknown"],
]);

export function mapSpeakers(record: ExecVisionCallSpeakers, ctx: MapContext): TranscriptSpeakersRecord {
  return {
    vendor: VENDOR,
    callExternalId: record.callId,
    speakers: each(record.transcript.speakers, speakerSchema, "speaker", ctx).map(({ value: s }) => ({
      number: s.speakerNumber,
      role: SPEAKER_ROLES.get(s.speakerType ?? "") ?? "unknown",
      label: [s.firstName, s.lastName].filter(Boolean).join(" ") || s.email || `Speaker ${s.speakerNumber + 1}`,
      email: s.email ?? null,
    })),
    raw: asJson(rawOf(ctx).transcript ?? null),
  };
}

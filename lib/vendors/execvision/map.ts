// ExecVision payloads → the unified model.
import {
  transcriptWithSerializedSegments,
  type CallRecord,
  type CallTopicsRecord,
  type CoachingMeetingRecord,
  type CoachingPlanRecord,
  type DeletedCallRecord,
  type FeedbackRecord,
  type Json,
  type KpiDefinitionRecord,
  type KpiObservationRecord,
  type ListenRecord,
  type PersonRecord,
  type ScorecardAnswerRecord,
  type ScorecardRecord,
  type ShareRecord,
  type TeamRecord,
  type DepartmentRecord,
  type TopicRecord,
  type TranscriptSpeakersRecord,
} from "@/lib/domain/records";
import { schemePercent } from "@/lib/domain/skills";
import type { SpeakerRole } from "@/lib/domain/transcript";
import { emptyWords } from "../shared/segments";
import { callTranscript, DecodedWords, wordColumns } from "./words";
import { blankToNull, toDate } from "../shared/zod";
import type {
  ExecVisionCall,
  ExecVisionCallSpeakers,
  ExecVisionCallTopics,
  ExecVisionDeletedCall,
  ExecVisionDepartment,
  ExecVisionFeedback,
  ExecVisionKpiDefinition,
  ExecVisionKpiObservation,
  ExecVisionListen,
  ExecVisionMeeting,
  ExecVisionPlan,
  ExecVisionScore,
  ExecVisionShare,
  ExecVisionTeam,
  ExecVisionTopic,
  ExecVisionUser,
} from "./schemas";

const VENDOR = "execvision" as const;
const asJson = (value: unknown) => value as Json;

export function mapUser(user: ExecVisionUser): PersonRecord {
  return {
    vendor: VENDOR,
    externalId: user.userId,
    email: blankToNull(user.email),
    firstName: user.firstName ?? null,
    lastName: user.lastName ?? null,
    teamExternalId: user.teamId ?? null,
    departmentExternalId: user.departmentId ?? null,
    systemIds: user.systemIds ?? null,
    raw: asJson(user),
  };
}

export function mapTeam(team: ExecVisionTeam): TeamRecord {
  return { vendor: VENDOR, externalId: team.id, name: team.name, managerExternalId: team.managerId ?? null, departmentExternalId: team.departmentId ?? null, raw: asJson(team) };
}

export function mapDepartment(department: ExecVisionDepartment): DepartmentRecord {
  return { vendor: VENDOR, externalId: department.id, name: department.name, raw: asJson(department) };
}

export function mapCall(call: ExecVisionCall): CallRecord {
  const { transcript, ...rest } = call;
  const startedAt = new Date(call.callTime);
  const durationSec = call.duration ?? null;
  // Decoded with its page, the transcript comes with its segments, serialized; otherwise they are made here, the same way.
  const decoded = transcript instanceof DecodedWords ? transcript.transcript : null;
  const made = transcript instanceof DecodedWords ? null : callTranscript(transcript ? (wordColumns(transcript) ?? emptyWords()) : emptyWords(), call.callerEmail, call.stats?.internalTalkTime);
  const { repVoice, metrics } = decoded ?? made!;
  const wordCount = decoded ? decoded.words.count : made!.words.text.length;
  const durationMs = durationSec !== null ? Math.round(durationSec * 1000) : null;
  const company = typeof call.metadata?.company === "string" ? call.metadata.company : null;
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
    prospectCompany: company,
    summary: call.callSummary?.summary ?? null,
    nextSteps: call.callSummary?.nextSteps ?? null,
    questionsAndAnswers: call.callSummary?.questionsAndAnswers ?? null,
    talkRatio: call.stats?.talkRatio ?? metrics?.talkRatio ?? null,
    questionsAsked: metrics?.questionsAsked ?? null,
    fillerWords: metrics?.fillerWords ?? null,
    wordsPerMinute: metrics?.wordsPerMinute ?? null,
    interruptions: metrics?.interruptions ?? null,
    longestMonologueSec:
      repVoice !== null && call.stats?.longestSegmentDurations?.[String(repVoice)] !== undefined
        ? call.stats.longestSegmentDurations[String(repVoice)]
        : (metrics?.longestMonologueSec ?? null),
    talkStats: asJson(call.stats ?? null),
    crmMatches: asJson(call.crmMatches ?? null),
    metadata: asJson(call.metadata ?? null),
    // The words are stored, losslessly, in the transcript; the rest of the payload here.
    raw: asJson(rest),
    // Without include_transcripts the field is absent: leave the stored transcript alone.
    transcript:
      transcript === undefined
        ? undefined
        : transcript === null || !wordCount
          ? null
          : decoded
            ? transcriptWithSerializedSegments({ source: "calls", words: decoded.words, durationMs }, decoded.segments)
            : { source: "calls", segments: made!.segments, words: made!.words, durationMs },
  };
}

export function mapDeletedCall(deleted: ExecVisionDeletedCall): DeletedCallRecord {
  return {
    vendor: VENDOR,
    externalId: deleted.id,
    deletedAt: new Date(deleted.deletedAt),
    callerExternalId: deleted.callerId ?? null,
    callTime: toDate(deleted.callTime),
    raw: asJson(deleted),
  };
}

export function mapCallTopics(record: ExecVisionCallTopics): CallTopicsRecord {
  return {
    vendor: VENDOR,
    callExternalId: record.callId,
    vendorUpdatedAt: new Date(record.modified),
    questionCounts: asJson(record.questionCounts ?? null),
    matches: record.topicMatches.flatMap((block, blockIndex) =>
      block.topicsWithMatches.flatMap((topic) =>
        topic.matches.map((match) => ({
          topicExternalId: String(topic.topicId),
          topicName: topic.topicName,
          blockIndex,
          blockStartSec: block.startTime,
          blockEndSec: block.endTime,
          blockText: block.text,
          speakerType: block.speakerType,
          searchText: match.searchText,
          matchingText: match.matchingText,
          startSec: match.matchStartTime,
          endSec: match.matchEndTime,
          startIndex: match.matchStartIndex,
          endIndex: match.matchEndIndex,
        })),
      ),
    ),
    raw: asJson(record),
  };
}

export function listenKey(listen: Pick<ExecVisionListen, "callId" | "listener" | "date">): string {
  return `${listen.callId}:${listen.listener}:${listen.date}`;
}

export function mapListen(listen: ExecVisionListen): ListenRecord {
  return {
    vendor: VENDOR,
    externalId: listenKey(listen),
    callExternalId: listen.callId,
    listenerExternalId: listen.listener,
    callerExternalId: listen.caller ?? null,
    listenedOn: listen.date.slice(0, 10),
    secondsListened: listen.timeListened,
    raw: asJson(listen),
  };
}

export function mapScore(score: ExecVisionScore): ScorecardAnswerRecord {
  return {
    vendor: VENDOR,
    resultId: score.resultId,
    questionExternalId: score.questionId,
    callExternalId: score.callId,
    scorecardExternalId: score.scorecardId,
    scorecardName: score.scorecardName ?? null,
    question: score.question ?? null,
    skills: [score.skill1, score.skill2, score.skill3].filter((s): s is string => !!s && s.trim() !== ""),
    scheme: score.scheme,
    answer: score.answer,
    rawAnswer: score.rawAnswer ?? null,
    percent: schemePercent(score.scheme, score.answer, score.rawAnswer),
    reason: score.reason ?? null,
    comment: score.comment ?? null,
    reviewerEmail: score.reviewer ?? null,
    reviewerTeam: score.reviewerTeam ?? null,
    callerEmail: score.caller ?? null,
    callerTeam: score.callerTeam ?? null,
    scoredAt: new Date(score.scoreTime),
    vendorUpdatedAt: new Date(score.modified),
    raw: asJson(score),
  };
}

export function mapScorecard(record: { scorecardId: string; questions: { scorecardId: string; scorecardScheme?: string | null; scorecardName: string; questionId: string; questionText: string }[] }): ScorecardRecord {
  const first = record.questions[0];
  return {
    vendor: VENDOR,
    externalId: record.scorecardId,
    name: first?.scorecardName ?? record.scorecardId,
    scheme: first?.scorecardScheme ?? null,
    questions: record.questions.map((q) => ({ externalId: q.questionId.trim(), text: q.questionText, scheme: q.scorecardScheme ?? null, raw: asJson(q) })),
    raw: asJson(record.questions),
  };
}

export function mapTopic(topic: ExecVisionTopic): TopicRecord {
  return {
    vendor: VENDOR,
    externalId: String(topic.id),
    name: topic.name,
    words: Array.isArray(topic.words) ? topic.words : topic.words.split(/\s*,\s*/).filter(Boolean),
    raw: asJson(topic),
  };
}

export function feedbackKey(f: Pick<ExecVisionFeedback, "callId" | "feedbackBy" | "feedbackAt">): string {
  return `${f.callId}:${f.feedbackBy}:${f.feedbackAt}`;
}

export function mapFeedback(f: ExecVisionFeedback): FeedbackRecord {
  return {
    vendor: VENDOR,
    externalId: feedbackKey(f),
    callExternalId: f.callId,
    authorExternalId: f.feedbackBy,
    isComment: f.isComment,
    isHighlight: f.isHighlight,
    text: f.text ?? null,
    startSec: f.startTime,
    endSec: f.endTime ?? null,
    givenAt: new Date(f.feedbackAt),
    vendorUpdatedAt: new Date(f.modified),
    raw: asJson(f),
  };
}

export function shareKey(s: Pick<ExecVisionShare, "callId" | "sharedBy" | "sharedAt">): string {
  return `${s.callId}:${s.sharedBy}:${s.sharedAt}`;
}

export function mapShare(s: ExecVisionShare): ShareRecord {
  return {
    vendor: VENDOR,
    externalId: shareKey(s),
    callExternalId: s.callId,
    sharedByExternalId: s.sharedBy,
    sharedAt: new Date(s.sharedAt),
    recipientUserIds: s.recipientUserIds ?? [],
    recipientEmails: s.recipientEmails ?? [],
    raw: asJson(s),
  };
}

export function mapPlan(plan: ExecVisionPlan): CoachingPlanRecord {
  return {
    vendor: VENDOR,
    externalId: String(plan.planId),
    name: plan.name,
    objective: plan.objective ?? null,
    startDate: toDate(plan.startDate),
    coachExternalId: plan.coachId ?? null,
    recipientExternalId: plan.recipientId ?? null,
    plannedMeetings: plan.plannedMeetings ?? null,
    completedMeetings: plan.completedMeetings ?? null,
    estimatedMissedMeetings: plan.estimatedMissedMeetings ?? null,
    skills: (plan.skill ?? []).map((s) => ({ externalId: String(s.skillId), name: s.skillName })),
    vendorUpdatedAt: new Date(plan.modified),
    raw: asJson(plan),
  };
}

export function mapMeeting(meeting: ExecVisionMeeting): CoachingMeetingRecord {
  return {
    vendor: VENDOR,
    externalId: String(meeting.meetingId),
    planExternalId: meeting.planId === null || meeting.planId === undefined ? null : String(meeting.planId),
    coachExternalId: meeting.coachId ?? null,
    recipientExternalId: meeting.recipientId ?? null,
    scheduledAt: toDate(meeting.dateTime),
    startedAt: toDate(meeting.startTime),
    endedAt: toDate(meeting.endTime),
    skillScores: Object.entries(meeting.scores ?? {}).map(([skill, score]) => ({ skill, score })),
    callReviews: (meeting.callReviews ?? []).map((r) => ({ callExternalId: r.callId, questions: r.questions })),
    questions: meeting.questions ?? [],
    comments: meeting.comments ?? null,
    vendorUpdatedAt: new Date(meeting.modified),
    raw: asJson(meeting),
  };
}

export function kpiObservationKey(k: Pick<ExecVisionKpiObservation, "kpiId" | "observerId" | "observedId" | "observedAt">): string {
  return `${k.kpiId}:${k.observerId ?? ""}:${k.observedId}:${k.observedAt}`;
}

export function mapKpiObservation(k: ExecVisionKpiObservation): KpiObservationRecord {
  return {
    vendor: VENDOR,
    externalId: kpiObservationKey(k),
    kpiExternalId: String(k.kpiId),
    observerExternalId: k.observerId === null || k.observerId === undefined ? null : String(k.observerId),
    observedExternalId: String(k.observedId),
    observedAt: new Date(k.observedAt),
    value: k.value,
    vendorUpdatedAt: new Date(k.modified),
    raw: asJson(k),
  };
}

export function mapKpiDefinition(k: ExecVisionKpiDefinition): KpiDefinitionRecord {
  return { vendor: VENDOR, externalId: String(k.kpiId), description: k.description, frequency: k.frequency, target: k.target ?? null, raw: asJson(k) };
}

const SPEAKER_ROLES: Record<"INTERNAL" | "EXTERNAL" | "UNKNOWN", SpeakerRole> = { INTERNAL: "rep", EXTERNAL: "prospect", UNKNOWN: "unknown" };

export function mapSpeakers(record: ExecVisionCallSpeakers): TranscriptSpeakersRecord {
  return {
    vendor: VENDOR,
    callExternalId: record.callId,
    speakers: record.transcript.speakers.map((s) => ({
      number: s.speakerNumber,
      role: SPEAKER_ROLES[s.speakerType],
      label: [s.firstName, s.lastName].filter(Boolean).join(" ") || s.email || `Speaker ${s.speakerNumber + 1}`,
      email: s.email ?? null,
    })),
    raw: asJson(record.transcript),
  };
}

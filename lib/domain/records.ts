// The unified model as the sync writes it: what every vendor mapper returns.
// lib/sync/store turns a batch of these into rows; nothing here is vendor-specific.
import type { TalkMetrics } from "./talk-metrics";
import type { Segment, SpeakerRole, WordTimings } from "./transcript";
import type { Vendor } from "./vendors";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface PersonRecord {
  vendor: Vendor;
  externalId: string;
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  /** Shown when there are no first/last names. */
  displayName?: string | null;
  teamExternalId?: string | null;
  departmentExternalId?: string | null;
  systemIds?: string[] | null;
  /** Only what a call payload mentions (an id and an email): never overwrites a full record. */
  partial?: boolean;
  /** An AI voice agent, not a person: its rep is made an agent, listed apart from people. */
  agent?: boolean;
  raw: Json;
}

export interface TeamRecord {
  vendor: Vendor;
  externalId: string;
  name: string;
  managerExternalId?: string | null;
  departmentExternalId?: string | null;
  raw: Json;
}

export interface DepartmentRecord {
  vendor: Vendor;
  externalId: string;
  name: string;
  raw: Json;
}

export interface EvidenceSpan {
  startSec: number;
  endSec: number;
  text: string;
}

export interface ScoreRecord {
  skillSet: "salesfinity" | "analyses" | "scorecard";
  skill: string;
  label: string;
  /** 0-100 */
  score: number;
  weight?: number | null;
  explanation?: string | null;
  insufficientEvidence?: boolean;
  evidence?: EvidenceSpan[] | null;
  details?: Json;
}

/** Word timings already serialized (a connector that decodes pages off the main thread does so there). */
export interface SerializedWords {
  json: string;
  count: number;
}

/** A transcript whose segments arrive serialized: they become objects only if something reads them. */
export function transcriptWithSerializedSegments(record: Omit<TranscriptRecord, "segments" | "serializedSegments">, serialized: SerializedSegments): TranscriptRecord {
  let segments: Segment[] | undefined;
  return {
    ...record,
    get segments() {
      return (segments ??= JSON.parse(serialized.json) as Segment[]);
    },
    serializedSegments: serialized,
  };
}

export function isSerializedWords(words: WordTimings | SerializedWords): words is SerializedWords {
  return typeof (words as SerializedWords).json === "string";
}

/** Segments already serialized (with their plain text) off the main thread. */
export interface SerializedSegments {
  json: string;
  text: string;
  count: number;
  lastEndMs: number | null;
}

export interface TranscriptRecord {
  source: string;
  segments: Segment[];
  /** The segments as stored, when they were serialized off the main thread; `segments` then parses them only if asked. */
  serializedSegments?: SerializedSegments;
  words?: WordTimings | SerializedWords | null;
  speakers?: Json;
  durationMs?: number | null;
  raw?: Json;
}

export interface InsightRecord {
  lead?: Json;
  messaging?: Json;
  targeting?: Json;
  callMetadata?: Json;
  gapSkill?: number | null;
  gapPlaybook?: number | null;
  gapRationale?: string | null;
  actionPlan?: Json;
  analysisExtras?: Json;
}

export interface CoachingItemRecord {
  kind: "win" | "opportunity" | "drill";
  facet?: string | null;
  text: string;
}

export type TalkMetricName = keyof TalkMetrics;

export interface CallRecord {
  vendor: Vendor;
  externalId: string;
  /** The vendor's id of the person who made the call. */
  repExternalId?: string | null;
  /** What this payload says about that person, when it says anything. */
  rep?: PersonRecord | null;
  title?: string | null;
  startedAt: Date;
  endedAt?: Date | null;
  durationSec?: number | null;
  direction?: string | null;
  outcome?: string | null;
  status?: string | null;
  recordingUrl?: string | null;
  originalPath?: string | null;
  fromNumber?: string | null;
  toNumber?: string | null;
  prospectName?: string | null;
  prospectEmail?: string | null;
  prospectCompany?: string | null;
  contact?: Json;
  summary?: string | null;
  nextSteps?: string[] | null;
  questionsAndAnswers?: { question: string; answer: string }[] | null;
  sentiment?: string | null;
  sentimentScore?: number | null;
  overallScore?: number | null;
  /**
   * The talk metrics: the vendor's own figures, as it defines them, except
   * those named in derivedTalkMetrics. Where the call's transcript knows the
   * rep's side the store replaces them all by Coachboard's figures from it
   * (lib/domain/talk-metrics); the vendor's stand only for a call without such
   * a transcript. What the vendor sent stays in `talkStats` and `raw` as received.
   */
  talkRatio?: number | null;
  questionsAsked?: number | null;
  fillerWords?: number | null;
  wordsPerMinute?: number | null;
  interruptions?: number | null;
  longestMonologueSec?: number | null;
  /**
   * Set by a mapper that applied the rule itself (it had the segments at hand,
   * as when they were decoded off the main thread): the talk metrics above it
   * worked out from this record's transcript with talkMetrics, every one where
   * the transcript knows the rep's side (with the roles known so far), [] where
   * it does not. The store stores them as they are. Undefined: the store
   * applies the rule, to this payload's transcript or else the stored one.
   * Either way calls.derived_metrics lists the metrics from the transcript,
   * and they are worked out again whenever the speakers are learnt or change.
   */
  derivedTalkMetrics?: TalkMetricName[];
  talkStats?: Json;
  crmMatches?: Json;
  metadata?: Json;
  vendorCreatedAt?: Date | null;
  vendorUpdatedAt?: Date | null;
  /** The vendor payload, whole (a transcript stored in `transcript` may be left out). */
  raw: Json;
  /** undefined: this payload says nothing of the transcript; null: there is none. */
  transcript?: TranscriptRecord | null;
  /** undefined: leave the scores as they are. Replaces the scores of the skill sets present. */
  scores?: ScoreRecord[];
  scoreSets?: ScoreRecord["skillSet"][];
  insight?: InsightRecord | null;
  coaching?: CoachingItemRecord[];
}

export interface DeletedCallRecord {
  vendor: Vendor;
  externalId: string;
  deletedAt: Date;
  callerExternalId?: string | null;
  callTime?: Date | null;
  raw: Json;
}

export interface TranscriptSpeakersRecord {
  vendor: Vendor;
  callExternalId: string;
  /** The vendor's speaker number → who it is. */
  speakers: { number: number; role: SpeakerRole; label: string; email?: string | null }[];
  raw: Json;
}

export interface ScorecardRecord {
  vendor: Vendor;
  externalId: string;
  name: string;
  scheme?: string | null;
  questions: { externalId: string; text: string; scheme?: string | null; raw: Json }[];
  raw: Json;
}

export interface ScorecardAnswerRecord {
  vendor: Vendor;
  resultId: string;
  questionExternalId: string;
  callExternalId: string;
  scorecardExternalId: string;
  scorecardName?: string | null;
  question?: string | null;
  skills: string[];
  scheme: string;
  answer?: number | null;
  rawAnswer?: number | null;
  percent?: number | null;
  reason?: string | null;
  comment?: string | null;
  reviewerEmail?: string | null;
  reviewerTeam?: string | null;
  callerEmail?: string | null;
  callerTeam?: string | null;
  scoredAt: Date;
  vendorUpdatedAt: Date;
  raw: Json;
}

export interface TopicRecord {
  vendor: Vendor;
  externalId: string;
  name: string;
  words: string[];
  raw: Json;
}

export interface TopicMatchRecord {
  topicExternalId: string;
  topicName: string;
  blockIndex: number;
  blockStartSec: number;
  blockEndSec: number;
  blockText: string;
  speakerType: string;
  searchText: string[];
  matchingText: string;
  startSec: number;
  endSec: number;
  startIndex: number;
  endIndex: number;
}

export interface CallTopicsRecord {
  vendor: Vendor;
  callExternalId: string;
  vendorUpdatedAt: Date;
  questionCounts?: Json;
  matches: TopicMatchRecord[];
  raw: Json;
}

export interface FeedbackRecord {
  vendor: Vendor;
  externalId: string;
  callExternalId: string;
  authorExternalId: string;
  isComment: boolean;
  isHighlight: boolean;
  text?: string | null;
  startSec: number;
  endSec?: number | null;
  givenAt: Date;
  vendorUpdatedAt: Date;
  raw: Json;
}

export interface ListenRecord {
  vendor: Vendor;
  externalId: string;
  callExternalId: string;
  listenerExternalId: string;
  callerExternalId?: string | null;
  listenedOn: string;
  secondsListened: number;
  raw: Json;
}

export interface ShareRecord {
  vendor: Vendor;
  externalId: string;
  callExternalId: string;
  sharedByExternalId: string;
  sharedAt: Date;
  recipientUserIds: string[];
  recipientEmails: string[];
  raw: Json;
}

export interface CoachingPlanRecord {
  vendor: Vendor;
  externalId: string;
  name: string;
  objective?: string | null;
  startDate?: Date | null;
  coachExternalId?: string | null;
  recipientExternalId?: string | null;
  plannedMeetings?: number | null;
  completedMeetings?: number | null;
  estimatedMissedMeetings?: number | null;
  skills: { externalId: string; name: string }[];
  vendorUpdatedAt: Date;
  raw: Json;
}

export interface MeetingQuestion {
  question: string;
  possibleScore: number | null;
  actualScore: number | null;
  reviewWeight: number | null;
}

export interface CoachingMeetingRecord {
  vendor: Vendor;
  externalId: string;
  planExternalId?: string | null;
  coachExternalId?: string | null;
  recipientExternalId?: string | null;
  scheduledAt?: Date | null;
  startedAt?: Date | null;
  endedAt?: Date | null;
  skillScores: { skill: string; score: number }[];
  callReviews: { callExternalId: string; questions: MeetingQuestion[] }[];
  questions: MeetingQuestion[];
  comments?: string | null;
  vendorUpdatedAt: Date;
  raw: Json;
}

export interface KpiDefinitionRecord {
  vendor: Vendor;
  externalId: string;
  description: string;
  frequency: string;
  target?: number | null;
  raw: Json;
}

export interface KpiObservationRecord {
  vendor: Vendor;
  externalId: string;
  kpiExternalId: string;
  observerExternalId?: string | null;
  observedExternalId: string;
  observedAt: Date;
  value: number;
  vendorUpdatedAt: Date;
  raw: Json;
}

export const ANALYSIS_STATUSES = ["queued", "processing", "completed", "failed", "cancelled"] as const;
/** A documented status, or one the vendor added later (kept as sent, treated as not final). */
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number] | (string & {});
export const FINAL_ANALYSIS_STATUSES: readonly string[] = ["completed", "failed", "cancelled"];

export interface AnalysisRecord {
  vendor: Vendor;
  externalId: string;
  status: AnalysisStatus;
  recordingUrl?: string | null;
  transcriptUrl?: string | null;
  callbackUrl?: string | null;
  options?: Json;
  metadata?: Json;
  errorCode?: string | null;
  errorMessage?: string | null;
  errorDetails?: Json;
  durationSeconds?: number | null;
  costUsdCents?: number | null;
  vendorCreatedAt?: Date | null;
  startedAt?: Date | null;
  completedAt?: Date | null;
  partnerOrgId?: string | null;
  partnerRepId?: string | null;
  parentSessionId?: string | null;
  raw: Json;
}

/** Everything one page of one stream maps to. Every list is optional. */
export interface UnifiedBatch {
  departments?: DepartmentRecord[];
  teams?: TeamRecord[];
  people?: PersonRecord[];
  /** A full list of a vendor's people: identities not in it are marked inactive. */
  peopleSnapshot?: boolean;
  calls?: CallRecord[];
  deletedCalls?: DeletedCallRecord[];
  /** Calls the vendor no longer has (404 on fetch by id). */
  missingCalls?: { vendor: Vendor; externalId: string }[];
  transcriptSpeakers?: TranscriptSpeakersRecord[];
  scorecards?: ScorecardRecord[];
  scorecardAnswers?: ScorecardAnswerRecord[];
  topics?: TopicRecord[];
  /** A full list of a vendor's topics: topics not in it are marked inactive. */
  topicsSnapshot?: boolean;
  callTopics?: CallTopicsRecord[];
  feedback?: FeedbackRecord[];
  listens?: ListenRecord[];
  shares?: ShareRecord[];
  plans?: CoachingPlanRecord[];
  meetings?: CoachingMeetingRecord[];
  kpiDefinitions?: KpiDefinitionRecord[];
  kpiObservations?: KpiObservationRecord[];
  analyses?: AnalysisRecord[];
}

// ExecVision records, exactly as the vendor serves them, plus the call entry
// the simulator keeps (internal modified time, speakers, rendered templates).

export interface EvDepartment { id: string; name: string }
export interface EvTeam { id: string; name: string; managerId: string; departmentId: string }
export interface EvUser {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  teamId: string;
  departmentId: string;
  systemIds: string[];
}

export interface EvWord { start: string; end: string; word: string; p?: string; v: number }

export interface EvCrmEntity { crmId: string; name: string }
export interface EvCrmMatch {
  crmName: string;
  activityCrmId: string;
  account: EvCrmEntity | null;
  contacts: EvCrmEntity[];
  engagement: EvCrmEntity | null;
}

export interface EvStats {
  internalTalkTime: number;
  externalTalkTime: number;
  talkRatio: number;
  interchangesPerMinute: number;
  longestSegmentDurations: Record<string, number>;
  talkSpeeds: { start: number; end: number; wordsPerMinute: Record<string, number> }[];
}

export interface EvCallSummary {
  nextSteps: string[];
  questionsAndAnswers: { question: string; answer: string }[];
  summary: string | null;
}

export type EvDirection = "INBOUND" | "OUTBOUND" | "SCREENSHARE";

export interface EvCall {
  id: string;
  callerEmail: string;
  callerId: string;
  callTime: string;
  duration: number;
  direction: EvDirection;
  state: string;
  transcript: EvWord[] | null;
  crmMatches: EvCrmMatch[];
  stats: EvStats;
  originalPath: string;
  callSummary: EvCallSummary | null;
  metadata: Record<string, unknown>;
}

/** Who spoke as which voice: what transcript/{id} reports alongside the words. */
export interface EvSpeaker {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  speakerNumber: number;
  speakerType: "INTERNAL" | "EXTERNAL" | "UNKNOWN";
}

export interface EvCallEntry {
  /** Last state change: drives paging, never served on the call itself. */
  modified: string;
  call: EvCall;
  speakers: EvSpeaker[];
  /** Rendered call-card templates, served as metadata.templates with render_templates=true. */
  templates: Record<string, string>;
}

export interface EvCallOptions { transcripts: boolean; crmMatches: boolean; templates: boolean }

/** A calls source generated on demand (benchmarks): never all in memory. */
export interface EvLazyCalls {
  kind: "lazy";
  count: number;
  /** Non-decreasing in index; the index order is the (modified, id) order. */
  modifiedMsAt(index: number): number;
  idAt(index: number): string;
  indexOfId(id: string): number;
  getByIndex(index: number): EvCallEntry;
  /** Fast path: the call as served in a calls listing, already serialized (chunks to concatenate). */
  serializeByIndex?(index: number, options: EvCallOptions): Buffer[];
  shiftDays(days: number): EvLazyCalls;
}

export interface EvDeletedCall { id: string; deletedAt: string; callerId: string; callTime: string }

export interface EvTopic { id: number; name: string; words: string[] }

export type EvScheme = "OneToFive" | "OneToThree" | "OneTwo" | "YesNo" | "PassFail";

export interface EvScorecardQuestion {
  scorecardId: string;
  scorecardScheme: EvScheme;
  scorecardName: string;
  questionId: string;
  questionText: string;
  /** Not served by scorecard/{id}; copied onto score rows. */
  skills: [string | null, string | null, string | null];
}

export interface EvListen {
  date: string;
  modified: string;
  callId: string;
  listener: string;
  caller: string;
  timeListened: number;
}

export interface EvScoreRow {
  reviewer: string;
  reviewerTeam: string;
  caller: string;
  callerTeam: string;
  callId: string;
  resultId: string;
  scoreTime: string;
  modified: string;
  scorecardId: string;
  scorecardName: string;
  questionId: string;
  question: string;
  skill1: string | null;
  skill2: string | null;
  skill3: string | null;
  scheme: EvScheme;
  answer: number;
  rawAnswer: number;
  reason: string | null;
  comment: string | null;
}

export interface EvFeedback {
  feedbackAt: string;
  modified: string;
  callId: string;
  feedbackBy: string;
  isComment: boolean;
  isHighlight: boolean;
  text: string | null;
  startTime: number;
  endTime: number | null;
}

export interface EvShare {
  sharedAt: string;
  callId: string;
  sharedBy: string;
  recipientUserIds: string[];
  recipientEmails: string[];
}

export interface EvMeetingQuestion {
  question: string;
  possibleScore: number | null;
  actualScore: number | null;
  reviewWeight: number | null;
}

export interface EvMeeting {
  meetingId: number;
  planId: number;
  dateTime: string;
  coachId: string;
  recipientId: string;
  startTime: string;
  endTime: string;
  scores: Record<string, number>;
  callReviews: { callId: string; questions: EvMeetingQuestion[] }[];
  questions: EvMeetingQuestion[];
  comments: string | null;
  modified: string;
}

export interface EvPlan {
  planId: number;
  name: string;
  objective: string;
  startDate: string;
  coachId: string;
  recipientId: string;
  plannedMeetings: number;
  completedMeetings: number;
  estimatedMissedMeetings: number;
  skill: { skillId: number; skillName: string }[];
  modified: string;
}

export interface EvKpiObservation {
  observedAt: string;
  observerId: string;
  observedId: string;
  kpiId: number;
  value: number;
  modified: string;
}

export interface EvKpiDefinition { kpiId: number; description: string; frequency: "DAILY" | "WEEKLY" | "MONTHLY" | "QUARTERLY"; target: number }

export interface EvData {
  departments: EvDepartment[];
  teams: EvTeam[];
  users: EvUser[];
  topics: EvTopic[];
  scorecards: EvScorecardQuestion[];
  calls: EvCallEntry[] | EvLazyCalls;
  deletedCalls: EvDeletedCall[];
  listens: EvListen[];
  scores: EvScoreRow[];
  feedback: EvFeedback[];
  shares: EvShare[];
  meetings: EvMeeting[];
  plans: EvPlan[];
  kpis: EvKpiObservation[];
  kpiDefinitions: EvKpiDefinition[];
}


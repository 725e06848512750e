// The ExecVision Conversation Intelligence API's payloads. Each record must
// have what identifies and orders it (its ids, and the timestamps the lists
// page on or date it by) and the numbers Coachboard aggregates; the rest is
// read leniently, and lists element by element when mapping (./map), so one
// bad word, answer, match, question or skill costs only itself. Unknown keys
// and enum values are kept as sent; `raw` keeps the record as received.
import { z } from "zod";
import { idString, looseObjectOf, numeric, openEnum, optIdString, optional, optNumber, optObject, optString, optTimestamp, timestamp } from "../shared/tolerant";
import { isoDate } from "../shared/zod";
import type { TranscriptWord } from "./words";

export type { TranscriptWord };

/** A count: a whole number, or missing. */
const optCount = optional(z.number().int());
/** Read element by element in the mapper. */
const list = z.unknown().optional();

export const userSchema = looseObjectOf({
  userId: idString,
  email: optString,
  firstName: optString,
  lastName: optString,
  teamId: optIdString,
  departmentId: optIdString,
  systemIds: list,
});
export type ExecVisionUser = z.infer<typeof userSchema>;

export const teamSchema = looseObjectOf({ id: idString, name: optString, managerId: optIdString, departmentId: optIdString });
export type ExecVisionTeam = z.infer<typeof teamSchema>;

export const departmentSchema = looseObjectOf({ id: idString, name: optString });
export type ExecVisionDepartment = z.infer<typeof departmentSchema>;

export const statsSchema = looseObjectOf({
  internalTalkTime: optNumber,
  externalTalkTime: optNumber,
  talkRatio: optNumber,
  interchangesPerMinute: optNumber,
  // Read per voice, leniently, by ./words (talkStatsOf); stored as sent.
  longestSegmentDurations: z.unknown().optional(),
  talkSpeeds: z.unknown().optional(),
});

/** A question and its answer from the call summary (other keys are left in raw). */
export const questionAndAnswerSchema = z.object({ question: z.string(), answer: z.string() });

export const callSummarySchema = looseObjectOf({ nextSteps: list, questionsAndAnswers: list, summary: optString });

export const callSchema = looseObjectOf({
  id: idString,
  // The call's date, and the calls list's paging position.
  callTime: timestamp,
  // Not in the Call table; some accounts send the time of the last state change as one of these.
  modified: optTimestamp,
  lastModified: optTimestamp,
  callerEmail: optString,
  callerId: optIdString,
  callSummary: optional(callSummarySchema),
  duration: optional(z.number().nonnegative().finite()),
  // INBOUND, OUTBOUND, SCREENSHARE, or anything newer, as sent.
  direction: optString,
  state: optString,
  // Checked word by word (./decode-calls, ./words), never here.
  transcript: z.unknown().optional(),
  crmMatches: z.unknown().optional(),
  stats: optional(statsSchema),
  originalPath: optString,
  metadata: optObject,
});
export type ExecVisionCall = z.infer<typeof callSchema>;

export const deletedCallSchema = looseObjectOf({ id: idString, deletedAt: timestamp, callerId: optIdString, callTime: optTimestamp });
export type ExecVisionDeletedCall = z.infer<typeof deletedCallSchema>;

const nonNegativeInt = z.number().int().nonnegative();

export const topicMatchDetailSchema = looseObjectOf({
  searchText: optional(z.array(z.unknown()).transform((values) => values.filter((v): v is string => typeof v === "string"))),
  matchingText: z.string(),
  matchStartTime: numeric,
  matchStartIndex: nonNegativeInt,
  matchEndTime: numeric,
  matchEndIndex: nonNegativeInt,
});

export const topicWithMatchesSchema = looseObjectOf({ topicId: idString, topicName: optString, matches: list });

export const topicBlockSchema = looseObjectOf({
  startTime: numeric,
  endTime: numeric,
  text: optString,
  // INTERNAL, EXTERNAL, UNKNOWN, or anything newer, as sent.
  speakerType: optString,
  topicsWithMatches: list,
});

export const callTopicsSchema = looseObjectOf({
  callId: idString,
  modified: timestamp,
  questionCounts: optObject,
  topicMatches: list,
});
export type ExecVisionCallTopics = z.infer<typeof callTopicsSchema>;

export const listenSchema = looseObjectOf({
  // The listens list pages on the date.
  date: isoDate,
  // An ISO timestamp, "" (as the docs' example shows) or absent: null unless a timestamp.
  modified: optTimestamp,
  callId: idString,
  listener: idString,
  caller: optIdString,
  timeListened: numeric.pipe(z.number().nonnegative()),
});
export type ExecVisionListen = z.infer<typeof listenSchema>;

export const SCORING_SCHEMES = ["OneToFive", "OneToThree", "OneTwo", "YesNo", "PassFail"] as const;

export const scoreSchema = looseObjectOf({
  reviewer: optString,
  reviewerTeam: optString,
  caller: optString,
  callerTeam: optString,
  callId: idString,
  resultId: idString,
  scoreTime: timestamp,
  modified: timestamp,
  scorecardId: idString,
  scorecardName: optString,
  // The Scores table spells it questionId, the Scorecard table questionID: either names the question.
  questionId: optIdString,
  questionID: optIdString,
  question: optString,
  skill1: optString,
  skill2: optString,
  skill3: optString,
  // One of SCORING_SCHEMES, or a newer one (kept, with no percentage).
  scheme: openEnum,
  // A number, or YesNo/PassFail spelled out ("yes", "pass"...): read by the mapper.
  answer: z.unknown().optional(),
  rawAnswer: optional(numeric),
  reason: optString,
  comment: optString,
}).refine((score) => (score.questionId ?? score.questionID ?? null) !== null, { message: "questionId: required", path: ["questionId"] });
export type ExecVisionScore = z.infer<typeof scoreSchema>;

export const scorecardQuestionSchema = looseObjectOf({
  scorecardId: optIdString,
  scorecardScheme: optString,
  scorecardName: optString,
  questionId: optIdString,
  questionID: optIdString,
  questionText: optString,
}).refine((q) => (q.questionId ?? q.questionID ?? null) !== null, { message: "required", path: ["questionId"] });

/** The scorecard stream's record: one scorecard's questions (as GET /scorecard/{id} answered), with its id. */
export const scorecardRecordSchema = looseObjectOf({ scorecardId: idString, questions: list });
export type ExecVisionScorecard = z.infer<typeof scorecardRecordSchema>;

export const topicSchema = looseObjectOf({
  id: idString,
  name: optString,
  // An array of phrases (the example) or one comma-separated string (the table).
  words: z.unknown().optional(),
});
export type ExecVisionTopic = z.infer<typeof topicSchema>;

export const feedbackSchema = looseObjectOf({
  feedbackAt: timestamp,
  modified: timestamp,
  callId: idString,
  feedbackBy: idString,
  isComment: optional(z.boolean()),
  isHighlight: optional(z.boolean()),
  text: optString,
  startTime: numeric.pipe(z.number().nonnegative()),
  endTime: optional(numeric),
});
export type ExecVisionFeedback = z.infer<typeof feedbackSchema>;

export const shareSchema = looseObjectOf({
  sharedAt: timestamp,
  callId: idString,
  sharedBy: idString,
  recipientUserIds: list,
  recipientEmails: list,
});
export type ExecVisionShare = z.infer<typeof shareSchema>;

export const meetingQuestionSchema = looseObjectOf({
  question: z.string(),
  possibleScore: optNumber,
  actualScore: optNumber,
  reviewWeight: optNumber,
});

export const callReviewSchema = looseObjectOf({ callId: idString, questions: list });

export const meetingSchema = looseObjectOf({
  meetingId: idString,
  planId: optIdString,
  dateTime: optTimestamp,
  coachId: optIdString,
  recipientId: optIdString,
  startTime: optTimestamp,
  endTime: optTimestamp,
  // Skill name → percent; read entry by entry.
  scores: z.unknown().optional(),
  callReviews: list,
  questions: list,
  comments: optString,
  modified: timestamp,
});
export type ExecVisionMeeting = z.infer<typeof meetingSchema>;

export const planSkillSchema = looseObjectOf({ skillId: idString, skillName: z.string() });

export const planSchema = looseObjectOf({
  planId: idString,
  name: optString,
  objective: optString,
  startDate: optTimestamp,
  coachId: optIdString,
  recipientId: optIdString,
  plannedMeetings: optCount,
  completedMeetings: optCount,
  estimatedMissedMeetings: optCount,
  skill: list,
  modified: timestamp,
});
export type ExecVisionPlan = z.infer<typeof planSchema>;

export const kpiObservationSchema = looseObjectOf({
  observedAt: timestamp,
  observerId: optIdString,
  observedId: idString,
  kpiId: idString,
  value: numeric,
  modified: timestamp,
});
export type ExecVisionKpiObservation = z.infer<typeof kpiObservationSchema>;

export const kpiDefinitionSchema = looseObjectOf({
  kpiId: idString,
  description: optString,
  // DAILY, WEEKLY, MONTHLY, QUARTERLY, or anything newer, as sent.
  frequency: optString,
  target: optNumber,
});
export type ExecVisionKpiDefinition = z.infer<typeof kpiDefinitionSchema>;

/** The KPI-definition stream's record. */
export const kpiRecordSchema = kpiDefinitionSchema;

export const speakerSchema = looseObjectOf({
  email: optString,
  firstName: optString,
  lastName: optString,
  speakerNumber: nonNegativeInt,
  // INTERNAL, EXTERNAL, UNKNOWN, or anything newer (a role Coachboard does not know).
  speakerType: optString,
});

export const simplifiedTranscriptSchema = looseObjectOf({ speakers: list, transcript: list });
export type ExecVisionSimplifiedTranscript = z.infer<typeof simplifiedTranscriptSchema>;

/** What the transcript stream fetches: the simplified transcript, with the call it belongs to. */
export const callSpeakersSchema = looseObjectOf({ callId: idString, transcript: simplifiedTranscriptSchema });
export type ExecVisionCallSpeakers = z.infer<typeof callSpeakersSchema>;

export const listSchema = z.array(z.unknown());

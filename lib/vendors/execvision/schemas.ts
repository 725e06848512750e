// The ExecVision Conversation Intelligence API's documented payloads.
// Fields the docs show are typed; anything else rides along in `raw`.
import { z } from "zod";
import { isoDate, isoDateTime, looseObject } from "../shared/zod";
import { DecodedWords, isWord, type TranscriptWord } from "./words";

const nullableString = z.string().nullable().optional();

export const userSchema = z.object({
  userId: z.string(),
  email: z.string().nullable().optional(),
  firstName: nullableString,
  lastName: nullableString,
  teamId: nullableString,
  departmentId: nullableString,
  systemIds: z.array(z.string()).nullable().optional(),
});
export type ExecVisionUser = z.infer<typeof userSchema>;

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  managerId: nullableString,
  departmentId: nullableString,
});
export type ExecVisionTeam = z.infer<typeof teamSchema>;

export const departmentSchema = z.object({ id: z.string(), name: z.string() });
export type ExecVisionDepartment = z.infer<typeof departmentSchema>;

export const transcriptWordSchema = z.object({
  start: z.union([z.string(), z.number()]),
  end: z.union([z.string(), z.number()]),
  word: z.string(),
  p: z.string().nullable().optional(),
  v: z.number().int().nonnegative(),
});
export type { TranscriptWord };

/**
 * The same rule as an array of transcriptWordSchema, checked in one loop: a
 * long call carries tens of thousands of words, and this is the sync's
 * hottest validation. Words decoded with their page were checked then.
 */
const transcriptWordsSchema = z.custom<TranscriptWord[] | DecodedWords>((value) => value instanceof DecodedWords || (Array.isArray(value) && value.every(isWord)), {
  message: "every transcript word needs start and end (seconds), word, optional p, and a speaker number v",
});

const crmEntitySchema = z.object({ crmId: z.string().nullable().optional(), name: z.string().nullable().optional() });

export const crmMatchSchema = z.object({
  crmName: z.string().nullable().optional(),
  activityCrmId: z.string().nullable().optional(),
  account: crmEntitySchema.nullable().optional(),
  contacts: z.array(crmEntitySchema).nullable().optional(),
  engagement: crmEntitySchema.nullable().optional(),
});

export const statsSchema = z.object({
  internalTalkTime: z.number().nullable().optional(),
  externalTalkTime: z.number().nullable().optional(),
  talkRatio: z.number().nullable().optional(),
  interchangesPerMinute: z.number().nullable().optional(),
  longestSegmentDurations: z.record(z.string(), z.number()).nullable().optional(),
  talkSpeeds: z
    .array(z.object({ start: z.number(), end: z.number(), wordsPerMinute: z.record(z.string(), z.number()) }))
    .nullable()
    .optional(),
});

export const callSummarySchema = z.object({
  nextSteps: z.array(z.string()).nullable().optional(),
  questionsAndAnswers: z.array(z.object({ question: z.string(), answer: z.string() })).nullable().optional(),
  summary: z.string().nullable().optional(),
});

export const callSchema = z.object({
  id: z.string(),
  callerEmail: nullableString,
  callerId: nullableString,
  callSummary: callSummarySchema.nullable().optional(),
  callTime: isoDateTime,
  duration: z.number().nonnegative().nullable().optional(),
  direction: nullableString,
  state: nullableString,
  transcript: transcriptWordsSchema.nullable().optional(),
  crmMatches: z.array(crmMatchSchema).nullable().optional(),
  stats: statsSchema.nullable().optional(),
  originalPath: nullableString,
  metadata: looseObject.nullable().optional(),
});
export type ExecVisionCall = z.infer<typeof callSchema>;

export const deletedCallSchema = z.object({
  id: z.string(),
  deletedAt: isoDateTime,
  callerId: nullableString,
  callTime: isoDateTime.nullable().optional(),
});
export type ExecVisionDeletedCall = z.infer<typeof deletedCallSchema>;

const topicMatchDetailSchema = z.object({
  searchText: z.array(z.string()),
  matchingText: z.string(),
  matchStartTime: z.number(),
  matchStartIndex: z.number().int().nonnegative(),
  matchEndTime: z.number(),
  matchEndIndex: z.number().int().nonnegative(),
});

export const callTopicsSchema = z.object({
  callId: z.string(),
  modified: isoDateTime,
  questionCounts: z
    .object({
      internalSpeakerQuestionCount: z.number().int().nonnegative(),
      externalSpeakerQuestionCount: z.number().int().nonnegative(),
      unknownSpeakerQuestionCount: z.number().int().nonnegative(),
    })
    .nullable()
    .optional(),
  topicMatches: z.array(
    z.object({
      startTime: z.number(),
      endTime: z.number(),
      text: z.string(),
      speakerType: z.enum(["INTERNAL", "EXTERNAL", "UNKNOWN"]),
      topicsWithMatches: z.array(
        z.object({ topicId: z.union([z.string(), z.number()]), topicName: z.string(), matches: z.array(topicMatchDetailSchema) }),
      ),
    }),
  ),
});
export type ExecVisionCallTopics = z.infer<typeof callTopicsSchema>;

export const listenSchema = z.object({
  date: isoDate,
  // The docs' example shows an empty string.
  modified: z.string().nullable().optional(),
  callId: z.string(),
  listener: z.string(),
  caller: nullableString,
  timeListened: z.number().nonnegative(),
});
export type ExecVisionListen = z.infer<typeof listenSchema>;

export const SCORING_SCHEMES = ["OneToFive", "OneToThree", "OneTwo", "YesNo", "PassFail"] as const;

export const scoreSchema = z.object({
  reviewer: nullableString,
  reviewerTeam: nullableString,
  caller: nullableString,
  callerTeam: nullableString,
  callId: z.string(),
  resultId: z.string(),
  scoreTime: isoDateTime,
  modified: isoDateTime,
  scorecardId: z.string(),
  scorecardName: nullableString,
  questionId: z.string(),
  question: nullableString,
  skill1: nullableString,
  skill2: nullableString,
  skill3: nullableString,
  scheme: z.enum(SCORING_SCHEMES),
  answer: z.number().nullable(),
  rawAnswer: z.number().nullable().optional(),
  reason: nullableString,
  comment: nullableString,
});
export type ExecVisionScore = z.infer<typeof scoreSchema>;

export const scorecardQuestionSchema = z.object({
  scorecardId: z.string(),
  scorecardScheme: z.string().nullable().optional(),
  scorecardName: z.string(),
  questionId: z.string(),
  questionText: z.string(),
});
export const scorecardSchema = z.array(scorecardQuestionSchema);

export const topicSchema = z.object({
  id: z.union([z.number(), z.string()]),
  name: z.string(),
  words: z.union([z.array(z.string()), z.string()]),
});
export type ExecVisionTopic = z.infer<typeof topicSchema>;

export const feedbackSchema = z.object({
  feedbackAt: isoDateTime,
  modified: isoDateTime,
  callId: z.string(),
  feedbackBy: z.string(),
  isComment: z.boolean(),
  isHighlight: z.boolean(),
  text: nullableString,
  startTime: z.number().nonnegative(),
  endTime: z.number().nonnegative().nullable().optional(),
});
export type ExecVisionFeedback = z.infer<typeof feedbackSchema>;

export const shareSchema = z.object({
  sharedAt: isoDateTime,
  callId: z.string(),
  sharedBy: z.string(),
  recipientUserIds: z.array(z.string()).nullable().optional(),
  recipientEmails: z.array(z.string()).nullable().optional(),
});
export type ExecVisionShare = z.infer<typeof shareSchema>;

const meetingQuestionSchema = z.object({
  question: z.string(),
  possibleScore: z.number().nullable(),
  actualScore: z.number().nullable(),
  reviewWeight: z.number().nullable(),
});

export const meetingSchema = z.object({
  meetingId: z.union([z.number(), z.string()]),
  planId: z.union([z.number(), z.string()]).nullable().optional(),
  dateTime: isoDateTime.nullable().optional(),
  coachId: nullableString,
  recipientId: nullableString,
  startTime: isoDateTime.nullable().optional(),
  endTime: isoDateTime.nullable().optional(),
  scores: z.record(z.string(), z.number()).nullable().optional(),
  callReviews: z.array(z.object({ callId: z.string(), questions: z.array(meetingQuestionSchema) })).nullable().optional(),
  questions: z.array(meetingQuestionSchema).nullable().optional(),
  comments: nullableString,
  modified: isoDateTime,
});
export type ExecVisionMeeting = z.infer<typeof meetingSchema>;

export const planSchema = z.object({
  planId: z.union([z.number(), z.string()]),
  name: z.string(),
  objective: nullableString,
  startDate: isoDateTime.nullable().optional(),
  coachId: nullableString,
  recipientId: nullableString,
  plannedMeetings: z.number().int().nonnegative().nullable().optional(),
  completedMeetings: z.number().int().nonnegative().nullable().optional(),
  estimatedMissedMeetings: z.number().int().nullable().optional(),
  skill: z.array(z.object({ skillId: z.union([z.number(), z.string()]), skillName: z.string() })).nullable().optional(),
  modified: isoDateTime,
});
export type ExecVisionPlan = z.infer<typeof planSchema>;

export const kpiObservationSchema = z.object({
  observedAt: isoDateTime,
  observerId: z.union([z.string(), z.number()]).nullable().optional(),
  observedId: z.union([z.string(), z.number()]),
  kpiId: z.union([z.number(), z.string()]),
  value: z.number(),
  modified: isoDateTime,
});
export type ExecVisionKpiObservation = z.infer<typeof kpiObservationSchema>;

export const kpiDefinitionSchema = z.object({
  kpiId: z.union([z.number(), z.string()]),
  description: z.string(),
  frequency: z.string(),
  target: z.number().nullable().optional(),
});
export type ExecVisionKpiDefinition = z.infer<typeof kpiDefinitionSchema>;

export const simplifiedTranscriptSchema = z.object({
  speakers: z.array(
    z.object({
      email: nullableString,
      firstName: nullableString,
      lastName: nullableString,
      speakerNumber: z.number().int().nonnegative(),
      speakerType: z.enum(["INTERNAL", "EXTERNAL", "UNKNOWN"]),
    }),
  ),
  transcript: z.array(z.object({ endTime: z.number(), speakerNumber: z.number().int(), startTime: z.number(), text: z.string() })),
});
export type ExecVisionSimplifiedTranscript = z.infer<typeof simplifiedTranscriptSchema>;

/** What the transcript stream fetches: the simplified transcript, with the call it belongs to. */
export const callSpeakersSchema = z.object({ callId: z.string(), transcript: simplifiedTranscriptSchema });
export type ExecVisionCallSpeakers = z.infer<typeof callSpeakersSchema>;

/** The scorecard stream's record: one scorecard's questions, with its id. */
export const scorecardRecordSchema = z.object({ scorecardId: z.string(), questions: scorecardSchema });

/** The KPI-definition stream's record. */
export const kpiRecordSchema = kpiDefinitionSchema;

export const listSchema = z.array(z.unknown());

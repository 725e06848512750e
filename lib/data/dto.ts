// What the route handlers answer, as zod schemas: every response is
// validated on the way out, and the client hooks share the same types.
import { z } from "zod";
import { segmentSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import { VENDORS } from "@/lib/domain/vendors";
import { callExtrasSchema } from "./dto-call-extras";
import { effectSkillSchema, planActivitySchema } from "./dto-coaching-effect";

const vendorSchema = z.enum(VENDORS);

const isoString = z.string();

export const skillColumnSchema = z.object({ skill: z.string(), label: z.string() });

/** Scores of a rep's calls in a period that a person reviewed (an override or an accepted dispute), which the figures use; the latest in words. */
export const reviewedScoresSchema = z.object({ count: z.number().int(), latest: z.object({ by: z.string().nullable(), what: z.string(), from: z.number().nullable(), to: z.number() }) });
export type ReviewedScores = z.infer<typeof reviewedScoresSchema>;

export const leaderboardRowSchema = z.object({
  /** Among people for `rows`, among agents for `agents`: thin samples after the others, reps without a score last. */
  rank: z.number().int().positive(),
  /** Shares its rank with another row. */
  tied: z.boolean(),
  /** Fewer than 3 scored calls: ranked after every row with more. */
  thin: z.boolean(),
  repId: z.number().int(),
  name: z.string(),
  team: z.string().nullable(),
  calls: z.number().int(),
  /** Calls with a headline score: what the average, the thin mark and the minimum-calls filter count. */
  scoredCalls: z.number().int(),
  /** The headline score: the unified-skill score over every source, or one source's overall score when the board is filtered to it. */
  avgScore: z.number().nullable(),
  /** Each source's own overall score (0-100 as that vendor defines it), one click away from the headline. */
  bySource: z.array(z.object({ vendor: z.string(), label: z.string(), calls: z.number().int(), scoredCalls: z.number().int(), avgScore: z.number().nullable() })).default([]),
  /** Scores of the rep's calls in the period that a person reviewed (an override or an accepted dispute), which the figures use; the latest in words. */
  reviewed: reviewedScoresSchema.nullable().default(null),
  skills: z.record(z.string(), z.number().nullable()),
  talkRatio: z.number().nullable(),
  questionsAsked: z.number().nullable(),
  fillerWords: z.number().nullable(),
  /** Average overall score per week of the period, oldest first; null for weeks without scored calls. */
  trend: z.array(z.number().nullable()),
});
export type LeaderboardRow = z.infer<typeof leaderboardRowSchema>;

export const leaderboardSchema = z.object({
  from: isoString,
  to: isoString,
  skillSet: z.string(),
  skillSets: z.array(z.object({ value: z.string(), label: z.string() })),
  skills: z.array(skillColumnSchema),
  /** What the headline score is: "unified" (Coachboard skills, every source) or the vendor the board is filtered to. */
  headline: z.string().default("unified"),
  /** Why no skill columns show (a source's filter with the all-sources skills), in words; null when they show. */
  skillsNote: z.string().nullable().default(null),
  teams: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** People only. */
  rows: z.array(leaderboardRowSchema),
  /** AI voice agents, never ranked among people; their rank is among agents. */
  agents: z.array(leaderboardRowSchema),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;

export const radarAxisSchema = z.object({
  skill: z.string(),
  label: z.string(),
  rep: z.number().nullable(),
  team: z.number().nullable(),
  /** The rep's scores of this skill the vendor marked as given on insufficient evidence: left out of `rep`, counted here. */
  insufficient: z.number().int().default(0),
});

export const coachingItemSummarySchema = z.object({ kind: z.enum(["win", "opportunity", "drill"]), text: z.string(), facet: z.string().nullable(), count: z.number().int(), lastAt: isoString });

export const repOverviewSchema = z.object({
  rep: z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable(), team: z.string().nullable(), teamId: z.number().int().nullable() }),
  from: isoString,
  to: isoString,
  skillSet: z.string(),
  skillSets: z.array(z.object({ value: z.string(), label: z.string(), calls: z.number().int() })),
  radar: z.array(radarAxisSchema),
  /** The reviewed scores the period's figures take in, as on the leaderboard. */
  reviewed: reviewedScoresSchema.nullable().default(null),
  trend: z.array(z.object({ weekStart: isoString, rep: z.number().nullable(), team: z.number().nullable(), calls: z.number().int() })),
  stats: z.object({ calls: z.number().int(), avgScore: z.number().nullable(), talkRatio: z.number().nullable(), questionsAsked: z.number().nullable(), fillerWords: z.number().nullable() }),
  coaching: z.array(coachingItemSummarySchema),
  plans: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      startDate: isoString.nullable(),
      completedMeetings: z.number().nullable(),
      plannedMeetings: z.number().nullable(),
      /** The plan's evidence, as on the coaching page: see dto-coaching-effect.ts. */
      effect: z.array(effectSkillSchema),
      activity: planActivitySchema.nullable(),
    }),
  ),
});
export type RepOverview = z.infer<typeof repOverviewSchema>;

export const callListItemSchema = z.object({
  id: z.number().int(),
  vendor: vendorSchema,
  /** The call's name by the one rule of lib/domain/call-title: company, else contact, else "Call with …". */
  title: z.string(),
  repId: z.number().int().nullable(),
  repName: z.string().nullable(),
  team: z.string().nullable(),
  startedAt: isoString,
  durationSec: z.number().nullable(),
  overallScore: z.number().nullable(),
  outcome: z.string().nullable(),
  /** Who the call was with, besides what the title says (the contact under a company's name). */
  prospect: z.string().nullable(),
  hasRecording: z.boolean(),
  hasTranscript: z.boolean(),
  /** With a transcript search: where in the call the words were said, best first (lib/domain/search-moments). */
  moments: z.array(z.object({ startMs: z.number(), speaker: z.string(), text: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])) })),
});
export type CallListItem = z.infer<typeof callListItemSchema>;

export const callListSchema = z.object({
  total: z.number().int(),
  /** The filters matched more calls than were counted: total is a lower bound. */
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  calls: z.array(callListItemSchema),
});
export type CallList = z.infer<typeof callListSchema>;

export const evidenceSchema = z.object({ startSec: z.number(), endSec: z.number(), text: z.string() });

export const callScoreSchema = z.object({
  skillSet: z.string(),
  skill: z.string(),
  label: z.string(),
  score: z.number(),
  weight: z.number().nullable(),
  explanation: z.string().nullable(),
  /** The explanation's two halves when the vendor sends it as a pair (the call analyses API): what went well, what to change. */
  strength: z.string().nullable(),
  fix: z.string().nullable(),
  insufficientEvidence: z.boolean(),
  evidence: z.array(evidenceSchema),
});
export type CallScore = z.infer<typeof callScoreSchema>;

export const callMarkerSchema = z.object({
  kind: z.enum(["evidence", "topic", "comment", "highlight"]),
  startSec: z.number(),
  endSec: z.number().nullable(),
  label: z.string(),
  text: z.string().nullable(),
});
export type CallMarker = z.infer<typeof callMarkerSchema>;

/** A reviewer's comment on, or highlight of, a moment of the call (ExecVision). */
export const callNoteSchema = z.object({
  kind: z.enum(["comment", "highlight"]),
  author: z.string().nullable(),
  givenAt: isoString,
  startSec: z.number(),
  endSec: z.number().nullable(),
  text: z.string().nullable(),
});
export type CallNote = z.infer<typeof callNoteSchema>;

export const callDetailSchema = z.object({
  id: z.number().int(),
  vendor: vendorSchema,
  externalId: z.string(),
  /** The call's name by the one rule of lib/domain/call-title. */
  title: z.string(),
  /** The vendor's own name for the call (a campaign, a recording title), when it sends one. */
  topic: z.string().nullable(),
  rep: z.object({ id: z.number().int(), name: z.string(), team: z.string().nullable() }).nullable(),
  startedAt: isoString,
  durationSec: z.number().nullable(),
  direction: z.string().nullable(),
  outcome: z.string().nullable(),
  status: z.string().nullable(),
  prospect: z.object({ name: z.string().nullable(), email: z.string().nullable(), company: z.string().nullable() }),
  summary: z.string().nullable(),
  nextSteps: z.array(z.string()),
  questionsAndAnswers: z.array(z.object({ question: z.string(), answer: z.string() })),
  sentiment: z.string().nullable(),
  overallScore: z.number().nullable(),
  talk: z.object({
    talkRatio: z.number().nullable(),
    questionsAsked: z.number().nullable(),
    fillerWords: z.number().nullable(),
    wordsPerMinute: z.number().nullable(),
    interruptions: z.number().nullable(),
    longestMonologueSec: z.number().nullable(),
  }),
  scores: z.array(callScoreSchema),
  insight: z
    .object({
      lead: z.record(z.string(), z.unknown()).nullable(),
      messaging: z.record(z.string(), z.unknown()).nullable(),
      targeting: z.record(z.string(), z.unknown()).nullable(),
      gapSkill: z.number().nullable(),
      gapPlaybook: z.number().nullable(),
      gapRationale: z.string().nullable(),
      actionPlan: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
  coaching: z.array(z.object({ kind: z.enum(["win", "opportunity", "drill"]), facet: z.string().nullable(), text: z.string() })),
  markers: z.array(callMarkerSchema),
  notes: z.array(callNoteSchema),
  /** Where the browser streams the recording from; null when the call has none. */
  recordingUrl: z.string().nullable(),
  hasTranscript: z.boolean(),
  /** Scorecards, listens and shares, CRM matches, Salesfinity's checks and objections: see dto-call-extras.ts. */
  extras: callExtrasSchema,
});
export type CallDetail = z.infer<typeof callDetailSchema>;
/** The call as the page's script holds it: the synced extras (scorecard answers, listens, CRM…) are rendered on the server and never sent to the browser. */
export type ClientCall = Omit<CallDetail, "extras">;

export const transcriptResponseSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("ready"), segments: z.array(segmentSchema), words: wordTimingsSchema.nullable(), durationMs: z.number().nullable() }),
  /** Why there is no transcript; `pending` when one will still come (and is worth asking for again). */
  z.object({ status: z.literal("unavailable"), reason: z.string(), pending: z.boolean() }),
]);
export type TranscriptResponse = z.infer<typeof transcriptResponseSchema>;

export const coachingPlanSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  objective: z.string().nullable(),
  rep: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  coach: z.string().nullable(),
  startDate: isoString.nullable(),
  plannedMeetings: z.number().nullable(),
  completedMeetings: z.number().nullable(),
  estimatedMissedMeetings: z.number().nullable(),
  skills: z.array(z.string()),
  meetings: z.array(
    z.object({
      id: z.number().int(),
      at: isoString.nullable(),
      scores: z.array(z.object({ skill: z.string(), score: z.number() })),
      comments: z.string().nullable(),
      reviews: z.array(z.object({ callId: z.number().int().nullable(), title: z.string(), questions: z.number().int() })),
    }),
  ),
  /** Whether the coaching works: the rep's call scores on the plan's skills before the plan and since. */
  effect: z.array(effectSkillSchema),
  /** The coaching given since the plan began; null without a start. See dto-coaching-effect.ts. */
  activity: planActivitySchema.nullable(),
});
export type CoachingPlanView = z.infer<typeof coachingPlanSchema>;

export const coachingSchema = z.object({ plans: z.array(coachingPlanSchema) });

export const syncStatusSchema = z.object({
  /** in-process: this server syncs (SQLite); jobs: workers on PostgreSQL do. */
  mode: z.enum(["in-process", "jobs"]),
  /** Sync jobs that ran out of retries (jobs mode). */
  failedJobs: z.array(z.object({ vendor: z.string(), stream: z.string(), error: z.string(), at: isoString })),
  vendors: z.array(
    z.object({
      vendor: vendorSchema,
      label: z.string(),
      enabled: z.boolean(),
      running: z.boolean(),
      /** A pass queued here behind another process's sync: whose ("ExecVision sync in process 4242, started 12 s ago"). */
      queuedBehind: z.string().nullable(),
      /** Another process syncing this vendor now, as it recorded itself. */
      syncingElsewhere: z.string().nullable(),
      lastSyncedAt: isoString.nullable(),
      error: z.string().nullable(),
      streams: z.array(
        z.object({
          stream: z.string(),
          lastRunAt: isoString.nullable(),
          lastSuccessAt: isoString.nullable(),
          lastError: z.string().nullable(),
          status: z.string().nullable(),
          created: z.number().int(),
          updated: z.number().int(),
          deleted: z.number().int(),
          deadLettered: z.number().int(),
          /** Elements of kept records left out in the last run (words, answers...), with what and why. */
          dropped: z.number().int(),
          dropNotes: z.array(z.object({ what: z.string(), why: z.string(), count: z.number().int(), example: z.string().nullable() })),
          /** What an admin should know that is not an error (an endpoint this account cannot use). */
          note: z.string().nullable(),
        }),
      ),
      deadLetters: z.number().int(),
    }),
  ),
  deadLetters: z.array(z.object({ id: z.number().int(), vendor: z.string(), stream: z.string(), externalId: z.string().nullable(), error: z.string(), createdAt: isoString })),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const userRowSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.string(),
  rep: z.string().nullable(),
  /** The rep this user is, as linked; the name above is theirs. */
  repId: z.number().int().nullable(),
  teams: z.array(z.string()),
  /** The teams managed, in the order of `teams`. */
  teamIds: z.array(z.number().int()),
  /** May no longer sign in. */
  disabled: z.boolean(),
});
export const usersSchema = z.object({
  users: z.array(userRowSchema),
  reps: z.array(z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable() })),
  teams: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type Users = z.infer<typeof usersSchema>;

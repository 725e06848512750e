// What else the vendors synced about one call, beyond its scores and
// transcript: filled-out scorecards, who listened to and shared it, what the
// CRM matched it to, and Salesfinity's per-facet checks and detected
// objections. Part of the call's DTO (callDetailSchema.extras).
import { z } from "zod";

const isoString = z.string();

/** A person as the page names them: the rep's name when Coachboard knows them, else what the vendor gave (an email). */
const personSchema = z.object({ name: z.string().nullable(), email: z.string().nullable() });

export const scorecardAnswerSchema = z.object({
  question: z.string(),
  /** The skills the vendor tags the question with, first one first. */
  skills: z.array(z.string()),
  /** The vendor's scoring scheme: YesNo, PassFail, OneToFive, OneToThree, OneTwo, or one the docs do not list. */
  scheme: z.string(),
  answer: z.number().nullable(),
  rawAnswer: z.number().nullable(),
  /** From the documented scheme table; null for a scheme it does not list. */
  percent: z.number().nullable(),
  reason: z.string().nullable(),
  comment: z.string().nullable(),
});
export type ScorecardAnswerView = z.infer<typeof scorecardAnswerSchema>;

/** One filled-out scorecard: one reviewer's answers at one time. */
export const scorecardResultSchema = z.object({
  resultId: z.string(),
  name: z.string(),
  reviewer: personSchema.nullable(),
  scoredAt: isoString,
  answers: z.array(scorecardAnswerSchema),
});
export type ScorecardResultView = z.infer<typeof scorecardResultSchema>;

export const listenSchema = z.object({
  listener: z.string().nullable(),
  /** The day listened on, YYYY-MM-DD, as the vendor gives it. */
  listenedOn: z.string(),
  secondsListened: z.number(),
});

export const shareSchema = z.object({
  sharedBy: z.string().nullable(),
  sharedAt: isoString,
  /** Each recipient's name when known, else their email; unknown user ids are counted in `others`. */
  recipients: z.array(z.string()),
  others: z.number().int(),
});

export const callActivitySchema = z.object({
  listens: z.array(listenSchema),
  shares: z.array(shareSchema),
  /** More listens or shares than the page lists: the newest are shown. */
  truncated: z.boolean(),
});
export type CallActivity = z.infer<typeof callActivitySchema>;

export const crmRecordSchema = z.object({
  name: z.string().nullable(),
  id: z.string().nullable(),
  /** A link to the record, only when the data gives one or the system's record address is known. */
  url: z.string().nullable(),
});
export type CrmRecordView = z.infer<typeof crmRecordSchema>;

export const crmMatchSchema = z.object({
  system: z.string().nullable(),
  account: crmRecordSchema.nullable(),
  contacts: z.array(crmRecordSchema),
  opportunity: crmRecordSchema.extend({ stage: z.string().nullable(), amount: z.number().nullable() }).nullable(),
});
export type CrmMatchView = z.infer<typeof crmMatchSchema>;

export const facetCheckSchema = z.object({ text: z.string(), passed: z.boolean() });
export const facetMetricSchema = z.object({
  key: z.string(),
  value: z.union([z.number(), z.string(), z.array(z.string())]),
});
export type FacetMetric = z.infer<typeof facetMetricSchema>;

export const facetDetailsSchema = z.object({
  skill: z.string(),
  checks: z.array(facetCheckSchema),
  metrics: z.array(facetMetricSchema),
  recommendation: z.string().nullable(),
});
export type FacetDetails = z.infer<typeof facetDetailsSchema>;

export const objectionSchema = z.object({ text: z.string(), startSec: z.number().nullable() });
export type ObjectionView = z.infer<typeof objectionSchema>;

export const callExtrasSchema = z.object({
  scorecards: z.array(scorecardResultSchema),
  activity: callActivitySchema,
  crm: z.array(crmMatchSchema),
  /** Per facet, in the order of the call's scores; only facets with something to show. */
  facetDetails: z.array(facetDetailsSchema),
  objections: z.array(objectionSchema),
});
export type CallExtras = z.infer<typeof callExtrasSchema>;

// The review queue and what feeds it, as the routes answer them: a rep's
// feedback request on his call, a manager's "reviewed" mark, the queue's calls
// under each filter, the filters' counts and the manager's threshold.
import { z } from "zod";
import { QUEUE_FILTERS } from "./review-queue-filters";

const iso = z.string();
const who = z.object({ id: z.number().int(), name: z.string().nullable() });

export const feedbackRequestSchema = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  note: z.string(),
  requestedBy: who,
  createdAt: iso,
});
export type FeedbackRequestView = z.infer<typeof feedbackRequestSchema>;

/** The call's open feedback request, if its rep asked for feedback and no manager has marked the call reviewed since. */
export const callFeedbackSchema = z.object({ callId: z.number().int(), open: feedbackRequestSchema.nullable() });
export type CallFeedback = z.infer<typeof callFeedbackSchema>;

export const reviewMarkSchema = z.object({ by: who, at: iso });

/** Who marked the call reviewed (the latest first, at most 20) and whether the viewer did. */
export const callReviewStateSchema = z.object({
  callId: z.number().int(),
  reviewed: z.boolean(),
  reviewedByMe: z.boolean(),
  marks: z.array(reviewMarkSchema),
});
export type CallReviewState = z.infer<typeof callReviewStateSchema>;

/** What marking answers: the call's review state, and how many feedback requests it answered. */
export const markReviewedSchema = callReviewStateSchema.extend({ resolvedRequests: z.number().int() });
export type MarkReviewedResult = z.infer<typeof markReviewedSchema>;

export const queueFilterSchema = z.enum(QUEUE_FILTERS);

export const queueItemSchema = z.object({
  callId: z.number().int(),
  title: z.string(),
  startedAt: iso,
  rep: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  vendor: z.string(),
  /** The overall score that stands: the latest applied override or accepted dispute, else the vendor's. */
  score: z.number().nullable(),
  /** Somebody (a manager or an admin) marked the call reviewed. */
  reviewed: z.boolean(),
  reviewedByMe: z.boolean(),
  /** The call's open disputes: how many, and the latest's score, reason and quoted moment. */
  dispute: z.object({ count: z.number().int(), label: z.string(), reason: z.string(), quoteStartSec: z.number().nullable(), by: z.string().nullable(), createdAt: iso }).nullable(),
  /** The rep's open feedback request. */
  feedback: z.object({ note: z.string(), by: z.string().nullable(), createdAt: iso }).nullable(),
  /** Where the call sits in the queue's order: ask for the calls after it with ?cursor=. */
  cursor: z.string(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const reviewQueueSchema = z.object({
  filter: queueFilterSchema,
  threshold: z.number().int(),
  /** Newest call first. */
  items: z.array(queueItemSchema),
  /** The cursor of the page after this one; null at the end. */
  nextCursor: z.string().nullable(),
});
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

const countSchema = z.object({ count: z.number().int(), more: z.boolean() });

export const reviewCountsSchema = z.object({
  threshold: z.number().int(),
  belowDays: z.number().int(),
  unreviewedDays: z.number().int(),
  counts: z.object({ disputes: countSchema, feedback: countSchema, below: countSchema, unreviewed: countSchema }),
});
export type ReviewCounts = z.infer<typeof reviewCountsSchema>;

export const thresholdSchema = z.object({ threshold: z.number().int(), isDefault: z.boolean() });
export type ReviewThreshold = z.infer<typeof thresholdSchema>;

// The review queue for its page, the call page and their routes: the calls
// waiting for a look under each filter, the filters' counts, the viewer's
// threshold, and marking a call reviewed. Reps are refused in words; a call
// outside the viewer's scope is "No such call".
import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import {
  getThreshold,
  markReviewed,
  QueueForbiddenError,
  QueueInputError,
  type QueueQuery,
  queueCounts,
  reviewQueue,
  reviewState,
  setThreshold,
  type ThresholdInput,
} from "@/lib/coaching/review-queue";
import { getSql } from "@/lib/db";
import { toldAs } from "./admin-only";
import {
  type CallReviewState,
  callReviewStateSchema,
  type MarkReviewedResult,
  markReviewedSchema,
  type ReviewCounts,
  reviewCountsSchema,
  type ReviewQueue,
  reviewQueueSchema,
  type ReviewThreshold,
  thresholdSchema,
} from "./dto-review-queue";
import { requireVisibleCall } from "./get-call";

const told = <T>(work: () => Promise<T>) => toldAs(work, { input: QueueInputError, refused: QueueForbiddenError });

export async function getReviewQueue(viewer: Viewer, query: QueueQuery): Promise<ReviewQueue> {
  return reviewQueueSchema.parse(await told(async () => reviewQueue(await getSql(), viewer, query)));
}

export async function getReviewCounts(viewer: Viewer): Promise<ReviewCounts> {
  return reviewCountsSchema.parse(await told(async () => queueCounts(await getSql(), viewer)));
}

export async function getReviewThreshold(viewer: Viewer): Promise<ReviewThreshold> {
  return thresholdSchema.parse(await told(async () => getThreshold(await getSql(), viewer)));
}

export async function updateReviewThreshold(viewer: Viewer, input: ThresholdInput): Promise<ReviewThreshold> {
  return thresholdSchema.parse(await told(async () => setThreshold(await getSql(), viewer, input)));
}

/** Who marked the call reviewed. */
export async function getCallReviewState(viewer: Viewer, callId: number): Promise<CallReviewState> {
  const call = await requireVisibleCall(viewer, callId);
  return callReviewStateSchema.parse(await reviewState(await getSql(), call, viewer));
}

/** A manager or admin marks the call reviewed, answering its open feedback requests. */
export async function markCallReviewed(viewer: Viewer, callId: number): Promise<MarkReviewedResult> {
  const call = await requireVisibleCall(viewer, callId);
  return markReviewedSchema.parse(await told(async () => markReviewed(await getSql(), call, viewer)));
}

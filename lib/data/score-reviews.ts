// Score reviews for the call page, the review queue and their routes. Every
// read and write first finds the call through the viewer's scope: a call he
// cannot open is "No such call", exactly as the call itself answers.
import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import {
  type CreateReviewInput,
  type DecisionInput,
  decideDispute,
  disputeScore,
  listReviews,
  MAX_OPEN_DISPUTES,
  openDisputes,
  overrideScore,
  type ReviewCall,
  ReviewForbiddenError,
  ReviewInputError,
  ReviewNotFoundError,
} from "@/lib/coaching/score-reviews";
import { getSql } from "@/lib/db";
import { type CallReviews, type CallReviewsChange, callReviewsChangeSchema, callReviewsSchema, type OpenDisputes, openDisputesSchema, type ReviewView } from "./dto-score-reviews";
import { toldAs } from "./admin-only";
import { getTrustMarkers, trustKey } from "./calibration";
import { requireVisibleCall } from "./get-call";

const visibleCall = requireVisibleCall;

/** The coaching module's refusals as HTTP answers in words: 400, 403, 404. */
const told = <T>(work: () => Promise<T>) => toldAs(work, { input: ReviewInputError, refused: ReviewForbiddenError, missing: ReviewNotFoundError });

/** The call's scores with each AI score's trust marker, over the viewer's scope. */
async function reviewsWithTrust(viewer: Viewer, call: ReviewCall): Promise<CallReviews> {
  const reviews = await listReviews(await getSql(), call);
  const markers = await getTrustMarkers(viewer, call, reviews.scores);
  return { ...reviews, scores: reviews.scores.map((score) => ({ ...score, trust: markers.get(trustKey(score)) ?? null })) };
}

/** Each score of the call: the vendor's value, the effective one, every review of it, and an AI score's trust marker. */
export async function getCallReviews(viewer: Viewer, callId: number): Promise<CallReviews> {
  const call = await visibleCall(viewer, callId);
  return callReviewsSchema.parse(await reviewsWithTrust(viewer, call));
}

async function afterChange(viewer: Viewer, call: ReviewCall, changed: ReviewView): Promise<CallReviewsChange> {
  return callReviewsChangeSchema.parse({ ...(await reviewsWithTrust(viewer, call)), changed });
}

/** A manager's override or the rep's dispute; answers the call's scores as they now are and the review written. */
export async function createCallReview(viewer: Viewer, callId: number, input: CreateReviewInput): Promise<CallReviewsChange> {
  const call = await visibleCall(viewer, callId);
  const sql = await getSql();
  const changed = await told(() => (input.kind === "override" ? overrideScore(sql, call, viewer, input) : disputeScore(sql, call, viewer, input)));
  return afterChange(viewer, call, changed);
}

/** A manager's or admin's decision on an open dispute of the call. */
export async function decideCallDispute(viewer: Viewer, callId: number, reviewId: number, input: DecisionInput): Promise<CallReviewsChange> {
  const call = await visibleCall(viewer, callId);
  const changed = await told(async () => decideDispute(await getSql(), call, viewer, reviewId, input));
  return afterChange(viewer, call, changed);
}

/** The review queue: the disputes waiting in the viewer's scope, newest first. */
export async function getOpenDisputes(viewer: Viewer, limit = MAX_OPEN_DISPUTES): Promise<OpenDisputes> {
  const disputes = await told(async () => openDisputes(await getSql(), viewer, limit));
  return openDisputesSchema.parse({ disputes });
}

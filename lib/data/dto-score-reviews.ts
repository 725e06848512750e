// Score reviews: a manager's overrides and a rep's disputes of a call's
// scores, as the routes answer them. The vendor's value is always given beside
// the effective one; every review stays in the history, newest first.
import { z } from "zod";
import { trustMarkerSchema } from "./dto-calibration";

const iso = z.string();
const who = z.object({ id: z.number().int(), name: z.string().nullable() });

export const reviewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(["override", "dispute"]),
  state: z.enum(["applied", "open", "accepted", "rejected"]),
  /** The value the review changed (an override, an accepted dispute) or disputed (an open or rejected one). */
  oldScore: z.number().nullable(),
  /** An override's or accepted dispute's new value; an open or rejected dispute's proposal, if the rep made one. */
  newScore: z.number().nullable(),
  reason: z.string(),
  /** A dispute's evidence: the transcript words quoted, and where they are. */
  quote: z.string().nullable(),
  quoteStartSec: z.number().nullable(),
  quoteEndSec: z.number().nullable(),
  createdBy: who,
  createdAt: iso,
  decidedBy: who.nullable(),
  decidedAt: iso.nullable(),
  decisionReason: z.string().nullable(),
});
export type ReviewView = z.infer<typeof reviewSchema>;

export const reviewedScoreSchema = z.object({
  /** Both null: the call's overall score. */
  skillSet: z.string().nullable(),
  skill: z.string().nullable(),
  label: z.string(),
  /** What the vendor sent; null when it sent nothing (or no longer has the skill). */
  vendorScore: z.number().nullable(),
  /** The latest applied override or accepted dispute, else the vendor's value. */
  effectiveScore: z.number().nullable(),
  /** The open dispute of this score, if one waits for a decision. */
  openDisputeId: z.number().int().nullable(),
  /** Newest first. */
  history: z.array(reviewSchema),
  /**
   * An AI score's trust marker: how far the AI agrees with people on its
   * Coachboard skill and vendor, over the viewer's scope. Null: a person's
   * score, or an AI skill counted towards no Coachboard skill.
   */
  trust: trustMarkerSchema.nullable().optional(),
});
export type ReviewedScore = z.infer<typeof reviewedScoreSchema>;

export const callReviewsSchema = z.object({
  callId: z.number().int(),
  /** The overall score first, then each skill in the vendor's order. */
  scores: z.array(reviewedScoreSchema),
});
export type CallReviews = z.infer<typeof callReviewsSchema>;

/** What a change answers: the call's scores as they now are, and the review written or decided. */
export const callReviewsChangeSchema = callReviewsSchema.extend({ changed: reviewSchema });
export type CallReviewsChange = z.infer<typeof callReviewsChangeSchema>;

export const openDisputeSchema = reviewSchema.extend({
  callId: z.number().int(),
  callTitle: z.string(),
  callStartedAt: iso.nullable(),
  rep: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  skillSet: z.string().nullable(),
  skill: z.string().nullable(),
  label: z.string(),
});
export type OpenDisputeView = z.infer<typeof openDisputeSchema>;

export const openDisputesSchema = z.object({ disputes: z.array(openDisputeSchema) });
export type OpenDisputes = z.infer<typeof openDisputesSchema>;

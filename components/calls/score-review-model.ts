// What the score-review panel says of a score, kept pure so it is tested once:
// who reviewed it and how it changed, the words for a review's kind and state,
// and which score a request names.
import type { ScoreRef } from "@/lib/client/use-score-reviews";
import type { ReviewedScore, ReviewView } from "@/lib/data/dto-score-reviews";
import { shortName as shortNameOf } from "@/lib/format";

/** "Rebecca Holt" → "R. Holt"; a single name stays as it is; no name, null. */
export function shortName(name: string | null): string | null {
  return name?.trim() ? shortNameOf(name) : null;
}

/** 74.5 → "75"; null → "—". */
export const scoreText = (score: number | null) => (score === null ? "—" : String(Math.round(score)));

/** The review the effective value comes from: the latest applied override or accepted dispute. */
export function standingReview(score: ReviewedScore): ReviewView | null {
  return score.history.find((r) => r.state === "applied" || r.state === "accepted") ?? null;
}

/** "reviewed by R. Holt: 62 → 75", or null for a score no one has changed. */
export function reviewedMark(score: ReviewedScore): string | null {
  const review = standingReview(score);
  if (!review) return null;
  // An accepted dispute is the deciding manager's change, an override its author's.
  const by = shortName(review.kind === "dispute" ? (review.decidedBy?.name ?? null) : review.createdBy.name);
  return `reviewed${by ? ` by ${by}` : ""}: ${scoreText(review.oldScore)} → ${scoreText(review.newScore)}`;
}

export const KIND_LABEL: Record<ReviewView["kind"], string> = { override: "Override", dispute: "Dispute" };
export const STATE_LABEL: Record<ReviewView["state"], string> = { applied: "Applied", open: "Open", accepted: "Accepted", rejected: "Rejected" };

/** Which score a request names: the overall score names none. */
export function scoreRef(score: Pick<ReviewedScore, "skillSet" | "skill">): ScoreRef {
  return score.skillSet !== null && score.skill !== null ? { skillSet: score.skillSet, skill: score.skill } : {};
}

/** A stable key and element id part for a score. */
export const scoreKey = (score: Pick<ReviewedScore, "skillSet" | "skill">) => (score.skillSet === null || score.skill === null ? "overall" : `${score.skillSet}:${score.skill}`);

/** A 0–100 value typed in a box, or null when the box does not hold one. */
export function parseScore(input: string): number | null {
  const text = input.trim();
  if (!text) return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

// The person's word that stands on each score, shared by every figure that reads scores.
/**
 * The reviews that stand: for each (call, score), the latest override or
 * accepted dispute (by when it took effect, then id). Where one stands it is
 * the score every figure uses; the vendor's value stays where it was.
 */
export const STANDING_REVIEWS = `(SELECT r.id, r.call_id, r.skill_set, r.skill, r.new_score FROM score_reviews r
  WHERE r.state IN ('applied', 'accepted') AND r.new_score IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM score_reviews n WHERE n.call_id = r.call_id AND COALESCE(n.skill_set, '') = COALESCE(r.skill_set, '') AND COALESCE(n.skill, '') = COALESCE(r.skill, '')
      AND n.state IN ('applied', 'accepted') AND n.new_score IS NOT NULL
      AND (COALESCE(n.decided_at, n.created_at) > COALESCE(r.decided_at, r.created_at)
        OR (COALESCE(n.decided_at, n.created_at) = COALESCE(r.decided_at, r.created_at) AND n.id > r.id))))`;

/** The label of a review of a call's overall score. */
export const OVERALL_SCORE_LABEL = "Overall";

/** A reviewed score's label: "Overall", the skill's label, or the skill's key when the vendor no longer sends that score. */
export function reviewedScoreLabel(row: { skill_set: string | null; skill: string | null; label: string | null }): string {
  return row.skill_set === null ? OVERALL_SCORE_LABEL : (row.label ?? row.skill ?? "");
}

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

/**
 * The overall score of call c that stands, by the same rule for one call: its latest applied override or
 * accepted dispute (by when it took effect, then id), else the vendor's. Read per call where a filter or
 * an ORDER BY needs it.
 */
export const EFFECTIVE_OVERALL = `COALESCE((SELECT ev.new_score FROM score_reviews ev
    WHERE ev.call_id = c.id AND ev.skill_set IS NULL AND ev.skill IS NULL AND ev.state IN ('applied', 'accepted') AND ev.new_score IS NOT NULL
    ORDER BY COALESCE(ev.decided_at, ev.created_at) DESC, ev.id DESC LIMIT 1), c.overall_score)`;

/** The label of a review of a call's overall score. */
export const OVERALL_SCORE_LABEL = "Overall";

/** A reviewed score's label: "Overall", the skill's label, or the skill's key when the vendor no longer sends that score. */
export function reviewedScoreLabel(row: { skill_set: string | null; skill: string | null; label: string | null }): string {
  return row.skill_set === null ? OVERALL_SCORE_LABEL : (row.label ?? row.skill ?? "");
}

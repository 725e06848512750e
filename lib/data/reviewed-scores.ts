// The scores people reviewed (a manager's override, an accepted dispute) on
// each rep's calls of a period: the figures take them in place of the
// vendor's, and the leaderboard and the rep page say so, with the latest
// change in words. Reviews are made by hand, so these are few rows.
import "server-only";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import { STANDING_REVIEWS } from "@/lib/domain/standing-reviews";
import type { ReviewedScores } from "./dto";

/** At most this many reviews are read for one board: far more than a period holds. */
const MAX_REVIEWS = 5000;

export interface ReviewedFilter {
  from: Date;
  to: Date;
  vendor?: string | null;
  /** Further conditions on the calls c, each starting with " AND ". */
  where: string;
  params: SqlValue[];
}

/** Each rep's count of reviewed scores that stand in the period (a score reviewed twice counts once), and the latest. */
export async function reviewedScoresByRep(sql: SqlConnection, filter: ReviewedFilter): Promise<Map<number, ReviewedScores>> {
  const rows = await sql.all<{ rep_id: number; skill: string | null; label: string | null; old_score: number | null; new_score: number; by_name: string | null }>(
    `SELECT c.rep_id, r.skill, s.label, r.old_score, r.new_score, u.name AS by_name
     FROM ${STANDING_REVIEWS} st JOIN score_reviews r ON r.id = st.id JOIN calls c ON c.id = r.call_id
     LEFT JOIN users u ON u.id = CASE WHEN r.kind = 'dispute' THEN r.decided_by_user_id ELSE r.created_by_user_id END
     LEFT JOIN call_scores s ON s.call_id = r.call_id AND s.skill_set = r.skill_set AND s.skill = r.skill
     WHERE c.deleted_at IS NULL AND c.started_at >= ? AND c.started_at < ?${filter.vendor ? " AND c.vendor = ?" : ""}${filter.where}
     ORDER BY COALESCE(r.decided_at, r.created_at) DESC, r.id DESC LIMIT ${MAX_REVIEWS}`,
    [filter.from, filter.to, ...(filter.vendor ? [filter.vendor] : []), ...filter.params],
  );
  const byRep = new Map<number, ReviewedScores>();
  for (const r of rows) {
    const entry = byRep.get(Number(r.rep_id));
    if (entry) entry.count++;
    else
      byRep.set(Number(r.rep_id), {
        count: 1,
        latest: { by: r.by_name, what: r.skill === null ? "the overall score" : (r.label ?? r.skill), from: r.old_score === null ? null : Number(r.old_score), to: Number(r.new_score) },
      });
  }
  return byRep;
}

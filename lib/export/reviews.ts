// Score reviews (managers' overrides, reps' disputes and their decisions) as
// flat export rows, streamed in id order a page at a time (keyset on the
// primary key), so an export never holds more than one page in memory.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { toDate, toNumber } from "@/lib/db/values";
import { reviewedScoreLabel } from "@/lib/domain/standing-reviews";
import type { ExportScope } from "./calls";
import { csvHeaderOf, csvRowOf } from "./csv-columns";
import { exportPageSize, keysetPages } from "./pages";

export interface ReviewExportRow {
  id: number;
  callId: number;
  callVendor: string;
  callExternalId: string;
  repName: string | null;
  repEmail: string | null;
  /** Both null: the call's overall score; else one skill of a vendor's set. */
  skillSet: string | null;
  skill: string | null;
  /** "Overall", the skill's label, or the skill's key when the vendor no longer sends that score. */
  scoreLabel: string;
  kind: "override" | "dispute";
  /** applied (an override); open, accepted or rejected (a dispute). */
  state: string;
  oldScore: number | null;
  newScore: number | null;
  reason: string;
  /** A dispute's evidence: the transcript words quoted, and where they are. */
  quote: string | null;
  quoteStartSec: number | null;
  quoteEndSec: number | null;
  createdByUserId: number;
  /** null when the account is gone. */
  createdByName: string | null;
  createdByEmail: string | null;
  decidedByUserId: number | null;
  decidedByName: string | null;
  decidedByEmail: string | null;
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

interface Row {
  id: number;
  call_id: number;
  vendor: string;
  external_id: string;
  rep_name: string | null;
  rep_email: string | null;
  skill_set: string | null;
  skill: string | null;
  label: string | null;
  kind: string;
  state: string;
  old_score: number | null;
  new_score: number | null;
  reason: string;
  quote: string | null;
  quote_start_sec: number | null;
  quote_end_sec: number | null;
  created_by_user_id: number;
  created_by_name: string | null;
  created_by_email: string | null;
  decided_by_user_id: number | null;
  decided_by_name: string | null;
  decided_by_email: string | null;
  decision_reason: string | null;
  created_at: unknown;
  decided_at: unknown;
}

export async function* exportReviews(sql: SqlConnection, scope: ExportScope, options: { pageSize?: number } = {}): AsyncGenerator<ReviewExportRow> {
  const pages = keysetPages(exportPageSize(options.pageSize), (after, limit) =>
    sql.all<Row>(
      `SELECT sr.id, sr.call_id, c.vendor, c.external_id, r.name AS rep_name, r.email AS rep_email, sr.skill_set, sr.skill, s.label,
              sr.kind, sr.state, sr.old_score, sr.new_score, sr.reason, sr.quote, sr.quote_start_sec, sr.quote_end_sec,
              sr.created_by_user_id, cu.name AS created_by_name, cu.email AS created_by_email,
              sr.decided_by_user_id, du.name AS decided_by_name, du.email AS decided_by_email, sr.decision_reason, sr.created_at, sr.decided_at
       FROM score_reviews sr
       JOIN calls c ON c.id = sr.call_id
       LEFT JOIN reps r ON r.id = c.rep_id
       LEFT JOIN call_scores s ON s.call_id = sr.call_id AND s.skill_set = sr.skill_set AND s.skill = sr.skill
       LEFT JOIN users cu ON cu.id = sr.created_by_user_id
       LEFT JOIN users du ON du.id = sr.decided_by_user_id
       WHERE sr.id > ? AND c.deleted_at IS NULL AND (${scope.where})
       ORDER BY sr.id LIMIT ${limit}`,
      [after, ...scope.params],
    ),
  );
  for await (const rows of pages) {
    for (const row of rows) {
      yield {
        id: Number(row.id),
        callId: Number(row.call_id),
        callVendor: row.vendor,
        callExternalId: row.external_id,
        repName: row.rep_name,
        repEmail: row.rep_email,
        skillSet: row.skill_set,
        skill: row.skill,
        scoreLabel: reviewedScoreLabel(row),
        kind: row.kind as ReviewExportRow["kind"],
        state: row.state,
        oldScore: toNumber(row.old_score),
        newScore: toNumber(row.new_score),
        reason: row.reason,
        quote: row.quote,
        quoteStartSec: toNumber(row.quote_start_sec),
        quoteEndSec: toNumber(row.quote_end_sec),
        createdByUserId: Number(row.created_by_user_id),
        createdByName: row.created_by_name,
        createdByEmail: row.created_by_email,
        decidedByUserId: toNumber(row.decided_by_user_id),
        decidedByName: row.decided_by_name,
        decidedByEmail: row.decided_by_email,
        decisionReason: row.decision_reason,
        createdAt: toDate(row.created_at)!.toISOString(),
        decidedAt: toDate(row.decided_at)?.toISOString() ?? null,
      };
    }
  }
}

export const REVIEW_CSV_COLUMNS = [
  "id",
  "callId",
  "callVendor",
  "callExternalId",
  "repName",
  "repEmail",
  "skillSet",
  "skill",
  "scoreLabel",
  "kind",
  "state",
  "oldScore",
  "newScore",
  "reason",
  "quote",
  "quoteStartSec",
  "quoteEndSec",
  "createdByUserId",
  "createdByName",
  "createdByEmail",
  "decidedByUserId",
  "decidedByName",
  "decidedByEmail",
  "decisionReason",
  "createdAt",
  "decidedAt",
] as const satisfies readonly (keyof ReviewExportRow)[];

export function reviewCsvHeader(): string {
  return csvHeaderOf(REVIEW_CSV_COLUMNS);
}

export function reviewCsvLine(row: ReviewExportRow): string {
  return csvRowOf(REVIEW_CSV_COLUMNS, row);
}

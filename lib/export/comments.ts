// Coachboard's comments at moments of calls as flat export rows, streamed in
// id order a page at a time (keyset on the primary key), so an export never
// holds more than one page in memory. Deleted comments are left out unless
// asked for: their words are already erased, and the rows kept for their
// threads are then exported with deletedAt set and no body, quote or mentions.
import "server-only";
import { COMMENT_COLUMNS, COMMENT_FROM, type CommentRow, mentionIds, mentionNames } from "@/lib/coaching/threads";
import type { SqlConnection } from "@/lib/db/sql";
import { toDate, toNumber } from "@/lib/db/values";
import type { ExportScope } from "./calls";
import { csvHeaderOf, csvRowOf } from "./csv-columns";
import { exportPageSize, keysetPages } from "./pages";

export interface CommentExportRow {
  id: number;
  callId: number;
  callVendor: string;
  callExternalId: string;
  repName: string | null;
  repEmail: string | null;
  authorUserId: number;
  /** null when the author's account is gone. */
  authorName: string | null;
  authorEmail: string | null;
  /** A reply: its thread's first comment of ours… */
  parentId: number | null;
  /** …or the synced ExecVision comment or highlight it answers (our id and ExecVision's). */
  feedbackId: number | null;
  feedbackExternalId: string | null;
  startSec: number;
  endSec: number | null;
  quote: string | null;
  /** null once deleted. */
  body: string | null;
  /** The users mentioned, by id and name (null for an account that is gone). */
  mentions: { id: number; name: string | null }[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface CommentExportOptions {
  /** Also the deleted comments, flagged by deletedAt (default: left out). */
  includeDeleted?: boolean;
  /** Rows read per query (default 500, at most 1000). */
  pageSize?: number;
}

/** A comment as the call page reads it, with its call, rep and the author's email beside it. */
interface Row extends CommentRow {
  vendor: string;
  external_id: string;
  rep_name: string | null;
  rep_email: string | null;
  author_email: string | null;
  feedback_external_id: string | null;
}

const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;
const idOrNull = (value: number | null) => (value === null ? null : Number(value));

export async function* exportComments(sql: SqlConnection, scope: ExportScope, options: CommentExportOptions = {}): AsyncGenerator<CommentExportRow> {
  const deleted = options.includeDeleted ? "" : "AND cc.deleted_at IS NULL";
  const pages = keysetPages(exportPageSize(options.pageSize), (after, limit) =>
    sql.all<Row>(
      `SELECT ${COMMENT_COLUMNS}, c.vendor, c.external_id, r.name AS rep_name, r.email AS rep_email, u.email AS author_email, f.external_id AS feedback_external_id
       FROM ${COMMENT_FROM}
       JOIN calls c ON c.id = cc.call_id
       LEFT JOIN reps r ON r.id = c.rep_id
       LEFT JOIN feedback f ON f.id = cc.feedback_id
       WHERE cc.id > ? AND c.deleted_at IS NULL ${deleted} AND (${scope.where})
       ORDER BY cc.id LIMIT ${limit}`,
      [after, ...scope.params],
    ),
  );
  for await (const rows of pages) {
    const names = await mentionNames(sql, rows);
    for (const row of rows) {
      const gone = toDate(row.deleted_at) !== null;
      yield {
        id: Number(row.id),
        callId: Number(row.call_id),
        callVendor: row.vendor,
        callExternalId: row.external_id,
        repName: row.rep_name,
        repEmail: row.rep_email,
        authorUserId: Number(row.author_user_id),
        authorName: row.author_name,
        authorEmail: row.author_email,
        parentId: idOrNull(row.parent_id),
        feedbackId: idOrNull(row.feedback_id),
        feedbackExternalId: row.feedback_external_id,
        startSec: Number(row.start_sec),
        endSec: toNumber(row.end_sec),
        quote: gone ? null : row.quote,
        body: gone ? null : row.body,
        mentions: gone ? [] : mentionIds(row.mentions).map((id) => ({ id, name: names.get(id) ?? null })),
        createdAt: iso(row.created_at)!,
        editedAt: iso(row.edited_at),
        deletedAt: iso(row.deleted_at),
      };
    }
  }
}

export const COMMENT_CSV_COLUMNS = [
  "id",
  "callId",
  "callVendor",
  "callExternalId",
  "repName",
  "repEmail",
  "authorUserId",
  "authorName",
  "authorEmail",
  "parentId",
  "feedbackId",
  "feedbackExternalId",
  "startSec",
  "endSec",
  "quote",
  "body",
  "mentions",
  "createdAt",
  "editedAt",
  "deletedAt",
] as const satisfies readonly (keyof CommentExportRow)[];

export function commentCsvHeader(): string {
  return csvHeaderOf(COMMENT_CSV_COLUMNS);
}

/** One comment as a CSV line; its mentions as a JSON list of {id, name}. */
export function commentCsvLine(row: CommentExportRow): string {
  return csvRowOf(COMMENT_CSV_COLUMNS, row);
}

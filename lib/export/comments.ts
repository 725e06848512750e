// Coachboard's comments at moments of calls as flat export rows, streamed in
// id order a page at a time (keyset on the primary key), so an export never
// holds more than one page in memory. Deleted comments are left out unless
// asked for: their words are already erased, and the rows kept for their
// threads are then exported with deletedAt set and no body, quote or mentions.
import "server-only";
import { mentionIds } from "@/lib/coaching/threads";
import { chunk, placeholders, type SqlConnection } from "@/lib/db/sql";
import { toDate, toNumber } from "@/lib/db/values";
import type { ExportScope } from "./calls";
import { csvHeaderOf, csvRowOf } from "./csv-columns";
import { exportPageSize } from "./pages";

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

interface Row {
  id: number;
  call_id: number;
  vendor: string;
  external_id: string;
  rep_name: string | null;
  rep_email: string | null;
  author_user_id: number;
  author_name: string | null;
  author_email: string | null;
  parent_id: number | null;
  feedback_id: number | null;
  feedback_external_id: string | null;
  start_sec: number;
  end_sec: number | null;
  quote: string | null;
  body: string;
  mentions: unknown;
  created_at: unknown;
  edited_at: unknown;
  deleted_at: unknown;
}

const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;
const idOrNull = (value: number | null) => (value === null ? null : Number(value));

/** Names of the users a page of comments mentions, in reads on the users' primary key. */
async function userNames(sql: SqlConnection, ids: readonly number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const part of chunk([...new Set(ids)], 500)) {
    for (const u of await sql.all<{ id: number; name: string }>(`SELECT id, name FROM users WHERE id IN (${placeholders(part.length)})`, part)) names.set(Number(u.id), u.name);
  }
  return names;
}

export async function* exportComments(sql: SqlConnection, scope: ExportScope, options: CommentExportOptions = {}): AsyncGenerator<CommentExportRow> {
  const limit = exportPageSize(options.pageSize);
  const deleted = options.includeDeleted ? "" : "AND cc.deleted_at IS NULL";
  let after = 0;
  for (;;) {
    const rows = await sql.all<Row>(
      `SELECT cc.id, cc.call_id, c.vendor, c.external_id, r.name AS rep_name, r.email AS rep_email,
              cc.author_user_id, u.name AS author_name, u.email AS author_email, cc.parent_id, cc.feedback_id, f.external_id AS feedback_external_id,
              cc.start_sec, cc.end_sec, cc.quote, cc.body, cc.mentions, cc.created_at, cc.edited_at, cc.deleted_at
       FROM call_comments cc
       JOIN calls c ON c.id = cc.call_id
       LEFT JOIN reps r ON r.id = c.rep_id
       LEFT JOIN users u ON u.id = cc.author_user_id
       LEFT JOIN feedback f ON f.id = cc.feedback_id
       WHERE cc.id > ? AND c.deleted_at IS NULL ${deleted} AND (${scope.where})
       ORDER BY cc.id LIMIT ${limit}`,
      [after, ...scope.params],
    );
    if (!rows.length) return;
    after = Number(rows.at(-1)!.id);
    const names = await userNames(sql, rows.flatMap((row) => (row.deleted_at ? [] : mentionIds(row.mentions))));
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
    if (rows.length < limit) return;
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

// A call's comment threads as the call page shows them: Coachboard's own
// comments and the synced ExecVision comments and highlights, each a thread's
// first comment, with the replies of ours beneath it, oldest moment first.
import "server-only";
import { chunk, placeholders, type SqlConnection } from "@/lib/db/sql";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { noteAuthor } from "@/lib/domain/coaching-notes";
import type { CommentView, ThreadView } from "@/lib/data/dto-comments";
import type { CommentCall } from "./people";

/** The most comments of ours one call holds: creating one more is refused, so the threads are always read whole. */
export const MAX_COMMENTS_PER_CALL = 1000;
/** The synced comments and highlights read for one call. */
const MAX_FEEDBACK = 500;

export interface CommentRow {
  id: number;
  call_id: number;
  author_user_id: number;
  author_name: string | null;
  parent_id: number | null;
  feedback_id: number | null;
  start_sec: number;
  end_sec: number | null;
  quote: string | null;
  body: string;
  mentions: unknown;
  created_at: unknown;
  edited_at: unknown;
  deleted_at: unknown;
}

export const COMMENT_COLUMNS = `cc.id, cc.call_id, cc.author_user_id, u.name AS author_name, cc.parent_id, cc.feedback_id, cc.start_sec, cc.end_sec,
  cc.quote, cc.body, cc.mentions, cc.created_at, cc.edited_at, cc.deleted_at`;
export const COMMENT_FROM = `call_comments cc LEFT JOIN users u ON u.id = cc.author_user_id`;

/** The user ids a comment mentions, as stored (anything else in the column is ignored). */
export function mentionIds(value: unknown): number[] {
  let list: unknown;
  try {
    list = parseJsonColumn<unknown>(value);
  } catch {
    return [];
  }
  return Array.isArray(list) ? [...new Set(list.filter((v): v is number => Number.isInteger(v) && v > 0))] : [];
}

/** Names of the mentioned users, in a few reads on the users' primary key. */
export async function mentionNames(sql: SqlConnection, rows: readonly Pick<CommentRow, "mentions" | "deleted_at">[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.filter((r) => !r.deleted_at).flatMap((r) => mentionIds(r.mentions)))];
  const names = new Map<number, string>();
  for (const part of chunk(ids, 500)) {
    for (const u of await sql.all<{ id: number; name: string }>(`SELECT id, name FROM users WHERE id IN (${placeholders(part.length)})`, part)) names.set(Number(u.id), u.name);
  }
  return names;
}

export function commentView(row: CommentRow, viewerUserId: number, names: ReadonlyMap<number, string>): CommentView {
  const deleted = toDate(row.deleted_at) !== null;
  const authorId = Number(row.author_user_id);
  return {
    key: `c${row.id}`,
    id: Number(row.id),
    feedbackId: null,
    source: "coachboard",
    kind: "comment",
    author: { id: authorId, name: row.author_name ?? "Former user" },
    startSec: Number(row.start_sec),
    endSec: toNumber(row.end_sec),
    quote: deleted ? null : row.quote,
    body: deleted ? null : row.body,
    deleted,
    createdAt: toDate(row.created_at)!.toISOString(),
    editedAt: toDate(row.edited_at)?.toISOString() ?? null,
    mentions: deleted ? [] : mentionIds(row.mentions).flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    mine: !deleted && authorId === viewerUserId,
  };
}

/** A synced comment's text as plain words (ExecVision sends HTML). */
export function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}

interface FeedbackRow {
  id: number;
  is_highlight: unknown;
  text: string | null;
  start_sec: number;
  end_sec: number | null;
  given_at: unknown;
  author: string | null;
}

function feedbackView(f: FeedbackRow): CommentView {
  return {
    key: `f${f.id}`,
    id: null,
    feedbackId: Number(f.id),
    source: "execvision",
    kind: toBool(f.is_highlight) ? "highlight" : "comment",
    // A vendor user is a rep identity, named by its rep.
    author: { id: null, name: noteAuthor({ author: f.author }) },
    startSec: Number(f.start_sec),
    endSec: toNumber(f.end_sec),
    quote: null,
    body: f.text ? plainText(f.text) : "",
    deleted: false,
    createdAt: toDate(f.given_at)!.toISOString(),
    editedAt: null,
    mentions: [],
    mine: false,
  };
}

const byTime = (a: CommentView, b: CommentView) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
const byKey = (a: CommentView, b: CommentView) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The call's threads, oldest moment first (ties: the earlier written first).
 * A reply whose first comment is gone (a synced comment ExecVision no longer
 * sends) stands as a thread of its own at its moment, so nothing written is lost.
 */
export async function listThreads(sql: SqlConnection, call: CommentCall, viewerUserId: number): Promise<ThreadView[]> {
  const [rows, feedback] = await Promise.all([
    sql.all<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM ${COMMENT_FROM} WHERE cc.call_id = ? ORDER BY cc.start_sec, cc.created_at, cc.id LIMIT ${MAX_COMMENTS_PER_CALL}`, [call.id]),
    sql.all<FeedbackRow>(
      `SELECT f.id, f.is_highlight, f.text, f.start_sec, f.end_sec, f.given_at, ar.name AS author
       FROM feedback f
       LEFT JOIN rep_identities ai ON ai.vendor = f.vendor AND ai.external_id = f.author_external_id
       LEFT JOIN reps ar ON ar.id = ai.rep_id
       WHERE f.vendor = ? AND f.call_external_id = ? ORDER BY f.start_sec, f.given_at, f.id LIMIT ${MAX_FEEDBACK}`,
      [call.vendor, call.external_id],
    ),
  ]);
  const names = await mentionNames(sql, rows);
  const threads = new Map<string, ThreadView>();
  for (const f of feedback) threads.set(`f${f.id}`, { ...feedbackView(f), replies: [] });
  for (const row of rows) if (row.parent_id === null && row.feedback_id === null) threads.set(`c${row.id}`, { ...commentView(row, viewerUserId, names), replies: [] });
  for (const row of rows) {
    if (row.parent_id === null && row.feedback_id === null) continue;
    const view = commentView(row, viewerUserId, names);
    const root = threads.get(row.parent_id !== null ? `c${row.parent_id}` : `f${row.feedback_id}`);
    if (root) root.replies.push(view);
    else threads.set(view.key, { ...view, replies: [] });
  }
  const list = [...threads.values()];
  for (const t of list) t.replies.sort((a, b) => byTime(a, b) || (a.id ?? 0) - (b.id ?? 0));
  return list.sort((a, b) => a.startSec - b.startSec || byTime(a, b) || byKey(a, b));
}

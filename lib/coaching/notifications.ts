// The in-app inbox: what a user was told (mentions, replies, score disputes and reviews, feedback requests), newest first,
// and marking it read. A notice about a call the user can no longer open (moved
// to another team, his role changed, the call deleted) is left out of the
// inbox and its unread count, text and all: the inbox never names a call
// outside the viewer's scope.
import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { placeholders, type SqlConnection, type SqlValue } from "@/lib/db/sql";
import { toDate } from "@/lib/db/values";
import type { Inbox, NotificationView } from "@/lib/data/dto-comments";
import { callScope } from "@/lib/data/scope";

export const MAX_INBOX = 50;
export const DEFAULT_INBOX = 20;
export const MAX_MARK_READ = 200;
/** The unread count stops here (the badge reads "999+"); counting further costs reads for nothing. */
export const MAX_UNREAD_COUNTED = 1000;
/**
 * The kinds the inbox shows: mentions and replies on comments, a rep's dispute
 * of a score and his request for feedback on a call (to his managers), a review
 * of a score or of the call (to the rep).
 */
export const KINDS = ["mention", "reply", "dispute", "review", "feedback"] as const;

/** The viewer's notices about calls he can still open (or about no call), as FROM … WHERE … over notifications n. */
function visible(viewer: Viewer): { sql: string; params: SqlValue[] } {
  const scope = callScope(viewer);
  return {
    sql: `FROM notifications n
          LEFT JOIN calls c ON c.id = n.call_id
          LEFT JOIN reps r ON r.id = c.rep_id
          LEFT JOIN users a ON a.id = n.actor_user_id
          WHERE n.user_id = ? AND n.kind IN (${placeholders(KINDS.length)})
            AND (n.call_id IS NULL OR (c.id IS NOT NULL AND c.deleted_at IS NULL AND ${scope.sql}))`,
    params: [viewer.userId, ...KINDS, ...scope.params],
  };
}

export function notificationHref(callId: number | null, commentId: number | null): string | null {
  if (callId === null) return null;
  return commentId === null ? `/calls/${callId}` : `/calls/${callId}?comment=c${commentId}`;
}

/** The viewer's latest notices (at most MAX_INBOX) and how many are unread. */
export async function getInbox(sql: SqlConnection, viewer: Viewer, limit = DEFAULT_INBOX): Promise<Inbox> {
  const take = Math.min(MAX_INBOX, Math.max(1, Math.floor(limit)));
  const where = visible(viewer);
  const [rows, [count]] = await Promise.all([
    sql.all<{ id: number; kind: string; text: string; call_id: number | null; comment_id: number | null; actor: string | null; created_at: unknown; read_at: unknown }>(
      `SELECT n.id, n.kind, n.text, n.call_id, n.comment_id, a.name AS actor, n.created_at, n.read_at
       ${where.sql}
       ORDER BY n.created_at DESC, n.id DESC LIMIT ${take}`,
      where.params,
    ),
    sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 AS one ${where.sql} AND n.read_at IS NULL LIMIT ${MAX_UNREAD_COUNTED}) unread`, where.params),
  ]);
  const items: NotificationView[] = rows.map((r) => {
    const callId = r.call_id === null ? null : Number(r.call_id);
    const commentId = r.comment_id === null ? null : Number(r.comment_id);
    return {
      id: Number(r.id),
      kind: r.kind as NotificationView["kind"],
      text: r.text,
      actor: r.actor,
      callId,
      href: notificationHref(callId, commentId),
      createdAt: toDate(r.created_at)!.toISOString(),
      read: toDate(r.read_at) !== null,
    };
  });
  return { unread: Number(count?.n ?? 0), items };
}

/** Marks the viewer's own notices read: the ones named, or all. Others' ids are ignored. Answers how many changed. */
export async function markRead(sql: SqlConnection, viewer: Viewer, which: { ids: number[] } | { all: true }, now = new Date()): Promise<number> {
  if ("all" in which) return sql.run(`UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL`, [now, viewer.userId]);
  const ids = [...new Set(which.ids)].slice(0, MAX_MARK_READ);
  if (!ids.length) return 0;
  return sql.run(`UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (${placeholders(ids.length)})`, [now, viewer.userId, ...ids]);
}

// Telling people what happened on a call: who is told (the call's rep's own
// users, his team's managers) and the notifications themselves, written in the
// transaction of what happened. Also the lock that makes two writes on one call
// take turns.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import type { NotificationView } from "@/lib/data/dto-comments";
import type { CommentCall } from "./people";

/** More managers than any team has; past it the rest are not told. */
const MAX_MANAGERS_TOLD = 500;
/** More accounts than one rep has. */
const MAX_REP_USERS = 50;

export interface Notice {
  userId: number;
  kind: NotificationView["kind"];
  callId: number;
  /** The comment it is about, for mentions and replies. */
  commentId?: number | null;
  actorUserId: number;
  text: string;
}

/** Holds the call for this transaction, so two writes on one call are made one after the other (SQLite's write transactions already are). */
export async function holdCall(tx: SqlConnection, call: Pick<CommentCall, "id">): Promise<void> {
  if (tx.provider === "postgresql") await tx.all(`SELECT id FROM calls WHERE id = ? FOR UPDATE`, [call.id]);
}

/** The managers of the call's rep's team (enabled accounts). */
export async function callRepManagers(sql: SqlConnection, call: Pick<CommentCall, "rep_id">): Promise<number[]> {
  if (call.rep_id === null) return [];
  const rows = await sql.all<{ id: number }>(
    `SELECT DISTINCT u.id FROM users u JOIN user_teams ut ON ut.user_id = u.id JOIN reps r ON r.team_id = ut.team_id
     WHERE r.id = ? AND u.role = 'manager' AND u.disabled = ? LIMIT ${MAX_MANAGERS_TOLD}`,
    [call.rep_id, false],
  );
  return rows.map((r) => Number(r.id));
}

/** The call's rep's own users (enabled accounts). */
export async function callRepUsers(sql: SqlConnection, call: Pick<CommentCall, "rep_id">): Promise<number[]> {
  if (call.rep_id === null) return [];
  const rows = await sql.all<{ id: number }>(`SELECT id FROM users WHERE role = 'rep' AND rep_id = ? AND disabled = ? LIMIT ${MAX_REP_USERS}`, [call.rep_id, false]);
  return rows.map((r) => Number(r.id));
}

/** Writes the notices, in the caller's transaction. */
export async function writeNotices(tx: SqlConnection, notices: Iterable<Notice>, now: Date): Promise<void> {
  for (const n of notices) {
    await tx.run(`INSERT INTO notifications (user_id, kind, call_id, comment_id, actor_user_id, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      n.userId,
      n.kind,
      n.callId,
      n.commentId ?? null,
      n.actorUserId,
      n.text,
      now,
    ]);
  }
}

/** Tells each of the users once, never the one who acted. */
export async function notifyUsers(tx: SqlConnection, userIds: Iterable<number>, notice: Omit<Notice, "userId">, now: Date): Promise<void> {
  const told = [...new Set(userIds)].filter((id) => id !== notice.actorUserId);
  await writeNotices(tx, told.map((userId) => ({ ...notice, userId })), now);
}

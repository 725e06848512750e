// The audit trail of people admin: one row per change an admin makes to a
// user, a rep or a vendor identity, written in the same transaction as the
// change, so a change and its record land together or not at all.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { parseJsonColumn, toDate } from "@/lib/db/values";

export type AuditTarget = "user" | "rep" | "identity" | "skill" | "score";

export interface AuditEntry {
  /** The admin who made the change; null for the command line. */
  actorUserId: number | null;
  /** What happened, as noun.verb: user.update, user.disable, identity.link, rep.merge… */
  action: string;
  targetKind: AuditTarget;
  targetId: string | number;
  /** The values before and after, or what else explains the change. */
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: SqlConnection, entry: AuditEntry, now = new Date()): Promise<void> {
  await tx.run(`INSERT INTO audit_events (actor_user_id, action, target_kind, target_id, details, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
    entry.actorUserId,
    entry.action,
    entry.targetKind,
    String(entry.targetId),
    entry.details === undefined ? null : JSON.stringify(entry.details),
    now,
  ]);
}

export interface AuditEvent {
  id: number;
  actorUserId: number | null;
  actor: string | null;
  action: string;
  targetKind: string;
  targetId: string;
  details: unknown;
  at: Date;
}

/** The latest audit events, newest first, at most `limit`; for one target when given. */
export async function listAudit(sql: SqlConnection, options: { limit?: number; target?: { kind: AuditTarget; id: string | number } } = {}): Promise<AuditEvent[]> {
  const limit = Math.min(500, Math.max(1, options.limit ?? 100));
  const where = options.target ? `WHERE a.target_kind = ? AND a.target_id = ?` : "";
  const rows = await sql.all<{ id: number; actor_user_id: number | null; actor: string | null; action: string; target_kind: string; target_id: string; details: unknown; created_at: unknown }>(
    `SELECT a.id, a.actor_user_id, u.name AS actor, a.action, a.target_kind, a.target_id, a.details, a.created_at
     FROM audit_events a LEFT JOIN users u ON u.id = a.actor_user_id ${where} ORDER BY a.id DESC LIMIT ${limit}`,
    options.target ? [options.target.kind, String(options.target.id)] : [],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id),
    actor: r.actor,
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    details: parseJsonColumn(r.details),
    at: toDate(r.created_at) ?? new Date(0),
  }));
}

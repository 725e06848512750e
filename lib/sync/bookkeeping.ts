// The sync's own tables: leases, stream states (cursors), runs, dead letters.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { toDate } from "@/lib/db/values";
import type { Json } from "@/lib/domain/records";
import type { Vendor } from "@/lib/domain/vendors";
import type { Counts } from "./store";
import type { StreamState } from "./types";

/** Who holds a vendor's sync lock, as recorded by the holder. */
export interface LockHolder {
  owner: string;
  pid: number;
  host: string;
  trigger: string;
  acquiredAt: Date;
  heartbeatAt: Date;
}

/**
 * Records this process as the vendor's sync holder. Called only while holding
 * the vendor's lock, so any row there is a dead holder's and is replaced.
 */
export async function recordHolder(sql: SqlConnection, vendor: Vendor, holder: Omit<LockHolder, "heartbeatAt">): Promise<void> {
  await sql.run(
    `INSERT INTO sync_leases (vendor, owner, pid, host, trigger, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (vendor) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host, trigger = excluded.trigger,
       acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`,
    [vendor, holder.owner, holder.pid, holder.host, holder.trigger, holder.acquiredAt, holder.acquiredAt],
  );
}

/** Marks the holder alive (for the waiting process's message); false if the row is someone else's now. */
export async function touchHolder(sql: SqlConnection, vendor: Vendor, owner: string, now: Date): Promise<boolean> {
  return (await sql.run(`UPDATE sync_leases SET heartbeat_at = ? WHERE vendor = ? AND owner = ?`, [now, vendor, owner])) > 0;
}

export async function clearHolder(sql: SqlConnection, vendor: Vendor, owner: string): Promise<void> {
  await sql.run(`DELETE FROM sync_leases WHERE vendor = ? AND owner = ?`, [vendor, owner]);
}

/** The recorded holder of a vendor's lock, if any (it may have died since: only the lock itself tells). */
export async function readHolder(sql: SqlConnection, vendor: Vendor): Promise<LockHolder | null> {
  const [row] = await sql.all<{ owner: string; pid: number; host: string; trigger: string; acquired_at: unknown; heartbeat_at: unknown }>(
    `SELECT owner, pid, host, trigger, acquired_at, heartbeat_at FROM sync_leases WHERE vendor = ?`,
    [vendor],
  );
  if (!row) return null;
  return { owner: row.owner, pid: Number(row.pid), host: row.host, trigger: row.trigger, acquiredAt: toDate(row.acquired_at) ?? new Date(0), heartbeatAt: toDate(row.heartbeat_at) ?? new Date(0) };
}

interface StateRow {
  cursor: string | null;
  state: unknown;
  version: number;
}

export interface LoadedState {
  state: StreamState;
  version: number;
}

function parseJson(value: unknown): Json | null {
  if (value === null || value === undefined) return null;
  return (typeof value === "string" ? JSON.parse(value) : value) as Json;
}

export async function loadStreamState(sql: SqlConnection, vendor: Vendor, stream: string, now: Date): Promise<LoadedState> {
  await sql.run(`INSERT INTO sync_states (vendor, stream, version, updated_at) VALUES (?, ?, 0, ?) ON CONFLICT (vendor, stream) DO NOTHING`, [vendor, stream, now]);
  const [row] = await sql.all<StateRow>(`SELECT cursor, state, version FROM sync_states WHERE vendor = ? AND stream = ?`, [vendor, stream]);
  return { state: { cursor: row.cursor, data: parseJson(row.state) }, version: Number(row.version) };
}

/**
 * Moves a stream's state, in the caller's transaction, only if nobody moved
 * it since it was read and this owner is still the vendor's recorded holder.
 * Returns false otherwise; the caller must then roll back.
 */
export async function advanceStreamState(
  tx: SqlConnection,
  target: { vendor: Vendor; stream: string; owner: string; version: number },
  state: StreamState,
  now: Date,
): Promise<boolean> {
  const changed = await tx.run(
    `UPDATE sync_states SET cursor = ?, state = ?, version = version + 1, updated_at = ?
     WHERE vendor = ? AND stream = ? AND version = ?
       AND EXISTS (SELECT 1 FROM sync_leases WHERE vendor = ? AND owner = ?)`,
    [state.cursor, state.data === null ? null : JSON.stringify(state.data), now, target.vendor, target.stream, target.version, target.vendor, target.owner],
  );
  return changed === 1;
}

/** Confirms, inside a transaction that writes without moving a cursor, that this owner is still the holder. */
export async function isHolder(tx: SqlConnection, vendor: Vendor, owner: string): Promise<boolean> {
  const rows = await tx.all(`SELECT 1 AS held FROM sync_leases WHERE vendor = ? AND owner = ?`, [vendor, owner]);
  return rows.length > 0;
}

export async function recordStreamOutcome(sql: SqlConnection, vendor: Vendor, stream: string, now: Date, error: string | null): Promise<void> {
  if (error) {
    await sql.run(`UPDATE sync_states SET last_error = ?, last_error_at = ?, updated_at = ? WHERE vendor = ? AND stream = ?`, [error, now, now, vendor, stream]);
  } else {
    await sql.run(`UPDATE sync_states SET last_success_at = ?, last_error = NULL, updated_at = ? WHERE vendor = ? AND stream = ?`, [now, now, vendor, stream]);
  }
}

/** What an admin should know about a stream that is not an error (an endpoint this account cannot use); null clears it. */
export async function setStreamNote(tx: SqlConnection, vendor: Vendor, stream: string, note: string | null, now: Date): Promise<void> {
  await tx.run(`UPDATE sync_states SET note = ?, updated_at = ? WHERE vendor = ? AND stream = ?`, [note, now, vendor, stream]);
}

export async function startRun(sql: SqlConnection, vendor: Vendor, stream: string, trigger: string, now: Date): Promise<number> {
  const [row] = await sql.all<{ id: number }>(
    `INSERT INTO sync_runs (vendor, stream, trigger, status, started_at) VALUES (?, ?, ?, 'running', ?) RETURNING id`,
    [vendor, stream, trigger, now],
  );
  return Number(row.id);
}

export interface RunTotals extends Counts {
  deadLettered: number;
  /** Elements of kept records left out as unusable. */
  dropped: number;
  requests: number;
}

export async function updateRun(sql: SqlConnection, runId: number, totals: RunTotals, dropNotes: string | null = null): Promise<void> {
  await sql.run(`UPDATE sync_runs SET created = ?, updated = ?, unchanged = ?, deleted = ?, dead_lettered = ?, dropped = ?, drop_notes = ?, requests = ? WHERE id = ?`, [
    totals.created,
    totals.updated,
    totals.unchanged,
    totals.deleted,
    totals.deadLettered,
    totals.dropped,
    dropNotes,
    totals.requests,
    runId,
  ]);
}

export async function finishRun(
  sql: SqlConnection,
  runId: number,
  totals: RunTotals,
  now: Date,
  error: string | null,
  dropNotes: string | null = null,
  status: "stopped" | undefined = undefined,
): Promise<void> {
  await updateRun(sql, runId, totals, dropNotes);
  await sql.run(`UPDATE sync_runs SET status = ?, ended_at = ?, error = ? WHERE id = ?`, [status ?? (error ? "failed" : "succeeded"), now, error, runId]);
}

/** Keeps a payload that failed validation, once: an identical unresolved one is not stored again. */
export async function deadLetter(
  tx: SqlConnection,
  entry: { vendor: Vendor; stream: string; externalId: string | null; payload: string; error: string },
  now: Date,
): Promise<boolean> {
  const same = await tx.all(
    `SELECT 1 AS present FROM dead_letters WHERE vendor = ? AND stream = ? AND resolved_at IS NULL AND payload = ? AND ${entry.externalId === null ? "external_id IS NULL" : "external_id = ?"}`,
    entry.externalId === null ? [entry.vendor, entry.stream, entry.payload] : [entry.vendor, entry.stream, entry.payload, entry.externalId],
  );
  if (same.length) return false;
  await tx.run(`INSERT INTO dead_letters (vendor, stream, external_id, payload, error, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
    entry.vendor,
    entry.stream,
    entry.externalId,
    entry.payload,
    entry.error,
    now,
  ]);
  return true;
}

/** Dead letters of records that have since arrived valid are resolved. */
export async function resolveDeadLetters(tx: SqlConnection, vendor: Vendor, stream: string, externalIds: string[], now: Date): Promise<void> {
  for (let i = 0; i < externalIds.length; i += 500) {
    const part = externalIds.slice(i, i + 500);
    await tx.run(
      `UPDATE dead_letters SET resolved_at = ? WHERE vendor = ? AND stream = ? AND resolved_at IS NULL AND external_id IN (${part.map(() => "?").join(", ")})`,
      [now, vendor, stream, ...part],
    );
  }
}

export async function settleDeliveries(tx: SqlConnection, ids: number[], now: Date): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    await tx.run(`UPDATE webhook_deliveries SET processed_at = ? WHERE id IN (${part.map(() => "?").join(", ")})`, [now, ...part]);
  }
}

/** How long a fetched webhook delivery is kept to recognise a replay; the fetch is the truth, so an older replay only fetches again. */
export const WEBHOOK_RETENTION_DAYS = 30;

/** Forgets webhook deliveries fetched longer ago than the retention period; returns how many. */
export async function pruneWebhookDeliveries(sql: SqlConnection, now: Date, retentionDays = WEBHOOK_RETENTION_DAYS): Promise<number> {
  return sql.run(`DELETE FROM webhook_deliveries WHERE processed_at IS NOT NULL AND processed_at < ?`, [new Date(now.getTime() - retentionDays * 86_400_000)]);
}

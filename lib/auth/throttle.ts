// Sign-in throttling by account and by client address. Counts live in the
// database, so every web process (and every restart) sees the same ones.
// An attempt is counted as failed before its password is checked and given
// back when it succeeds: a burst of parallel guesses is counted as it
// arrives, not after the slow hash checks finish.
import "server-only";
import { createHash } from "node:crypto";
import type { SqlConnection } from "@/lib/db/sql";

export interface ThrottlePolicy {
  /** Failures allowed with no wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** At this many failures the key is locked for lockMs. */
  lockAfter: number;
  /** Also how long failures are remembered: a key that fails no more for this long starts over. */
  lockMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 3, firstDelayMs: 1_000, maxDelayMs: 60_000, lockAfter: 10, lockMs: 15 * 60_000 };
// Several people may sign in from one office address: more room, the same lock.
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 20, firstDelayMs: 1_000, maxDelayMs: 60_000, lockAfter: 100, lockMs: 15 * 60_000 };

/** How long a key that has just reached `failures` must wait before its next attempt. */
export function waitAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures >= policy.lockAfter) return policy.lockMs;
  if (failures <= policy.freeFailures) return 0;
  return Math.min(policy.firstDelayMs * 2 ** (failures - policy.freeFailures - 1), policy.maxDelayMs);
}

export interface ThrottleKey {
  kind: "account" | "address";
  value: string;
  policy: ThrottlePolicy;
}

interface StoredKey {
  kind: ThrottleKey["kind"];
  stored: string;
  policy: ThrottlePolicy;
}

export type Admission = { admitted: true; keys: StoredKey[] } | { admitted: false; retryAfterMs: number };

/** Stored keys are hashes: fixed length whatever was typed, and no list of the emails people tried. */
function storedKey(key: ThrottleKey): string {
  return createHash("sha256").update(`${key.kind}:${key.value}`).digest("hex");
}

interface Row {
  key: string;
  failures: number | string;
  last_failure_at: number | string | bigint;
  blocked_until: number | string | bigint;
}

/**
 * Admits one attempt, counting it as a failure under every key, or refuses it
 * while any key is waiting or locked. A refused attempt changes nothing, so a
 * lock ends when it said it would.
 */
export async function admitAttempt(sql: SqlConnection, keys: ThrottleKey[], now: number): Promise<Admission> {
  const entries: StoredKey[] = keys.map((key) => ({ kind: key.kind, stored: storedKey(key), policy: key.policy })).sort((a, b) => a.stored.localeCompare(b.stored));
  return sql.transaction(async (tx) => {
    const rows = await lockAndRead(tx, entries);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    const waits = rows.map((row) => Number(row.blocked_until) - now).filter((ms) => ms > 0);
    if (waits.length) return { admitted: false, retryAfterMs: Math.max(...waits) };
    for (const { stored, policy } of entries) {
      const row = byKey.get(stored);
      const remembered = row && now - Number(row.last_failure_at) < policy.lockMs ? Number(row.failures) : 0;
      const failures = remembered + 1;
      await tx.run(
        `INSERT INTO sign_in_throttles (key, failures, last_failure_at, blocked_until) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until`,
        [stored, failures, now, now + waitAfter(failures, policy)],
      );
    }
    // Rows idle past the lock hold nothing any more. On PostgreSQL, rows another attempt holds are
    // left for later: waiting on them while holding ours could deadlock two attempts.
    const idleSince = now - Math.max(ACCOUNT_POLICY.lockMs, ADDRESS_POLICY.lockMs);
    if (tx.provider === "postgresql") {
      await tx.run(`DELETE FROM sign_in_throttles WHERE key IN (SELECT key FROM sign_in_throttles WHERE last_failure_at <= ? FOR UPDATE SKIP LOCKED)`, [idleSince]);
    } else {
      await tx.run(`DELETE FROM sign_in_throttles WHERE last_failure_at <= ?`, [idleSince]);
    }
    return { admitted: true, keys: entries };
  });
}

/** Takes the keys' locks (PostgreSQL; SQLite's write transaction already excludes everyone) and reads their rows. */
async function lockAndRead(tx: SqlConnection, entries: StoredKey[]): Promise<Row[]> {
  if (!entries.length) return [];
  if (tx.provider === "postgresql") {
    // A row lock cannot hold a key with no row yet; these hold it either way (taken in one order: no deadlock).
    for (const entry of entries) await tx.all(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`sign-in:${entry.stored}`]);
  }
  return tx.all<Row>(`SELECT key, failures, last_failure_at, blocked_until FROM sign_in_throttles WHERE key IN (${entries.map(() => "?").join(", ")})`, entries.map((e) => e.stored));
}

/**
 * The attempt succeeded: its account starts over, and its address gets back
 * the failure it was counted, with the wait that failure brought (the address
 * keeps its other failures: one good password must not wipe a spray of
 * guesses from the same place).
 */
export async function recordSuccess(sql: SqlConnection, admitted: StoredKey[]): Promise<void> {
  await sql.transaction(async (tx) => {
    const rows = new Map((await lockAndRead(tx, admitted)).map((row) => [row.key, row]));
    for (const { kind, stored, policy } of admitted) {
      const row = rows.get(stored);
      if (!row) continue;
      const failures = Number(row.failures) - 1;
      if (kind === "account" || failures <= 0) {
        await tx.run(`DELETE FROM sign_in_throttles WHERE key = ?`, [stored]);
        continue;
      }
      const blockedUntil = Math.min(Number(row.blocked_until), Number(row.last_failure_at) + waitAfter(failures, policy));
      await tx.run(`UPDATE sign_in_throttles SET failures = ?, blocked_until = ? WHERE key = ?`, [failures, blockedUntil, stored]);
    }
  });
}

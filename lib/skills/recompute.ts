// Rebuilding the rollups after the skill mapping changed. A mapping change
// queues a run (in the transaction that changes the mapping); the run walks
// every (rep, day) that has calls, a hundred at a time, each step its own
// short transaction, so the sync and the pages keep going meanwhile and an
// admin sees its progress. The process running it holds a lock that dies
// with it; whoever runs next resumes from the cursor. A change made while a
// run is under way bumps the generation and the run starts over.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { toDate } from "@/lib/db/values";
import { refreshRollups } from "@/lib/sync/store/rollups";

const LOCK = "skill-recompute";
/** (rep, day) keys per step: one step is one short transaction. */
export const RECOMPUTE_STEP_KEYS = 100;

export type RecomputeState = "idle" | "queued" | "running" | "done" | "failed";

export interface RecomputeStatus {
  state: RecomputeState;
  generation: number;
  totalKeys: number;
  doneKeys: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
}

interface Row {
  generation: number;
  state: string;
  total_keys: number;
  done_keys: number;
  cursor_rep: number;
  cursor_day: number;
  error: string | null;
  started_at: unknown;
  finished_at: unknown;
}

async function readRow(sql: SqlConnection): Promise<Row | undefined> {
  return (await sql.all<Row>(`SELECT generation, state, total_keys, done_keys, cursor_rep, cursor_day, error, started_at, finished_at FROM skill_recomputes WHERE id = 1`))[0];
}

export async function readRecompute(sql: SqlConnection): Promise<RecomputeStatus> {
  const row = await readRow(sql);
  if (!row) return { state: "idle", generation: 0, totalKeys: 0, doneKeys: 0, startedAt: null, finishedAt: null, error: null };
  return {
    state: row.state as RecomputeState,
    generation: Number(row.generation),
    totalKeys: Number(row.total_keys),
    doneKeys: Number(row.done_keys),
    startedAt: row.started_at ? toDate(row.started_at) : null,
    finishedAt: row.finished_at ? toDate(row.finished_at) : null,
    error: row.error,
  };
}

/** Queues a run from the start (a newer generation), in the caller's transaction. */
export async function queueRecompute(tx: SqlConnection, now = new Date()): Promise<void> {
  const changed = await tx.run(
    `UPDATE skill_recomputes SET generation = generation + 1, state = 'queued', total_keys = 0, done_keys = 0, cursor_rep = -1, cursor_day = -1,
       error = NULL, started_at = NULL, finished_at = NULL, updated_at = ? WHERE id = 1`,
    [now],
  );
  if (!changed) {
    await tx.run(
      `INSERT INTO skill_recomputes (id, generation, state, total_keys, done_keys, cursor_rep, cursor_day, updated_at) VALUES (1, 1, 'queued', 0, 0, -1, -1, ?)`,
      [now],
    );
  }
}

export interface RunOptions {
  /** Called after each step. */
  onProgress?: (status: { doneKeys: number; totalKeys: number }) => void;
  signal?: AbortSignal;
  stepKeys?: number;
}

/**
 * Runs the queued or interrupted recompute to its end. "busy" when another
 * process is running it; "idle" when there was nothing to do.
 */
export async function runRecompute(sql: SqlConnection, options: RunOptions = {}): Promise<"done" | "busy" | "idle" | "stopped"> {
  const lock = await sql.tryLock(LOCK);
  if (!lock) return "busy";
  const stepKeys = options.stepKeys ?? RECOMPUTE_STEP_KEYS;
  let worked = false;
  try {
    for (;;) {
      if (options.signal?.aborted || lock.lost.aborted) return "stopped";
      const row = await readRow(sql);
      if (!row || (row.state !== "queued" && row.state !== "running")) return worked ? "done" : "idle";
      worked = true;
      const generation = Number(row.generation);
      if (row.state === "queued") {
        const [{ n }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT DISTINCT rep_id, bucket FROM rep_stat_rollups WHERE grain = 'day') k`);
        await sql.run(
          `UPDATE skill_recomputes SET state = 'running', total_keys = ?, done_keys = 0, cursor_rep = -1, cursor_day = -1, started_at = ?, updated_at = ? WHERE id = 1 AND generation = ?`,
          [Number(n), new Date(), new Date(), generation],
        );
        continue;
      }
      const cursorRep = Number(row.cursor_rep);
      const cursorDay = Number(row.cursor_day);
      const keys = await sql.all<{ rep_id: number; bucket: number }>(
        `SELECT DISTINCT rep_id, bucket FROM rep_stat_rollups WHERE grain = 'day' AND (rep_id > ? OR (rep_id = ? AND bucket > ?))
         ORDER BY rep_id, bucket LIMIT ?`,
        [cursorRep, cursorRep, cursorDay, stepKeys],
      );
      if (!keys.length) {
        await sql.run(`UPDATE skill_recomputes SET state = 'done', finished_at = ?, updated_at = ? WHERE id = 1 AND generation = ?`, [new Date(), new Date(), generation]);
        continue;
      }
      const last = keys[keys.length - 1];
      let progress = { doneKeys: 0, totalKeys: 0 };
      await sql.transaction(async (tx) => {
        await refreshRollups(
          tx,
          keys.map((k) => ({ repId: Number(k.rep_id), day: Number(k.bucket) })),
        );
        // A newer generation (the mapping changed meanwhile) matches nothing here: the loop starts it over.
        await tx.run(
          `UPDATE skill_recomputes SET done_keys = done_keys + ?, cursor_rep = ?, cursor_day = ?, updated_at = ? WHERE id = 1 AND generation = ?`,
          [keys.length, Number(last.rep_id), Number(last.bucket), new Date(), generation],
        );
        progress = { doneKeys: Number(row.done_keys) + keys.length, totalKeys: Number(row.total_keys) };
      });
      options.onProgress?.(progress);
      // Give the event loop back between steps: requests are served while a large database is recomputed.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await sql.run(`UPDATE skill_recomputes SET state = 'failed', error = ?, updated_at = ? WHERE id = 1`, [message.slice(0, 500), new Date()]).catch(() => undefined);
    throw error;
  } finally {
    await lock.release();
  }
}

let running: Promise<void> | null = null;

/**
 * Runs a queued or interrupted recompute in this process, in the background.
 * While another process holds it, looks again later, until it is done: a run
 * whose process died is resumed by the next one that looks.
 */
export function recomputeInBackground(getSql: () => Promise<SqlConnection>, retryMs = 15_000): void {
  if (running) return;
  running = (async () => {
    try {
      for (;;) {
        const sql = await getSql();
        const outcome = await runRecompute(sql);
        if (outcome !== "busy") return;
        await new Promise((resolve) => setTimeout(resolve, retryMs).unref?.());
      }
    } catch (error) {
      console.error(`[skills] recompute failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = null;
    }
  })();
}

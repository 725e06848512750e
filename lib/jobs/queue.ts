// Sync work as jobs on pg-boss, for deployments on PostgreSQL: one job per
// vendor stream, at most one queued and one running per stream (a stately
// queue keyed by stream), retried with backoff, and dead-lettered when the
// retries run out.
import "server-only";
import PgBoss from "pg-boss";
import type { Vendor } from "@/lib/domain/vendors";

export const SYNC_STREAM_QUEUE = "sync-stream";
export const SYNC_ALL_QUEUE = "sync-all";
export const SYNC_FAILED_QUEUE = "sync-stream-failed";
export const SYNC_PENDING_QUEUE = "sync-pending";

export interface SyncStreamJob {
  vendor: Vendor;
  stream: string;
  trigger: string;
}

export interface QueueOptions {
  connectionString: string;
  /** Workers run maintenance and the schedule; a web process only sends jobs. */
  role: "worker" | "sender";
  /** How long a job may run before it counts as lost (a killed worker's job is retried after this). */
  jobTimeoutSeconds?: number;
  maintenanceIntervalSeconds?: number;
}

export async function startBoss(options: QueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: "pgboss",
    max: 4,
    // Expired jobs (a killed worker's) are found by maintenance: look often enough.
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? Math.min(30, Math.max(1, Math.floor((options.jobTimeoutSeconds ?? 900) / 3))),
    monitorStateIntervalSeconds: 60,
    supervise: options.role === "worker",
    schedule: options.role === "worker",
  });
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  const expireInSeconds = options.jobTimeoutSeconds ?? 900;
  await ensureQueue(boss, { name: SYNC_FAILED_QUEUE, policy: "standard", retentionDays: 14 });
  await ensureQueue(boss, { name: SYNC_STREAM_QUEUE, policy: "stately", retryLimit: 6, retryDelay: 15, retryBackoff: true, expireInSeconds, deadLetter: SYNC_FAILED_QUEUE });
  await ensureQueue(boss, { name: SYNC_ALL_QUEUE, policy: "stately", retryLimit: 2, retryDelay: 30, expireInSeconds: 300 });
  await ensureQueue(boss, { name: SYNC_PENDING_QUEUE, policy: "stately", retryLimit: 0, expireInSeconds: 120 });
  return boss;
}

async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
  else await boss.createQueue(queue.name, queue);
}

/** Queues a stream's sync unless one is already waiting. */
export async function enqueueStream(boss: PgBoss, job: SyncStreamJob, options: { startAfterSeconds?: number } = {}): Promise<string | null> {
  return boss.send(SYNC_STREAM_QUEUE, job, { singletonKey: `${job.vendor}:${job.stream}`, startAfter: options.startAfterSeconds });
}

/** Cron for "every n minutes" (n up to 60; longer intervals run hourly at most every n/60 hours). */
export function everyMinutes(n: number): string {
  if (n <= 1) return "* * * * *";
  if (n < 60) return `*/${n} * * * *`;
  const hours = Math.max(1, Math.round(n / 60));
  return hours >= 24 ? "0 0 * * *" : `0 */${hours} * * *`;
}

/** Sync jobs that ran out of retries, for the admin page. */
export async function failedSyncJobs(boss: PgBoss, limit = 50): Promise<{ vendor: string; stream: string; error: string; at: string }[]> {
  const db = boss.getDb();
  const { rows } = await db.executeSql(
    `SELECT d.data, d.created_on, f.output FROM pgboss.job d
     LEFT JOIN LATERAL (
       SELECT j.output FROM pgboss.job j
       WHERE j.name = $3 AND j.state = 'failed' AND j.singleton_key = (d.data->>'vendor') || ':' || (d.data->>'stream')
       ORDER BY j.completed_on DESC NULLS LAST LIMIT 1
     ) f ON true
     WHERE d.name = $1 ORDER BY d.created_on DESC LIMIT $2`,
    [SYNC_FAILED_QUEUE, limit, SYNC_STREAM_QUEUE],
  );
  return rows.map((row: { data: SyncStreamJob; output: unknown; created_on: Date }) => ({
    vendor: row.data?.vendor ?? "?",
    stream: row.data?.stream ?? "?",
    error: typeof row.output === "object" && row.output && "message" in row.output ? String((row.output as { message: unknown }).message) : JSON.stringify(row.output ?? null),
    at: new Date(row.created_on).toISOString(),
  }));
}

// A sync worker: takes sync jobs from the queue and runs them with the same
// engine as everything else. Any number of workers can share one database:
// the queue keeps one job per stream running, the vendor's lock one sync per vendor,
// and the shared rate limit keeps every worker together under ExecVision's.
import "server-only";
import type PgBoss from "pg-boss";
import type { SqlConnection } from "@/lib/db/sql";
import type { Vendor } from "@/lib/domain/vendors";
import { pruneWebhookDeliveries, WEBHOOK_RETENTION_DAYS } from "@/lib/sync/bookkeeping";
import { type SyncTrigger, syncVendor } from "@/lib/sync/engine";
import type { ConfiguredConnector } from "@/lib/vendors";
import { enqueueStream, everyMinutes, SYNC_ALL_QUEUE, SYNC_PENDING_QUEUE, SYNC_STREAM_QUEUE, type SyncStreamJob } from "./queue";

/** Vendors whose work arrives between scheduled runs: webhooks, and analyses still processing. */
const WEBHOOK_STREAMS: { vendor: Vendor; stream: string }[] = [
  { vendor: "analyses", stream: "analyses" },
  { vendor: "voice-agent", stream: "calls" },
];

export interface WorkerOptions {
  boss: PgBoss;
  sql: SqlConnection;
  connectors: ConfiguredConnector[];
  intervalMinutes: number;
  concurrency: number;
  log(line: string): void;
}

export async function enqueueAll(boss: PgBoss, connectors: ConfiguredConnector[], trigger: string): Promise<number> {
  let queued = 0;
  for (const { connector } of connectors) {
    for (const stream of connector.streams) if (await enqueueStream(boss, { vendor: connector.vendor, stream: stream.name, trigger })) queued++;
  }
  return queued;
}

export async function startWorker(options: WorkerOptions): Promise<void> {
  const { boss, sql, connectors, log } = options;
  await boss.schedule(SYNC_ALL_QUEUE, everyMinutes(options.intervalMinutes), {});
  await boss.schedule(SYNC_PENDING_QUEUE, everyMinutes(1), {});

  await boss.work(SYNC_ALL_QUEUE, async () => {
    log(`scheduled sync: queued ${await enqueueAll(boss, connectors, "schedule")} stream jobs`);
    const pruned = await pruneWebhookDeliveries(sql, new Date());
    if (pruned) log(`forgot ${pruned} webhook deliveries fetched over ${WEBHOOK_RETENTION_DAYS} days ago`);
  });

  await boss.work(SYNC_PENDING_QUEUE, async () => {
    for (const { vendor, stream } of WEBHOOK_STREAMS) {
      if (!connectors.some((c) => c.connector.vendor === vendor)) continue;
      const [due] = await sql.all<{ n: number }>(
        `SELECT (SELECT COUNT(*) FROM webhook_deliveries WHERE vendor = ? AND processed_at IS NULL)
              + (SELECT COUNT(*) FROM analyses WHERE vendor = ? AND status NOT IN ('completed', 'failed', 'cancelled') AND next_fetch_at <= ?) AS n`,
        [vendor, vendor, new Date()],
      );
      if (Number(due.n) > 0) await enqueueStream(boss, { vendor, stream, trigger: "webhook" });
    }
  });

  const runJob = async ([job]: PgBoss.Job<SyncStreamJob>[]) => {
    const { vendor, stream } = job.data;
    const configured = connectors.find((c) => c.connector.vendor === vendor);
    if (!configured) {
      log(`${vendor} ${stream}: not configured on this worker; skipped`);
      return;
    }
    // A job a person queued ("Sync now") runs as theirs: it fetches everything pending now, whatever its backoff.
    const trigger: SyncTrigger = job.data.trigger === "manual" || job.data.trigger === "cli" ? job.data.trigger : "worker";
    const result = await syncVendor(sql, configured.connector, { trigger, streams: [stream], requestCount: configured.requests });
    if (!result.ran) {
      // Another worker is syncing this vendor: come back to it shortly.
      await enqueueStream(boss, job.data, { startAfterSeconds: 5 });
      return;
    }
    const s = result.streams[0];
    log(`${vendor} ${stream}: ${s ? `${s.totals.created} new, ${s.totals.updated} updated, ${s.totals.deleted} deleted, ${s.totals.deadLettered} dead-lettered` : "nothing to do"}${result.error ? `, failed: ${result.error}` : ""}`);
    // A thrown error makes the queue retry with backoff, then dead-letter the job.
    if (result.error) throw new Error(result.error);
    // Streams that work from this one's records (speaker names after calls...) go next.
    for (const next of configured.connector.streams.filter((candidate) => candidate.after?.includes(stream))) {
      await enqueueStream(boss, { vendor, stream: next.name, trigger: job.data.trigger });
    }
  };
  for (let i = 0; i < options.concurrency; i++) await boss.work<SyncStreamJob>(SYNC_STREAM_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, runJob);
}

// The sync inside the running app: on a schedule, on demand (the admin
// button), and when a webhook brings an id. One runtime per process, kept on
// globalThis so route handlers and instrumentation share it.
import "server-only";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { Vendor } from "@/lib/domain/vendors";
import { getEnv } from "@/lib/env";
import { buildConnectors, type ConfiguredConnector } from "@/lib/vendors";
import type PgBoss from "pg-boss";
import { enqueueStream, startBoss } from "@/lib/jobs/queue";
import { type LockHolder, pruneWebhookDeliveries } from "./bookkeeping";
import { describeHolder, type SyncTrigger, syncVendor, type VendorResult } from "./engine";
import { SyncStoppedError } from "./errors";

/** Vendors whose work also arrives between scheduled runs (webhooks, unfinished analyses). */
const WEBHOOK_VENDORS: Vendor[] = ["analyses", "voice-agent"];
const PENDING_POLL_MS = 30_000;
/** How often fetched webhook deliveries past their retention are forgotten. */
const PRUNE_EVERY_MS = 6 * 3600_000;
/** How long a pass started here waits for another process's sync of the same vendor. */
const WAIT_FOR_OTHERS_MS = 15 * 60_000;

/**
 * With SQLite the app process syncs by itself. With PostgreSQL it only queues
 * jobs (boss), and the workers (npm run worker) run them.
 */
export class SyncRuntime {
  private readonly running = new Map<Vendor, Promise<VendorResult>>();
  /** Passes queued behind another process's sync of the vendor, and whose. */
  private readonly waiting = new Map<Vendor, LockHolder | null>();
  private readonly again = new Set<Vendor>();
  private timers: NodeJS.Timeout[] = [];
  private activeJobs = new Set<Vendor>();
  /** Aborted when the process shuts down: running passes stop after the page they are writing. */
  private readonly stopping = new AbortController();

  constructor(
    readonly sql: SqlConnection,
    readonly connectors: ConfiguredConnector[],
    readonly boss: PgBoss | null = null,
  ) {}

  get mode(): "in-process" | "jobs" {
    return this.boss ? "jobs" : "in-process";
  }

  /** Vendors with a sync job running on some worker (jobs mode). */
  async refreshActiveJobs(): Promise<void> {
    if (!this.boss) return;
    const { rows } = await this.boss.getDb().executeSql(`SELECT DISTINCT data->>'vendor' AS vendor FROM pgboss.job WHERE name = 'sync-stream' AND state = 'active'`, []);
    this.activeJobs = new Set(rows.map((r: { vendor: Vendor }) => r.vendor));
  }

  get vendors(): Vendor[] {
    return this.connectors.map((c) => c.connector.vendor);
  }

  connector(vendor: Vendor): ConfiguredConnector | undefined {
    return this.connectors.find((c) => c.connector.vendor === vendor);
  }

  isRunning(vendor: Vendor): boolean {
    return (this.running.has(vendor) && !this.waiting.has(vendor)) || this.activeJobs.has(vendor);
  }

  /** What a pass queued here waits for ("ExecVision sync in process 4242, started 12 s ago"), if it waits. */
  waitingFor(vendor: Vendor): string | null {
    return this.waiting.has(vendor) ? describeHolder(vendor, this.waiting.get(vendor) ?? null) : null;
  }

  /**
   * Starts a sync of a vendor unless one is already running here (then it
   * runs again after). When another process syncs the vendor, the pass waits
   * for it and then runs: it is queued, never silently dropped.
   */
  trigger(vendor: Vendor, trigger: SyncTrigger, streams?: string[]): Promise<VendorResult> | null {
    const configured = this.connector(vendor);
    if (!configured || this.stopping.signal.aborted) return null;
    if (this.boss) {
      const boss = this.boss;
      const names = streams ?? configured.connector.streams.map((s) => s.name);
      void Promise.all(names.map((stream) => enqueueStream(boss, { vendor, stream, trigger }))).catch((error) => console.error(`[sync] could not queue ${vendor}: ${error.message}`));
      return null;
    }
    const current = this.running.get(vendor);
    if (current) {
      this.again.add(vendor);
      return current;
    }
    const wait = { timeoutMs: WAIT_FOR_OTHERS_MS, onWait: ({ holder }: { holder: LockHolder | null }) => void this.waiting.set(vendor, holder) };
    // Once it runs it no longer waits.
    const onProgress = () => void this.waiting.delete(vendor);
    const run = syncVendor(this.sql, configured.connector, { trigger, streams, requestCount: configured.requests, wait, onProgress, signal: this.stopping.signal })
      .catch((error): VendorResult => ({ vendor, ran: true, streams: [], error: (error as Error).message }))
      .finally(() => {
        this.waiting.delete(vendor);
        this.running.delete(vendor);
        if (this.again.delete(vendor)) this.trigger(vendor, trigger);
      });
    this.running.set(vendor, run);
    return run;
  }

  triggerAll(trigger: SyncTrigger): Promise<VendorResult[]> {
    return Promise.all(this.vendors.map((vendor) => this.trigger(vendor, trigger)).filter((run): run is Promise<VendorResult> => run !== null));
  }

  startSchedule(intervalMinutes: number): void {
    // In jobs mode the workers keep the schedule.
    if (this.timers.length || this.boss) return;
    this.timers.push(setInterval(() => void this.triggerAll("schedule"), intervalMinutes * 60_000));
    this.timers.push(setInterval(() => void this.pollPending(), PENDING_POLL_MS));
    this.timers.push(setInterval(() => void pruneWebhookDeliveries(this.sql, new Date()).catch(() => {}), PRUNE_EVERY_MS));
    for (const timer of this.timers) timer.unref?.();
  }

  /** Webhook vendors with work due: unfetched deliveries, or analyses due for another look. */
  private async pollPending(): Promise<void> {
    for (const vendor of WEBHOOK_VENDORS) {
      if (!this.connector(vendor) || this.isRunning(vendor)) continue;
      const [due] = await this.sql.all<{ n: number }>(
        `SELECT (SELECT COUNT(*) FROM webhook_deliveries WHERE vendor = ? AND processed_at IS NULL)
              + (SELECT COUNT(*) FROM analyses WHERE vendor = ? AND status NOT IN ('completed', 'failed', 'cancelled') AND next_fetch_at <= ?) AS n`,
        [vendor, vendor, new Date()],
      );
      if (Number(due?.n) > 0) this.trigger(vendor, "webhook");
    }
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  /**
   * For a process that is shutting down: takes no more work, lets each
   * running pass finish the page it is writing (nothing half-written; the next
   * pass resumes from there), closes their runs as stopped and releases their
   * locks. Resolves when they have, or after timeoutMs.
   */
  async shutdown(timeoutMs: number): Promise<void> {
    this.stop();
    this.again.clear();
    this.stopping.abort(new SyncStoppedError());
    const passes = Promise.allSettled([...this.running.values()]);
    await Promise.race([passes, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    await this.boss?.stop({ graceful: false }).catch(() => {});
  }
}

const globalForSync = globalThis as typeof globalThis & { coachboardSync?: Promise<SyncRuntime> };

/**
 * Drains the sync before the process exits on SIGTERM or SIGINT (the server
 * runs with NEXT_MANUAL_SIG_HANDLE, so these are ours to handle): no new
 * passes, the pages being written are committed, locks released, runs closed.
 */
export function drainSyncOnExit(timeoutMs = 20_000): void {
  let exiting = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (exiting) return;
      exiting = true;
      const runtime = globalForSync.coachboardSync;
      if (runtime) console.error(`[sync] ${signal}: finishing the pages being written, then exiting`);
      void Promise.resolve(runtime)
        .then((r) => r?.shutdown(timeoutMs))
        .catch((error) => console.error(`[sync] shutdown: ${(error as Error).message}`))
        .finally(() => process.exit(0));
    });
  }
}

export function getSyncRuntime(): Promise<SyncRuntime> {
  globalForSync.coachboardSync ??= (async () => {
    const env = getEnv();
    const sql = await openSql(env.DATABASE_URL);
    const boss = sql.provider === "postgresql" ? await startBoss({ connectionString: env.DATABASE_URL, role: "sender" }) : null;
    return new SyncRuntime(sql, buildConnectors(env), boss);
  })();
  return globalForSync.coachboardSync;
}

// npm run worker: runs sync jobs from the PostgreSQL job queue. Start as many
// as the vendors' work needs; each takes SYNC_WORKER_CONCURRENCY jobs at once.
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/db/migrations";
import { providerFromUrl } from "../lib/db/provider";
import { openSql } from "../lib/db/sql";
import { startBoss } from "../lib/jobs/queue";
import { enqueueAll, startWorker } from "../lib/jobs/worker";
import { systemClock } from "../lib/sync/clock";
import { easternBusinessHoursSchedule } from "../lib/sync/rate-limit";
import { SharedRateLimiter } from "../lib/sync/shared-rate-limit";
import { buildConnectors } from "../lib/vendors";

const env = loadEnvOrExit();
if (providerFromUrl(env.DATABASE_URL) !== "postgresql") {
  console.error("Workers share work through PostgreSQL: set DATABASE_URL to a postgresql:// URL. With SQLite, the app syncs by itself.");
  process.exit(78);
}
const log = (line: string) => console.error(`[worker ${process.pid}] ${line}`);
await applyMigrations(env.DATABASE_URL);
const sql = await openSql(env.DATABASE_URL, { role: "sync" });
const boss = await startBoss({ connectionString: env.DATABASE_URL, role: "worker", jobTimeoutSeconds: env.SYNC_JOB_TIMEOUT_SECONDS });
const connectors = buildConnectors(env, {
  execvisionLimiter: new SharedRateLimiter(sql, "execvision", easternBusinessHoursSchedule(), systemClock),
  decodeInWorker: true,
});
if (!connectors.length) log("no vendor is configured; waiting for jobs anyway");
await startWorker({
  boss,
  sql,
  connectors,
  intervalMinutes: env.SYNC_INTERVAL_MINUTES,
  concurrency: env.SYNC_WORKER_CONCURRENCY,
  log,
});
if (process.argv.includes("--sync-now")) log(`queued ${await enqueueAll(boss, connectors, "manual")} stream jobs`);
log(`working: ${connectors.map((c) => c.connector.vendor).join(", ") || "no vendors"}; ${env.SYNC_WORKER_CONCURRENCY} jobs at a time`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log("stopping after the jobs in hand...");
    await boss.stop({ graceful: true, timeout: 30_000 });
    await sql.close();
    process.exit(0);
  });
}

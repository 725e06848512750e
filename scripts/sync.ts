// npm run sync [-- --wait-seconds N]: one incremental pass over every enabled
// vendor. A vendor another process is syncing (the app, a worker, another
// npm run sync) is waited for, then synced: a cron job next to the app never
// fails because the app happens to be busy.
import { parseArgs } from "node:util";
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/db/migrations";
import { openSql } from "../lib/db/sql";
import { VENDOR_LABELS } from "../lib/domain/vendors";
import { runMaintenance } from "../lib/maintenance";
import { runRecompute } from "../lib/skills/recompute";
import { describeHolder, describeVendorResult } from "../lib/sync/engine";
import { formatSummary, syncAll } from "../lib/sync/run-all";
import { buildConnectors } from "../lib/vendors";

const usage = "Usage: npm run sync [-- --wait-seconds N]   (N: how long to wait for a sync another process is running; default 600)";
let waitSeconds: number;
try {
  const { values } = parseArgs({ options: { "wait-seconds": { type: "string", default: "600" } } });
  waitSeconds = Number(values["wait-seconds"]);
  if (!/^\d+$/.test(values["wait-seconds"]) || waitSeconds > 86_400) throw new Error(`--wait-seconds must be a whole number of seconds from 0 to 86400, not "${values["wait-seconds"]}"`);
} catch (error) {
  console.error((error as Error).message);
  console.error(usage);
  process.exit(2);
}

const env = loadEnvOrExit();
const connectors = buildConnectors(env, { decodeInWorker: true });
if (!connectors.length) {
  console.error(
    "No vendor is configured: set SALESFINITY_API_KEY, EXECVISION_USER_ID and EXECVISION_PASSWORD, ANALYSES_TOKEN and ANALYSES_BASE_URL, VOICE_AGENT_API_KEY and VOICE_AGENT_BASE_URL, or REVONT_API_KEY.",
  );
  process.exit(0);
}
await applyMigrations(env.DATABASE_URL);
const sql = await openSql(env.DATABASE_URL, { role: "sync" });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort(new Error(`stopped by ${signal}`)));

const started = Date.now();
const results = await syncAll(sql, connectors, {
  trigger: "cli",
  signal: controller.signal,
  wait: {
    timeoutMs: waitSeconds * 1000,
    onWait: ({ vendor, holder }) => console.error(`waiting for the ${describeHolder(vendor, holder)}…`),
  },
  onProgress: (event) => {
    const label = `${VENDOR_LABELS[event.vendor]} ${event.stream}`;
    if (event.type === "stream-start") console.error(`${label}: syncing`);
    if (event.type === "page") {
      const t = event.totals;
      console.error(`${label}: ${t.created} new, ${t.updated} updated, ${t.unchanged} unchanged, ${t.deleted} deleted, ${t.deadLettered} dead-lettered`);
    }
    if (event.type === "stream-end" && event.error) console.error(`${label}: failed: ${event.error}`);
  },
});
// A skill-mapping recompute that is queued or was cut short: finish it here, unless the app is running it.
if (!controller.signal.aborted) {
  await runMaintenance(sql, (line) => console.error(`upgrade work done: ${line}`));
  const outcome = await runRecompute(sql, { signal: controller.signal });
  if (outcome === "done") console.error("skill rollups recomputed after a mapping change");
}
await sql.close();
console.log(formatSummary(results));
console.log(`Finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failed = results.filter((r) => r.error || !r.ran);
for (const result of failed) {
  console.error(result.ran ? describeVendorResult(result) : `${VENDOR_LABELS[result.vendor]}: gave up after waiting ${waitSeconds} s for the ${describeHolder(result.vendor, result.heldBy ?? null)}`);
}
process.exit(failed.length ? 1 : 0);

// npm run sync: one incremental pass over every enabled vendor.
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/db/migrations";
import { openSql } from "../lib/db/sql";
import { VENDOR_LABELS } from "../lib/domain/vendors";
import { describeVendorResult } from "../lib/sync/engine";
import { formatSummary, syncAll } from "../lib/sync/run-all";
import { buildConnectors } from "../lib/vendors";

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
await sql.close();
console.log(formatSummary(results));
console.log(`Finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failed = results.filter((r) => r.error || !r.ran);
for (const result of failed) console.error(result.ran ? describeVendorResult(result) : `${VENDOR_LABELS[result.vendor]}: another sync of this vendor is running`);
process.exit(failed.length ? 1 : 0);

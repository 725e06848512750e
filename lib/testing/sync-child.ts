// A sync in a process of its own, for the crash tests: the parent kills it
// with SIGKILL at a random moment and starts another.
import { openSql } from "@/lib/db/sql";
import { parseEnv } from "@/lib/env";
import { systemClock } from "@/lib/sync/clock";
import { fixedSchedule, LocalRateLimiter } from "@/lib/sync/rate-limit";
import { syncAll } from "@/lib/sync/run-all";
import { buildConnectors } from "@/lib/vendors";
import { TEST_CONNECTOR_OPTIONS } from "./connector-options";

const env = parseEnv(process.env);
const sql = await openSql(env.DATABASE_URL, { role: "sync" });
const connectors = buildConnectors(env, {
  ...TEST_CONNECTOR_OPTIONS,
  pageSize: Number(process.env.TEST_PAGE_SIZE ?? 0) || undefined,
  execvisionLimiter: new LocalRateLimiter(fixedSchedule(1000), systemClock),
  decodeInWorker: true,
});
// The parent times its kill from here, when the sync itself begins.
process.stderr.write("sync-start\n");
// The production lock and no wait: a killed predecessor must never make this run skip a vendor.
const results = await syncAll(sql, connectors, { trigger: "cli" });
await sql.close();
const failed = results.filter((r) => r.error || !r.ran);
process.stdout.write(JSON.stringify({ failed: failed.map((r) => ({ vendor: r.vendor, ran: r.ran, error: r.error })) }));
process.exit(failed.length ? 1 : 0);

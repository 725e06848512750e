// npm run skills:recompute [-- --queue]: rebuilds the skill rollups from the
// current mapping, printing progress. Without --queue it finishes a run the
// admin page queued or a crash cut short; with --queue it starts one. A run
// another process holds (the app) is waited for, never failed on.
import { parseArgs } from "node:util";
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/db/migrations";
import { openSql } from "../lib/db/sql";
import { queueRecompute, readRecompute, runRecompute } from "../lib/skills/recompute";

let queue = false;
try {
  queue = Boolean(parseArgs({ options: { queue: { type: "boolean", default: false } } }).values.queue);
} catch (error) {
  console.error((error as Error).message);
  console.error("Usage: npm run skills:recompute [-- --queue]");
  process.exit(2);
}
const env = loadEnvOrExit();
await applyMigrations(env.DATABASE_URL);
const sql = await openSql(env.DATABASE_URL);
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort(new Error(`stopped by ${signal}`)));
if (queue) await sql.transaction((tx) => queueRecompute(tx));
let printed = 0;
for (;;) {
  const outcome = await runRecompute(sql, {
    signal: controller.signal,
    onProgress: ({ doneKeys, totalKeys }) => {
      if (Date.now() - printed < 1000) return;
      printed = Date.now();
      console.error(`${doneKeys} of ${totalKeys} rep-days`);
    },
  });
  if (outcome !== "busy") break;
  const status = await readRecompute(sql);
  console.error(`another process is recomputing (${status.doneKeys} of ${status.totalKeys} rep-days); waiting…`);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
const status = await readRecompute(sql);
await sql.close();
console.log(status.state === "done" ? `Skill rollups are current (${status.totalKeys} rep-days).` : `Recompute ${status.state}${status.error ? `: ${status.error}` : ""}`);
process.exit(status.state === "failed" ? 1 : 0);

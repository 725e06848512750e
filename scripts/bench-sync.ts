// npm run bench:sync: ingest 20,000 ExecVision calls with ~1,500-word
// transcripts from the simulator (its rate limit off), into SQLite and into
// PostgreSQL; prints calls/s, the sync process's peak RSS and its CPU time per call.
// Each database is created and migrated here, then synced by a process of
// its own (as `npm run sync` would on an existing database), so neither the
// schema engine nor the other database's run counts in its memory.
//   npm run bench:sync -- [--calls 20000] [--words 1500] [--only sqlite|postgresql]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "../lib/db/migrations";
import { openSql } from "../lib/db/sql";
import { parseEnv } from "../lib/env";
import { systemClock } from "../lib/sync/clock";
import { syncVendor } from "../lib/sync/engine";
import { fixedSchedule, LocalRateLimiter } from "../lib/sync/rate-limit";
import { buildConnectors } from "../lib/vendors";

const { values } = parseArgs({
  // --simulator and --database: the run of one database, in a child process, against the parent's simulator.
  options: { calls: { type: "string", default: "20000" }, words: { type: "string", default: "1500" }, only: { type: "string" }, simulator: { type: "string" }, database: { type: "string" } },
});
const calls = Number(values.calls);
const words = Number(values.words);
const postgresAdmin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The simulator in a process of its own, so it neither shares this process's core nor its memory. */
async function startSimulator(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "simulators/cli.ts", "--port", "0", "--no-rate-limit", "--bench", `${calls},${words}`], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on("exit", () => reject(new Error(`the simulator exited: ${out}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

type Provider = "sqlite" | "postgresql";

/** An empty, migrated database for one run. */
async function createDatabase(provider: Provider): Promise<{ url: string; cleanup: () => Promise<void> }> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "coachboard-bench-"));
    url = `file:${path.join(dir, "bench.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = new pg.Client({ connectionString: postgresAdmin });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS coachboard_bench WITH (FORCE)");
    await admin.query("CREATE DATABASE coachboard_bench");
    await admin.end();
    const target = new URL(postgresAdmin);
    target.pathname = "/coachboard_bench";
    url = target.toString();
    cleanup = async () => {
      const c = new pg.Client({ connectionString: postgresAdmin });
      await c.connect();
      await c.query("DROP DATABASE IF EXISTS coachboard_bench WITH (FORCE)");
      await c.end();
    };
  }
  await applyMigrations(url);
  return { url, cleanup };
}

async function bench(provider: Provider, simulatorUrl: string, url: string): Promise<void> {
  // As `npm run sync` starts: the migrations are checked (all applied already).
  await applyMigrations(url);
  const env = parseEnv({ DATABASE_URL: url, EXECVISION_USER_ID: "demo-execvision-user", EXECVISION_PASSWORD: "demo-execvision-password", EXECVISION_BASE_URL: `${simulatorUrl}/execvision`, SYNC_BACKFILL_DAYS: "3650" });
  // The simulator's limit is off for the benchmark, and so is ours.
  const [configured] = buildConnectors(env, { execvisionLimiter: new LocalRateLimiter(fixedSchedule(100_000), systemClock), decodeInWorker: true });
  const sql = await openSql(url, { role: "sync" });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let lastReport = started;
  const result = await syncVendor(sql, configured.connector, {
    trigger: "cli",
    streams: ["calls"],
    requestCount: configured.requests,
    onProgress: (event) => {
      if (event.type === "page" && performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        console.error(`  ${provider}: ${event.totals.created} calls, ${Math.round(event.totals.created / ((lastReport - started) / 1000))} calls/s`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  // CPU time of every thread of this process (not the simulator's): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const stream = result.streams[0];
  if (result.error || !stream) throw new Error(`the sync failed: ${result.error}`);
  const [{ n }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM transcripts`);
  await sql.close();
  console.log(
    `${provider.padEnd(10)} ${stream.totals.created} calls (${Number(n)} transcripts, ${words} words each) in ${seconds.toFixed(1)} s: ${Math.round(stream.totals.created / seconds)} calls/s, peak RSS ${Math.round(peakRss / 1024 / 1024)} MB, CPU ${((cpu.user + cpu.system) / 1000 / stream.totals.created).toFixed(2)} ms/call, ${stream.totals.requests} requests`,
  );
}

/** One database's run, in a process of its own (this script, with the same loaders and flags). */
function benchInChild(provider: Provider, simulatorUrl: string, url: string): Promise<void> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), "--calls", String(calls), "--words", String(words), "--only", provider, "--simulator", simulatorUrl, "--database", url];
  const child = spawn(process.execPath, args, { stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`the ${provider} run failed (${signal ?? `exit code ${code}`})`))));
  });
}

const providers = (["sqlite", "postgresql"] as const).filter((p) => !values.only || values.only === p);
if (values.simulator && values.database) {
  await bench(providers[0], values.simulator, values.database);
} else {
  const simulator = await startSimulator();
  try {
    console.log(`bench:sync: ${calls} ExecVision calls with ${words}-word transcripts, simulator rate limit off`);
    for (const provider of providers) {
      const database = await createDatabase(provider);
      try {
        await benchInChild(provider, simulator.url, database.url);
      } finally {
        await database.cleanup();
      }
    }
  } finally {
    simulator.stop();
  }
}

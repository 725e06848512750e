// Past one machine: two workers and a web process share one PostgreSQL
// database and the vendor simulators; one worker is killed mid-sync.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { toDate } from "@/lib/db/values";
import { createPostgresDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { compareWithSimulators, duplicateCalls, rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { DEMO_WEBHOOK_SECRETS, simulatorEnv } from "@/scripts/lib/demo";
import { execvisionLimitAt, startSimulators } from "@/simulators";
import type { RunningSimulators } from "@/simulators/types";

const CLOCK_AHEAD_MS = 3_600_000;

/** Requests that arrived while the trailing second already held as many as ExecVision allows at that moment. */
function requestsOverLimit(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let over = 0;
  for (let i = 0, lo = 0; i < sorted.length; i++) {
    while (sorted[lo] <= sorted[i] - 1000) lo++;
    if (i - lo + 1 > execvisionLimitAt(sorted[i])) over++;
  }
  return over;
}

function start(script: string, env: Record<string, string>, onLine?: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const read = (chunk: Buffer) => String(chunk).split("\n").filter(Boolean).forEach((line) => onLine?.(line));
  child.stdout!.on("data", read);
  child.stderr!.on("data", read);
  return child;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

await describeEachDatabase("workers on PostgreSQL", (provider) => {
  if (provider === "sqlite") {
    it("need PostgreSQL: with SQLite the app syncs by itself", async () => {
      const worker = start("scripts/worker.ts", { DATABASE_URL: "file:/tmp/not-used.db" });
      const code = await new Promise<number | null>((resolve) => worker.on("exit", resolve));
      expect(code).toBe(78);
    });
    return;
  }
  let sims: RunningSimulators;
  let database: TestDatabase;
  let sql: SqlConnection;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    // An hour ahead, every analysis of the demo is final: the dataset stands still while it is synced.
    sims = await startSimulators({ execvisionRateLimit: true, now: () => Date.now() + CLOCK_AHEAD_MS });
    database = await createPostgresDatabase();
    await applyMigrations(database.url);
    sql = await openSql(database.url);
  });
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await sql?.close();
    await sims?.close();
    await database?.drop();
  });

  it("sync the whole dataset exactly, with a worker killed mid-sync, no stream synced twice at once, and ExecVision never over its limit", async () => {
    const env = {
      ...simulatorEnv(sims),
      DATABASE_URL: database.url,
      SYNC_JOB_TIMEOUT_SECONDS: "12",
      SYNC_WORKER_CONCURRENCY: "2",
      SYNC_INTERVAL_MINUTES: "60",
    };
    const log: string[] = [];
    const web = start("lib/testing/web-process.ts", env, (line) => log.push(`web: ${line}`));
    children.push(web);
    const webUrl = await new Promise<string>((resolve) => web.stdout!.on("data", (chunk) => /listening on (\S+)/.test(String(chunk)) && resolve(/listening on (\S+)/.exec(String(chunk))![1])));
    const workers = [0, 1].map((n) => start("scripts/worker.ts", env, (line) => log.push(`worker ${n}: ${line}`)));
    children.push(...workers);
    await until("the workers", async () => log.filter((l) => l.includes("working:")).length === 2, 60_000);

    const syncStart = new Date();
    expect((await fetch(`${webUrl}/sync-now`, { method: "POST" })).status).toBe(202);
    const delivered = await sims.control.deliverWebhooks({ baseUrl: webUrl, secrets: DEMO_WEBHOOK_SECRETS });
    expect(delivered.every((d) => d.status === 202)).toBe(true);

    // Kill one worker once it is in the middle of the work.
    await until("calls to arrive", async () => Number((await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM calls`))[0].n) > 50, 60_000);
    workers[0].kill("SIGKILL");
    const killedAt = new Date();

    const pending = async () =>
      Number(
        (await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM pgboss.job WHERE name = 'sync-stream' AND state IN ('created', 'retry', 'active')`))[0].n,
      ) + Number((await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM webhook_deliveries WHERE processed_at IS NULL`))[0].n);
    await until(
      "every stream to finish",
      async () => {
        if ((await pending()) > 0) return false;
        const compared = await compareWithSimulators(sql, sims);
        return Object.values(compared).every(({ db, vendor }) => JSON.stringify(db) === JSON.stringify(vendor));
      },
      240_000,
    );

    const compared = await compareWithSimulators(sql, sims);
    for (const [name, { db, vendor }] of Object.entries(compared)) expect(db, name).toEqual(vendor);
    expect(await duplicateCalls(sql)).toBe(0);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);

    // No stream ever ran in two places at once: its runs never overlap.
    const runs = await sql.all<{ vendor: string; stream: string; started_at: unknown; ended_at: unknown }>(
      `SELECT vendor, stream, started_at, ended_at FROM sync_runs WHERE started_at >= ? ORDER BY vendor, stream, started_at`,
      [syncStart],
    );
    expect(runs.length).toBeGreaterThan(15);
    for (let i = 1; i < runs.length; i++) {
      const [a, b] = [runs[i - 1], runs[i]];
      if (a.vendor !== b.vendor || a.stream !== b.stream) continue;
      // A run the kill cut short has no end; it ended when the worker died.
      const aEnd = toDate(a.ended_at) ?? killedAt;
      expect(toDate(b.started_at)!.getTime(), `${b.vendor}/${b.stream}`).toBeGreaterThanOrEqual(aEnd.getTime());
    }
    expect(sims.control.requests.filter((r) => r.vendor === "execvision").length).toBeGreaterThan(100);
    // The limit holds on the real clock (the simulators' runs an hour ahead).
    const arrivals = sims.control.requests.filter((r) => r.vendor === "execvision").map((r) => r.arrivedAt - CLOCK_AHEAD_MS);
    expect(requestsOverLimit(arrivals)).toBe(0);
  }, 400_000);
});

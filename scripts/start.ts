// npm start: validates configuration, migrates the database, builds the
// dashboard when needed, and serves it. With neither a database nor a vendor
// configured (or COACHBOARD_DEMO=true) it runs the vendor simulators and syncs
// the demo data from them first, into a database of its own.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type Env, parseEnv } from "../lib/env";
import { applyMigrations, MigrationError } from "../lib/db/migrations";
import { sqliteFilePath } from "../lib/db/provider";
import { openSql } from "../lib/db/sql";
import { formatSummary, syncAll } from "../lib/sync/run-all";
import { buildConnectors, enabledVendors } from "../lib/vendors";
import { loadDemoDataset } from "../simulators/dataset/load";
import { startSimulators } from "../simulators";
import type { RunningSimulators } from "../simulators/types";
import { applyAuthOrigin } from "./lib/auth-origin";
import { buildIfNeeded } from "./lib/build";
import { DEMO_WEBHOOK_SECRETS, type DemoSignIn, demoMode, setUpDemoOrg, simulatorEnv } from "./lib/demo";

const log = (line: string) => console.error(`[coachboard] ${line}`);

function readEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.problems) console.error(`Configuration error: ${line}`);
      process.exit(78);
    }
    throw error;
  }
}

/** A session secret kept in data/ when none is configured, so sign-ins survive restarts. */
function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join("data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync("data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

let env = readEnv();
const demo = demoMode(process.env, env);
let simulators: RunningSimulators | null = null;
let signIns: DemoSignIn[] = [];

if (demo) {
  if (!process.env.DATABASE_URL) {
    // The demo rebuilds its own database on each start, dated to today.
    process.env.DATABASE_URL = "file:./data/demo.db";
    const file = sqliteFilePath(process.env.DATABASE_URL);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
  const sims = await startSimulators({ port: env.DEMO_SIMULATOR_PORT });
  simulators = sims;
  Object.assign(process.env, simulatorEnv(sims));
  log(`Demo: running the vendor simulators on ${sims.url} with the demo data`);
} else if (enabledVendors(env).length === 0) {
  log("No vendor is configured here: this process syncs nothing. To connect one, see README: Connect the vendors.");
}
ensureAuthSecret();
process.env.SYNC_SCHEDULE ??= "true";
const originWarning = applyAuthOrigin(process.env, env, demo);
if (originWarning) log(originWarning);
env = readEnv();

try {
  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length) log(`Applied ${applied.length} database migration(s)`);
} catch (error) {
  if (error instanceof MigrationError) {
    log(`Migration refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

if (demo && simulators) {
  log("Syncing the demo data from the simulators...");
  const sql = await openSql(env.DATABASE_URL);
  // Speaker names take one request per ExecVision call; the app fetches them once it is up.
  const results = await syncAll(sql, buildConnectors(env, { execvisionSpeakerNames: false, decodeInWorker: true }), { trigger: "start" });
  console.error(formatSummary(results));
  signIns = await setUpDemoOrg(sql, loadDemoDataset().org);
  await sql.close();
}

buildIfNeeded(log);

// The preload stamps each request with its connection's address, for sign-in throttling.
const peerAddress = pathToFileURL(path.resolve("scripts", "lib", "peer-address.mjs")).href;
const server = spawn(process.execPath, ["--import", peerAddress, path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(env.PORT)], {
  stdio: "inherit",
  // The server handles SIGTERM itself (instrumentation.ts): it lets a running sync finish its page first.
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true" },
});
const stop = async (signal: NodeJS.Signals) => {
  server.kill(signal);
  await simulators?.close();
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
server.on("exit", (code, signal) => {
  void simulators?.close().finally(() => process.exit(code ?? (signal ? 1 : 0)));
});

const base = `http://127.0.0.1:${env.PORT}`;
await waitFor(`${base}/api/health`);
if (simulators) {
  // The analyses and voice-agent APIs have no list: their ids arrive by webhook.
  simulators.control.startWebhookDelivery({ baseUrl: base, secrets: DEMO_WEBHOOK_SECRETS });
}
log(`Coachboard is ready on http://localhost:${env.PORT}`);
if (signIns.length) {
  log("Demo sign-ins:");
  for (const s of signIns) log(`  ${s.role.padEnd(8)} ${s.email.padEnd(36)} ${s.password.padEnd(20)} ${s.who}`);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url}`);
}

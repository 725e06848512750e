// A cron job's npm run sync next to the running app: it waits for whoever is
// syncing a vendor and then syncs itself, exiting 0, instead of failing
// because the app happens to be busy; and the app's "Sync now" queues behind
// the same, instead of silently doing nothing.
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_CREDENTIALS } from "../simulators/types";
import { simulatorBaseUrls } from "../simulators/server";
import { simulatorEnv } from "../scripts/lib/simulator-env";
import { E2E_SIMULATOR_PORT } from "./ports";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");
const databaseFile = path.join(root, "data", "e2e.db");

function npmRunSync(env: Record<string, string>): { exited: Promise<{ code: number | null; output: string }>; output: () => string } {
  const child = spawn("npm", ["run", "sync", "--", "--wait-seconds", "300"], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return { exited: new Promise((resolve) => child.on("exit", (code) => resolve({ code, output }))), output: () => output };
}

/**
 * ExecVision's sync lock, as a long sync in another process holds it: the OS
 * file lock beside the database (lib/db/sql.ts), taken the same way.
 */
function holdExecVisionLock(): { release(): void } {
  const lock = new Database(`${databaseFile}.sync-execvision.lock`, { timeout: 0 });
  lock.exec("BEGIN EXCLUSIVE");
  return {
    release() {
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}

test("npm run sync next to the running app waits for a vendor's sync, then syncs, and exits 0; Sync now queues", async ({ asAdmin }) => {
  test.setTimeout(360_000);
  const env = {
    ...simulatorEnv({ credentials: DEFAULT_CREDENTIALS, baseUrls: simulatorBaseUrls(`http://127.0.0.1:${E2E_SIMULATOR_PORT}`) }),
    DATABASE_URL: `file:${databaseFile}`,
  };
  const status = async () => ((await (await asAdmin.request.get("/api/admin/sync")).json()) as { vendors: { vendor: string; queuedBehind: string | null }[] }).vendors;
  const held = holdExecVisionLock();
  try {
    // Sync now while another process syncs ExecVision: the app's pass is queued, and says behind what.
    expect((await asAdmin.request.post("/api/admin/sync", { data: {} })).ok()).toBe(true);
    await expect.poll(async () => (await status()).find((v) => v.vendor === "execvision")?.queuedBehind, { timeout: 30_000 }).toMatch(/ExecVision sync/);
    // A cron job's pass meanwhile waits, and says so.
    const run = npmRunSync(env);
    await expect.poll(() => run.output(), { timeout: 60_000 }).toMatch(/waiting for the ExecVision sync/);
    held.release();
    const { code, output } = await run.exited;
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/not synced|failed/);
  } finally {
    try {
      held.release();
    } catch {
      // released already
    }
  }
  // The app's queued pass ran too.
  await expect.poll(async () => (await status()).find((v) => v.vendor === "execvision")?.queuedBehind ?? null, { timeout: 120_000 }).toBeNull();
});

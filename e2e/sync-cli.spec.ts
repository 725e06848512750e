// A cron job's npm run sync next to the running app: it waits for the app's
// syncs and then syncs itself, exiting 0, instead of failing because the app
// happens to be busy.
import { spawn } from "node:child_process";
import path from "node:path";
import { DEFAULT_CREDENTIALS } from "../simulators/types";
import { simulatorBaseUrls } from "../simulators/server";
import { simulatorEnv } from "../scripts/lib/simulator-env";
import { E2E_SIMULATOR_PORT } from "./ports";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");

function npmRunSync(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "sync", "--", "--wait-seconds", "300"], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("npm run sync next to the running app waits for the app's sync and exits 0", async ({ asAdmin }) => {
  test.setTimeout(360_000);
  const env = {
    ...simulatorEnv({ credentials: DEFAULT_CREDENTIALS, baseUrls: simulatorBaseUrls(`http://127.0.0.1:${E2E_SIMULATOR_PORT}`) }),
    DATABASE_URL: `file:${path.join(root, "data", "e2e.db")}`,
  };
  // Sync now: the app syncs every vendor (ExecVision's first names for every
  // call take a while under its rate limit), and a cron job starts meanwhile.
  expect((await asAdmin.request.post("/api/admin/sync", { data: {} })).ok()).toBe(true);
  const syncing = (async () => {
    const response = await asAdmin.request.get("/api/admin/sync");
    return ((await response.json()) as { vendors: { running: boolean }[] }).vendors.some((v) => v.running);
  })();
  const run = await npmRunSync(env);
  expect(await syncing).toBe(true);
  expect(run.code, run.output).toBe(0);
  expect(run.output).toMatch(/waiting for the \w[\w -]* sync in process \d+/);
  expect(run.output).not.toMatch(/not synced|failed/);
});

// SIGTERM in the middle of the app's sync: no new work, the pages being
// written are committed, the runs closed as stopped, the locks released; the
// next pass resumes where it stopped and ends with the exact dataset.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { duplicateCalls, settledComparison } from "@/lib/testing/fingerprint";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { simulatorEnv } from "@/scripts/lib/demo";
import { vendorLockName } from "./engine";

let h: Harness;
beforeAll(async () => {
  // ExecVision's documented rate limit keeps its pass going for a while; an
  // hour ahead, every analysis of the demo is final.
  h = await startHarness("sqlite", { execvisionRateLimit: true, now: () => Date.now() + 3_600_000 });
  await h.deliverWebhooks();
});
afterAll(async () => {
  await h?.close();
});

it("drains the sync on SIGTERM and exits", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/app-runtime.ts"], {
    env: { ...process.env, ...simulatorEnv(h.sims), DATABASE_URL: h.database.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise((resolve) => child.stdout.once("data", resolve));
  // Mid-sync: ExecVision is still paging under its limit.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const signalled = Date.now();
  child.kill("SIGTERM");
  expect(await exited, output).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(20_000);
  expect(output).toMatch(/SIGTERM: finishing the pages being written/);

  const runs = await h.sql.all<{ vendor: string; stream: string; status: string }>(`SELECT vendor, stream, status FROM sync_runs`);
  expect(runs.filter((r) => r.status === "running")).toEqual([]);
  expect(runs.some((r) => r.status === "stopped")).toBe(true);
  expect(await h.sql.all(`SELECT vendor FROM sync_leases`)).toEqual([]);
  for (const vendor of ["salesfinity", "execvision", "analyses", "voice-agent", "revont"] as const) {
    const lock = await h.sql.tryLock(vendorLockName(vendor));
    expect(lock, vendor).not.toBeNull();
    await lock!.release();
  }
  const [stopped] = await h.sql.all<{ last_error: string | null }>(
    `SELECT s.last_error FROM sync_states s JOIN sync_runs r ON r.vendor = s.vendor AND r.stream = s.stream WHERE r.status = 'stopped'`,
  );
  expect(stopped.last_error).toBeNull();

  // The next pass resumes and ends with exactly the vendors' dataset.
  for (const r of await h.sync()) expect(r.error, r.vendor).toBeNull();
  const compared = await settledComparison(h);
  for (const [name, { db, vendor }] of Object.entries(compared)) expect(db, name).toEqual(vendor);
  expect(await duplicateCalls(h.sql)).toBe(0);
}, 120_000);

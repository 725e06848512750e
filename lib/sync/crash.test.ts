import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulatorEnv } from "@/scripts/lib/demo";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql } from "@/lib/db/sql";
import { compareWithSimulators, duplicateCalls, rollupsAgainstCalls, fingerprint } from "@/lib/testing/fingerprint";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";

interface ChildRun {
  killed: boolean;
  code: number | null;
  output: string;
  /** From the start of the sync to its exit or the kill. */
  syncMs: number;
}

/** Runs the sync in a child process; kills it with SIGKILL killAfterMs after the sync begins, unless it finishes first. */
function runChild(env: Record<string, string>, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/sync-child.ts"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let syncStarted = 0;
    let killed = false;
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => {
      output += chunk;
      if (!syncStarted && output.includes("sync-start")) {
        syncStarted = Date.now();
        if (killAfterMs !== null) {
          timer = setTimeout(() => {
            killed = true;
            child.kill("SIGKILL");
          }, killAfterMs);
        }
      }
    });
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ killed, code, output, syncMs: syncStarted ? Date.now() - syncStarted : 0 });
    });
  });
}

/** A deterministic sequence of numbers in [0, 1). */
function randoms(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** A few changes at the vendors: re-scored and added calls. */
function changeVendors(h: Harness, round: number): void {
  const sf = h.sims.control.records("salesfinity") as { _id: string }[];
  const ev = h.sims.control.records("execvision") as { id: string }[];
  for (let i = 0; i < 3; i++) {
    h.sims.control.updateRecord("salesfinity", sf[(round * 3 + i) % sf.length]._id, (call) => {
      call.insight.total_score = (round * 7 + i) % 101;
    });
    h.sims.control.updateRecord("execvision", ev[(round * 3 + i) % ev.length].id, (call) => {
      call.metadata = { ...(call.metadata ?? {}), review_round: round };
    });
  }
  const [newest] = h.sims.control.records("revont") as { id: string; created_at: string }[];
  h.sims.control.addRecords("revont", [{ ...newest, id: `call_01CRASH${String(round).padStart(19, "0")}`, created_at: new Date().toISOString() }]);
}

describe("a sync killed at random points", () => {
  let h: Harness;
  let reference: TestDatabase;
  beforeAll(async () => {
    // Vendors that read the docs' open points differently (simulators/README.md), on a
    // clock that stands still: the dataset changes only where this test changes it, never
    // by an analysis's timeline reaching a new status between the last run and the check.
    const clock = Date.now();
    h = await startHarness("sqlite", { variants: 2, now: () => clock });
    await h.deliverWebhooks();
    // The same vendors synced without interruption, into a database of its own.
    reference = await createTestDatabase("sqlite");
    await applyMigrations(reference.url);
  });
  afterAll(async () => {
    await h?.close();
    await reference?.drop();
  });

  it("and rerun at once, 20 times over, ends with exactly the simulators' dataset and equal to an uninterrupted sync", async () => {
    const env = { ...simulatorEnv(h.sims), DATABASE_URL: h.database.url, TEST_PAGE_SIZE: "20" };
    // The reference database receives the same webhook deliveries.
    const referenceSql = await openSql(reference.url);
    for (const d of await h.sql.all<{ vendor: string; body_hash: string; resource_id: string }>(`SELECT vendor, body_hash, resource_id FROM webhook_deliveries`)) {
      await referenceSql.run(`INSERT INTO webhook_deliveries (vendor, body_hash, resource_id, received_at) VALUES (?, ?, ?, ?)`, [d.vendor, d.body_hash, d.resource_id, new Date()]);
    }
    const random = randoms(20261130);
    // How long a whole first sync takes; kills land anywhere inside the work left.
    let window = (await runChild({ ...env, DATABASE_URL: reference.url }, null)).syncMs;
    let interrupted = 0;
    for (let attempt = 0; interrupted < 20 && attempt < 80; attempt++) {
      // The vendors keep changing between runs, so every run has work to be interrupted in.
      changeVendors(h, attempt);
      // The next run starts the moment the killed one is gone: its locks died with it.
      const run = await runChild(env, Math.round(random() * window));
      if (run.killed) {
        interrupted++;
      } else {
        // No run fails, least of all because a killed one seems to hold a vendor.
        expect(run.code, run.output).toBe(0);
        window = Math.max(50, run.syncMs * 0.9);
      }
    }
    expect(interrupted).toBe(20);
    const last = await runChild(env, null);
    expect(last.code, last.output).toBe(0);
    // The uninterrupted reference catches up with the same changes.
    expect((await runChild({ ...env, DATABASE_URL: reference.url }, null)).code).toBe(0);

    const rollups = await rollupsAgainstCalls(h.sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
    const compared = await compareWithSimulators(h.sql, h.sims);
    for (const [name, { db, vendor }] of Object.entries(compared)) expect(db, name).toEqual(vendor);
    expect(await duplicateCalls(h.sql)).toBe(0);
    try {
      expect(await fingerprint(h.sql)).toEqual(await fingerprint(referenceSql));
    } finally {
      await referenceSql.close();
    }
  }, 600_000);
});

// A vendor's sync lock dies with its holder: a kill -9 never blocks the next
// sync, and a process that finds the lock taken can wait for it.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { Connector } from "@/lib/sync/types";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { readHolder } from "./bookkeeping";
import { syncVendor, vendorLockName } from "./engine";

function holdInChild(url: string, name: string): Promise<{ child: ChildProcess; state: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/hold-lock.ts"], {
    env: { ...process.env, DATABASE_URL: url, LOCK_NAME: name },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => child.stdout!.once("data", (chunk) => resolve({ child, state: String(chunk).trim() })));
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** A connector with one stream that takes `ms` and writes nothing. */
function slowConnector(ms: number, onRun: () => void): Connector {
  return {
    vendor: "revont",
    credentialNames: [],
    checkConnection: async () => {},
    streams: [
      {
        name: "calls",
        schema: { safeParse: (v: unknown) => ({ success: true, data: v }) } as never,
        keyOf: () => null,
        map: () => ({}),
        async *pages() {
          onRun();
          await new Promise((resolve) => setTimeout(resolve, ms));
          yield { records: [] };
        },
      },
    ],
  };
}

await describeEachDatabase("a vendor's sync lock", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it("is held by one holder at a time, across processes and within one", async () => {
    const mine = await sql.tryLock("sync-test-a");
    expect(mine).not.toBeNull();
    expect(await sql.tryLock("sync-test-a")).toBeNull();
    const other = await openSql(database.url);
    try {
      expect(await other.tryLock("sync-test-a")).toBeNull();
      expect(await other.tryLock("sync-test-b")).not.toBeNull();
    } finally {
      await other.close();
    }
    const { child, state } = await holdInChild(database.url, "sync-test-a");
    expect(state).toBe("busy");
    await killed(child);
    await mine!.release();
    expect(await sql.tryLock("sync-test-a").then((lock) => lock?.release().then(() => true))).toBe(true);
  });

  it("dies with a holder killed with SIGKILL: the next one takes it at once", async () => {
    const { child, state } = await holdInChild(database.url, "sync-test-c");
    expect(state).toBe("locked");
    expect(await sql.tryLock("sync-test-c")).toBeNull();
    await killed(child);
    // PostgreSQL notices the closed connection within moments; a file lock goes with the process.
    let lock = await sql.tryLock("sync-test-c");
    for (let i = 0; !lock && i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      lock = await sql.tryLock("sync-test-c");
    }
    expect(lock).not.toBeNull();
    await lock!.release();
  });

  it("makes a second sync of the vendor wait for the first and then run, saying whom it waits for", async () => {
    const order: string[] = [];
    const first = syncVendor(sql, slowConnector(1_500, () => order.push("first")), { trigger: "schedule" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const holder = await readHolder(sql, "revont");
    expect(holder).toMatchObject({ pid: process.pid, trigger: "schedule" });
    const waits: string[] = [];
    const second = syncVendor(sql, slowConnector(10, () => order.push("second")), {
      trigger: "cli",
      wait: { timeoutMs: 10_000, onWait: ({ holder: h }) => waits.push(`${h?.pid}/${h?.trigger}`) },
    });
    const [a, b] = await Promise.all([first, second]);
    expect([a.ran, b.ran]).toEqual([true, true]);
    expect(order).toEqual(["first", "second"]);
    expect(waits[0]).toBe(`${process.pid}/schedule`);
    expect(await readHolder(sql, "revont")).toBeNull();
  });

  it("without a wait, reports the vendor as not synced and who held it", async () => {
    const lock = await sql.tryLock(vendorLockName("revont"));
    try {
      const result = await syncVendor(sql, slowConnector(10, () => {}), { trigger: "cli" });
      expect(result.ran).toBe(false);
      const waited = await syncVendor(sql, slowConnector(10, () => {}), { trigger: "cli", wait: { timeoutMs: 600 } });
      expect(waited.ran).toBe(false);
    } finally {
      await lock!.release();
    }
  });

  if (provider === "postgresql") {
    it("is reported lost when its connection dies while held", async () => {
      const lock = await sql.tryLock("sync-test-d");
      expect(lock).not.toBeNull();
      await sql.run(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'coachboard sync-test-d'`);
      for (let i = 0; !lock!.lost.aborted && i < 40; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(lock!.lost.aborted).toBe(true);
      await lock!.release();
      const again = await sql.tryLock("sync-test-d");
      expect(again).not.toBeNull();
      await again!.release();
    });
  }
});

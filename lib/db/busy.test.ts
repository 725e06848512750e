// Another process holding the SQLite write lock never freezes this one: a
// write waits for it without blocking the event loop, and gives up with a
// DatabaseBusyError (a 503 with Retry-After to a client) when it lasts too long.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSqliteDatabase, type TestDatabase } from "@/lib/testing/databases";
import { applyMigrations } from "./migrations";
import { DatabaseBusyError, openSql } from "./sql";

let database: TestDatabase;
beforeAll(async () => {
  database = createSqliteDatabase();
  await applyMigrations(database.url);
});
afterAll(async () => {
  await database?.drop();
});

/** Another process takes the write lock and keeps it for holdMs; resolves once it holds it, with its release. */
function holdWriteLock(holdMs: number): Promise<{ released: Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/hold-write.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, HOLD_MS: String(holdMs) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const released = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return new Promise((resolve) => child.stdout!.once("data", () => resolve({ released })));
}

/** The longest the event loop went without running a 5 ms timer while fn ran. */
async function longestStall<T>(fn: () => Promise<T>): Promise<{ result: T | Error; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  try {
    return { result: await fn().catch((error: Error) => error), stallMs: Math.max(stall, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

const insert = `INSERT INTO webhook_deliveries (vendor, body_hash, resource_id, received_at) VALUES ('analyses', ?, 'x', ?)`;

it("a write waits for another process's write lock without blocking the event loop", async () => {
  const sql = await openSql(database.url);
  try {
    const { released } = await holdWriteLock(1_500);
    const started = performance.now();
    const { result, stallMs } = await longestStall(() => sql.run(insert, ["a", new Date()]));
    // It waited for the other process's commit.
    expect(performance.now() - started).toBeGreaterThan(1_000);
    await released;
    expect(result).toBe(1);
    // A blocking wait would stall for the whole 1.5 s.
    expect(stallMs).toBeLessThan(300);
    // Reads never wait on the writer.
    const reads = await holdWriteLock(800);
    const read = await longestStall(() => sql.all(`SELECT COUNT(*) AS n FROM webhook_deliveries`));
    expect(read.result).toEqual([{ n: 1 }]);
    await reads.released;
  } finally {
    await sql.close();
  }
});

it("a transaction that cannot get the lock within its budget fails as busy, and the connection works on", async () => {
  const sql = await openSql(database.url, { busyBudgetMs: 400 });
  try {
    const { released } = await holdWriteLock(2_000);
    const { result, stallMs } = await longestStall(() => sql.transaction((tx) => tx.run(insert, ["b", new Date()])));
    expect(result).toBeInstanceOf(DatabaseBusyError);
    expect(stallMs).toBeLessThan(300);
    await released;
    expect(await sql.transaction((tx) => tx.run(insert, ["c", new Date()]))).toBe(1);
  } finally {
    await sql.close();
  }
});

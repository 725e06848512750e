// A thin SQL connection for the sync engine's batched writes: better-sqlite3
// or pg directly, one SQL text for both (written with ? placeholders), no ORM
// round trips. The dashboard reads through Prisma; both see the same rows.
import "server-only";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import pg from "pg";
import { type DbProvider, providerFromUrl, sqliteFilePath } from "./provider";

export type SqlValue = string | number | boolean | null | Date | bigint | Buffer;

export interface SqlConnection {
  readonly provider: DbProvider;
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  /**
   * Takes the named lock, or answers null at once when another holder has it.
   * The system releases it when the holder dies, whatever the death (kill -9,
   * an OOM kill, a power cut): an OS file lock beside a SQLite database, a
   * session advisory lock of its own connection on PostgreSQL.
   */
  tryLock(name: string): Promise<HeldLock | null>;
  close(): Promise<void>;
}

export interface HeldLock {
  /** Aborted if the lock is lost while held (its PostgreSQL connection died). */
  readonly lost: AbortSignal;
  release(): Promise<void>;
}

/** The most bound parameters one statement may carry, with headroom. */
export const MAX_PARAMS: Record<DbProvider, number> = { sqlite: 32_000, postgresql: 65_000 };

export interface OpenOptions {
  /**
   * "app" (the default) serves reads and writes; "sync" is a process that
   * mostly writes (the sync command, workers): on SQLite it keeps a small
   * page cache and no memory map, so a long sync's memory stays flat.
   */
  role?: "app" | "sync";
  /** How long a statement keeps trying while another process holds the write lock (SQLite). */
  busyBudgetMs?: number;
}

export async function openSql(url: string, options: OpenOptions = {}): Promise<SqlConnection> {
  return providerFromUrl(url) === "sqlite" ? openSqlite(url, options.role ?? "app", options.busyBudgetMs) : openPostgres(url);
}

// ─── SQLite ────────────────────────────────────────────────────────────────

function sqliteValue(value: SqlValue): unknown {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/**
 * The database stayed locked by another process's write for longer than a
 * statement may wait: the caller answers 503 with Retry-After, or tries later.
 */
export class DatabaseBusyError extends Error {
  readonly retryAfterSeconds = 5;
  constructor(waitedMs: number) {
    super(`the database is busy with another process's write (waited ${Math.round(waitedMs)} ms)`);
    this.name = "DatabaseBusyError";
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/**
 * SQLite's own wait for a lock (busy_timeout) blocks the calling thread, and
 * better-sqlite3 calls it on the event loop: a web process would stop
 * answering while another process writes. So the connection waits only a
 * moment itself, and a statement that still meets a lock is tried again after
 * an asynchronous pause, doubling up to a cap, until its budget runs out.
 */
const SQLITE_BUSY_TIMEOUT_MS = 20;
const BUSY_BUDGET_MS: Record<"app" | "sync", number> = { app: 8_000, sync: 120_000 };

async function retryWhileBusy<T>(attempt: () => T, budgetMs: number): Promise<T> {
  const started = performance.now();
  let pause = 5;
  for (;;) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = performance.now() - started;
      if (waited + pause > budgetMs) throw new DatabaseBusyError(waited);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 250);
    }
  }
}

/** Serializes async work on one connection, so a transaction is never interleaved. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

function openSqlite(url: string, role: "app" | "sync", busyBudgetMs?: number): SqlConnection {
  const file = sqliteFilePath(url);
  if (file !== ":memory:" && !existsSync(path.dirname(file))) mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  const budget = busyBudgetMs ?? BUSY_BUDGET_MS[role];
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // Checkpoints (copying the WAL into the database, with an fsync each) run
  // on a thread of their own, so a sync writing megabytes a second never
  // waits on the disk; the connection checkpoints itself only as a backstop.
  const checkpointer = file === ":memory:" ? null : startCheckpointer(file);
  db.pragma(`wal_autocheckpoint = ${checkpointer ? 16_384 : 1000}`);
  db.pragma("journal_size_limit = 67108864");
  db.pragma("foreign_keys = ON");
  // Aggregates sort in temporary b-trees: keep them in memory, and give reads
  // a page cache and a memory map large enough for the rollups.
  db.pragma("temp_store = MEMORY");
  db.pragma(role === "app" ? "cache_size = -65536" : "cache_size = -16384");
  db.pragma(role === "app" ? "mmap_size = 268435456" : "mmap_size = 0");
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
  const mutex = new Mutex();

  const directAll = <T>(sql: string, params: readonly SqlValue[] = []): T[] => prepare(sql).all(...params.map(sqliteValue)) as T[];
  const directRun = (sql: string, params: readonly SqlValue[] = []): number => {
    const statement = prepare(sql);
    if (statement.reader) return statement.all(...params.map(sqliteValue)).length;
    return statement.run(...params.map(sqliteValue)).changes;
  };
  // Inside a transaction this connection holds the write lock already.
  const direct = {
    all: async <T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> => directAll<T>(sql, params),
    run: async (sql: string, params?: readonly SqlValue[]): Promise<number> => directRun(sql, params),
  };

  const connection: SqlConnection = {
    provider: "sqlite",
    all: (sql, params) => mutex.lock(() => retryWhileBusy(() => directAll(sql, params), budget)),
    run: (sql, params) => mutex.lock(() => retryWhileBusy(() => directRun(sql, params), budget)),
    transaction: (fn) =>
      mutex.lock(async () => {
        // IMMEDIATE takes the write lock up front, so a read-then-write
        // transaction never fails on a lock upgrade; it waits (without
        // blocking the event loop) for another process's write instead.
        await retryWhileBusy(() => db.prepare("BEGIN IMMEDIATE").run(), budget);
        const tx: SqlConnection = {
          provider: "sqlite",
          all: direct.all,
          run: direct.run,
          transaction: (inner) => inner(tx),
          tryLock: connection.tryLock,
          close: async () => {},
        };
        try {
          const result = await fn(tx);
          db.prepare("COMMIT").run();
          return result;
        } catch (error) {
          if (db.inTransaction) db.prepare("ROLLBACK").run();
          throw error;
        }
      }),
    tryLock: async (name) => sqliteFileLock(file, name),
    close: async () => {
      await checkpointer?.terminate();
      db.close();
    },
  };
  return connection;
}

/**
 * A worker thread with its own connection that checkpoints the WAL every
 * 200 ms (PASSIVE: it never blocks readers or the writer). It does not keep
 * the process alive.
 */
function startCheckpointer(file: string): Worker | null {
  let driver: string;
  try {
    driver = createRequire(path.join(process.cwd(), "package.json")).resolve("better-sqlite3");
  } catch {
    return null;
  }
  const worker = new Worker(
    `const Database = require(${JSON.stringify(driver)});
const db = new Database(${JSON.stringify(path.resolve(file))}, { timeout: 0 });
setInterval(() => { try { db.pragma("wal_checkpoint(PASSIVE)"); } catch {} }, 200);`,
    // Plain JavaScript: none of the parent's loaders, and a small heap.
    { eval: true, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } },
  );
  worker.unref();
  // A checkpointer that fails leaves the connection's own checkpoints in charge.
  worker.on("error", () => {});
  return worker;
}

// ─── PostgreSQL ────────────────────────────────────────────────────────────

/**
 * SQLite's own file locking (POSIX locks, which the kernel drops with the
 * process) on a small database file beside the main one, held by an open
 * EXCLUSIVE transaction that never writes. Another connection, in this
 * process or another, gets SQLITE_BUSY at once.
 */
function sqliteFileLock(file: string, name: string): HeldLock | null {
  if (file === ":memory:") return memoryLock(name);
  const db = new Database(`${file}.${name.replace(/[^A-Za-z0-9_-]/g, "_")}.lock`, { timeout: 0 });
  try {
    db.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY" || (error as { code?: string }).code === "SQLITE_LOCKED") return null;
    throw error;
  }
  const lost = new AbortController();
  return {
    lost: lost.signal,
    release: async () => {
      if (!db.open) return;
      db.exec("ROLLBACK");
      db.close();
    },
  };
}

const memoryLocks = new Set<string>();

/** An in-memory database has no file to lock and lives in one process: a lock within it. */
function memoryLock(name: string): HeldLock | null {
  if (memoryLocks.has(name)) return null;
  memoryLocks.add(name);
  return { lost: new AbortController().signal, release: async () => void memoryLocks.delete(name) };
}

const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/**
 * Timestamps are stored in UTC without a zone (as Prisma does); read them as
 * UTC whatever the process's zone. Counts come back as numbers.
 */
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === PG_TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function pgValue(value: SqlValue): unknown {
  // A zone-less UTC literal, so the session's time zone never shifts it.
  if (value instanceof Date) return value.toISOString().replace("Z", "");
  return value;
}

/** Rewrites ? placeholders to $1, $2... outside string literals. */
export function toPgPlaceholders(sql: string): string {
  let index = 0;
  let out = "";
  let quoted = false;
  for (const char of sql) {
    if (char === "'") quoted = !quoted;
    out += char === "?" && !quoted ? `$${++index}` : char;
  }
  return out;
}

function openPostgres(url: string): SqlConnection {
  // Aggregates and sorts of the dashboard's reads fit in memory with a little more than the default 4 MB.
  const pool = new pg.Pool({ connectionString: url, max: 4, types: pgTypes, options: "-c work_mem=32MB" });
  // An idle connection the server ends (a restart, a database dropped with
  // FORCE) is dropped from the pool; the next query opens a fresh one. Without
  // a listener the pool's "error" event would take the process down.
  pool.on("error", () => {});
  const texts = new Map<string, string>();
  const text = (sql: string) => {
    let converted = texts.get(sql);
    if (converted === undefined) {
      converted = toPgPlaceholders(sql);
      if (texts.size > 500) texts.clear();
      texts.set(sql, converted);
    }
    return converted;
  };
  const on = (client: pg.Pool | pg.PoolClient) => ({
    async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      return (await client.query(text(sql), params.map(pgValue))).rows as T[];
    },
    async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
      return (await client.query(text(sql), params.map(pgValue))).rowCount ?? 0;
    },
  });
  const direct = on(pool);
  return {
    provider: "postgresql",
    all: direct.all,
    run: direct.run,
    tryLock: (name) => pgAdvisoryLock(url, name),
    async transaction(fn) {
      const client = await pool.connect();
      const scoped = on(client);
      const tx: SqlConnection = {
        provider: "postgresql",
        all: scoped.all,
        run: scoped.run,
        transaction: (inner) => inner(tx),
        tryLock: (name) => pgAdvisoryLock(url, name),
        close: async () => {},
      };
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** How often a held advisory lock's connection is checked; a dead one means the lock is gone. */
const LOCK_CHECK_MS = 10_000;

/**
 * A session-level advisory lock on a connection of its own, kept open while
 * the lock is held: the server releases it when that connection ends, so a
 * holder that dies cannot keep it. If the connection fails while held, `lost`
 * is aborted and the holder must stop.
 */
async function pgAdvisoryLock(url: string, name: string): Promise<HeldLock | null> {
  const client = new pg.Client({ connectionString: url, application_name: `coachboard ${name}`.slice(0, 63) });
  await client.connect();
  const lost = new AbortController();
  let released = false;
  const fail = (reason: string) => {
    if (!released && !lost.signal.aborted) lost.abort(new Error(`the ${name} lock was lost: ${reason}`));
  };
  client.on("error", (error) => fail(error.message));
  client.on("end", () => fail("its database connection ended"));
  const key = `coachboard:${name}`;
  let held = false;
  try {
    const { rows } = await client.query<{ held: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)::bigint) AS held", [key]);
    held = rows[0]?.held === true;
  } finally {
    if (!held) {
      released = true;
      await client.end().catch(() => {});
    }
  }
  if (!held) return null;
  const check = setInterval(() => {
    client.query("SELECT 1").catch((error: Error) => fail(error.message));
  }, LOCK_CHECK_MS);
  check.unref();
  return {
    lost: lost.signal,
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(check);
      await client.query("SELECT pg_advisory_unlock(hashtext($1)::bigint)", [key]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

// ─── Helpers for batched statements ────────────────────────────────────────

/** "(?, ?, ?), (?, ?, ?)" for rows of width columns. */
export function valuesList(rows: number, width: number): string {
  const row = `(${new Array(width).fill("?").join(", ")})`;
  return new Array(rows).fill(row).join(", ");
}

/** "?, ?, ?" for an IN list. */
export function placeholders(count: number): string {
  return new Array(count).fill("?").join(", ");
}

/** Splits items so each chunk's statement stays under the parameter limit. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface UpsertSpec {
  table: string;
  columns: readonly string[];
  conflict: readonly string[];
  /** Columns to overwrite on conflict; [] means DO NOTHING. Defaults to every non-key column. */
  update?: readonly string[];
  returning?: readonly string[];
}

/**
 * INSERT ... ON CONFLICT ... DO UPDATE for many rows, in as few statements
 * as the parameter limit allows. SQLite and PostgreSQL accept the same text.
 */
export async function upsertRows<T = Record<string, unknown>>(
  sql: SqlConnection,
  spec: UpsertSpec,
  rows: readonly (readonly SqlValue[])[],
): Promise<T[]> {
  if (rows.length === 0) return [];
  const update = spec.update ?? spec.columns.filter((c) => !spec.conflict.includes(c));
  const onConflict = update.length
    ? `ON CONFLICT (${spec.conflict.join(", ")}) DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(", ")}`
    : `ON CONFLICT (${spec.conflict.join(", ")}) DO NOTHING`;
  const returning = spec.returning?.length ? ` RETURNING ${spec.returning.join(", ")}` : "";
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS[sql.provider] / spec.columns.length));
  const out: T[] = [];
  for (const part of chunk(rows, perStatement)) {
    const text = `INSERT INTO ${spec.table} (${spec.columns.join(", ")}) VALUES ${valuesList(part.length, spec.columns.length)} ${onConflict}${returning}`;
    const params = part.flat();
    if (returning) out.push(...(await sql.all<T>(text, params)));
    else await sql.run(text, params);
  }
  return out;
}

/** Inserts many rows (no conflict handling). */
export async function insertRows(sql: SqlConnection, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS[sql.provider] / columns.length));
  for (const part of chunk(rows, perStatement)) {
    await sql.run(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${valuesList(part.length, columns.length)}`, part.flat());
  }
}

/** Runs a statement with an IN (...) list over many values, chunked. */
export async function forEachInChunk<V extends SqlValue>(
  sql: SqlConnection,
  values: readonly V[],
  fn: (part: V[], list: string) => Promise<void>,
  size = 500,
): Promise<void> {
  for (const part of chunk(values, size)) await fn(part, placeholders(part.length));
}

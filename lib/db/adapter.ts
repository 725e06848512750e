import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerFromUrl, sqliteFilePath } from "./provider";

/**
 * The driver adapter factory for a DATABASE_URL. SQLite stores DateTime as
 * epoch milliseconds: compact, and compared as integers in hand-written SQL.
 */
export function createAdapterFactory(url: string, options: { poolSize?: number } = {}) {
  if (providerFromUrl(url) === "sqlite") {
    // The app reads through Prisma and writes through lib/db/sql.ts. Reads in WAL
    // mode never wait on a writer; the short wait only covers a rare recovery,
    // and is spent on the event loop (better-sqlite3 waits synchronously).
    return new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 250 }, { timestampFormat: "unixepoch-ms" });
  }
  return new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Queryable = {
  performIO?: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
  startTransaction?: (...args: unknown[]) => Promise<object>;
  executeScript?: (script: string) => Promise<void>;
  underlyingDriver?: () => { query(text: string): Promise<unknown> };
  onError?: (error: unknown) => never;
};

/**
 * Two fixes for the schema engine's PostgreSQL connections. It describes a
 * database through pg_catalog columns of type "char" (relkind, contype...),
 * which @prisma/adapter-pg does not map and rejects; they arrive as
 * one-character strings, so reading them as text is exact. And scripts run
 * whole (see below).
 */
function readCharAsText<T extends object>(queryable: T): T {
  const target = queryable as T & Queryable;
  const performIO = target.performIO?.bind(target);
  if (!performIO) return queryable;
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  // The adapter splits scripts on every ";", which breaks dollar-quoted
  // function bodies. PostgreSQL takes a whole script in one simple query,
  // and runs it as one transaction: a migration applies whole or not at all.
  const driver = target.underlyingDriver?.();
  if (target.executeScript && driver) {
    target.executeScript = async (script) => {
      try {
        await driver.query(script);
      } catch (error) {
        target.onError?.(error);
        throw error;
      }
    };
  }
  const startTransaction = target.startTransaction;
  if (startTransaction) {
    target.startTransaction = async (...args) => readCharAsText(await startTransaction.apply(target, args));
  }
  return queryable;
}

/** The adapter factory the schema engine uses for migrations and drift checks. */
export function createMigrationAdapterFactory(url: string) {
  const factory = createAdapterFactory(url, { poolSize: 2 });
  if (factory instanceof PrismaPg) {
    const connect = factory.connect.bind(factory);
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    factory.connect = async () => readCharAsText(await connect());
    factory.connectToShadowDb = async () => readCharAsText(await connectToShadowDb());
  }
  return factory;
}

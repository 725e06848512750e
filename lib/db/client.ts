// The Prisma client for DATABASE_URL: SQLite or PostgreSQL, chosen at run time.
import "server-only";
import type { PrismaClient } from "./generated/sqlite/client";
import { createAdapterFactory } from "./adapter";
import { type DbProvider, providerFromUrl } from "./provider";

/**
 * Both generated clients have the same models (one schema), so the app is
 * typed against the SQLite one whichever database serves.
 */
export type Db = PrismaClient;

export interface DbHandle {
  db: Db;
  provider: DbProvider;
  url: string;
}

/** A new client for url. Callers that want the process-wide one use getDb(). */
export async function createDb(url: string, options: { poolSize?: number } = {}): Promise<DbHandle> {
  const provider = providerFromUrl(url);
  const adapter = createAdapterFactory(url, options);
  if (provider === "sqlite") {
    const { PrismaClient } = await import("./generated/sqlite/client");
    const db = new PrismaClient({ adapter });
    // Per connection: with WAL, NORMAL is durable across application crashes.
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    return { db, provider, url };
  }
  const { PrismaClient } = await import("./generated/postgresql/client");
  return { db: new PrismaClient({ adapter }) as unknown as Db, provider, url };
}

const globalForDb = globalThis as typeof globalThis & { coachboardDb?: Promise<DbHandle> };

/**
 * The process-wide client. Kept on globalThis so hot reloads in development
 * do not open a new connection each time.
 */
export function getDbHandle(url: string): Promise<DbHandle> {
  if (!globalForDb.coachboardDb) {
    globalForDb.coachboardDb = createDb(url);
    globalForDb.coachboardDb.catch(() => {
      globalForDb.coachboardDb = undefined;
    });
  }
  return globalForDb.coachboardDb;
}

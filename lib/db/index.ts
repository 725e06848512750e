import "server-only";
import { getEnv } from "../env";
import { getDbHandle, type Db, type DbHandle } from "./client";
import { openSql, type SqlConnection } from "./sql";

export type { Db, DbHandle };

/** The Prisma client of this process, from DATABASE_URL. */
export async function getDb(): Promise<Db> {
  return (await getDbHandle(getEnv().DATABASE_URL)).db;
}

export async function getDatabase(): Promise<DbHandle> {
  return getDbHandle(getEnv().DATABASE_URL);
}

const globalForSql = globalThis as typeof globalThis & { coachboardSql?: Promise<SqlConnection> };

/** The connection the data layer's aggregate reads use (plain SQL, both databases). */
export function getSql(): Promise<SqlConnection> {
  globalForSql.coachboardSql ??= openSql(getEnv().DATABASE_URL);
  return globalForSql.coachboardSql;
}

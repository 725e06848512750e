import "server-only";
import { getEnv } from "../env";
import { getDbHandle, type Db, type DbHandle } from "./client";

export type { Db, DbHandle };

/** The database of this process, from DATABASE_URL. */
export async function getDb(): Promise<Db> {
  return (await getDbHandle(getEnv().DATABASE_URL)).db;
}

export async function getDatabase(): Promise<DbHandle> {
  return getDbHandle(getEnv().DATABASE_URL);
}

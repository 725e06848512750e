// Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL
// database on the server at TEST_POSTGRES_URL, each dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe } from "vitest";
import type { DbProvider } from "@/lib/db/provider";

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let reachable: Promise<string | null> | undefined;

/** null when PostgreSQL answers, otherwise why not. */
export function postgresProblem(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return null;
    } catch (error) {
      return `PostgreSQL at ${TEST_POSTGRES_URL} is not reachable (${(error as Error).message})`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

export interface TestDatabase {
  provider: DbProvider;
  url: string;
  drop(): Promise<void>;
}

export function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "coachboard-test-"));
  return {
    provider: "sqlite",
    url: `file:${path.join(dir, "test.db")}`,
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `coachboard_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    provider: "postgresql",
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function createTestDatabase(provider: DbProvider): Promise<TestDatabase> {
  return provider === "sqlite" ? Promise.resolve(createSqliteDatabase()) : createPostgresDatabase();
}

/**
 * Runs a suite once per database. Under CI the PostgreSQL run is mandatory
 * and fails when the server cannot be reached; elsewhere it is skipped with
 * the reason printed.
 */
export async function describeEachDatabase(name: string, suite: (provider: DbProvider) => void): Promise<void> {
  const problem = await postgresProblem();
  if (problem && process.env.CI === "true") {
    throw new Error(`${problem}; under CI the PostgreSQL tests must run`);
  }
  if (problem) console.warn(`Skipping the PostgreSQL run of "${name}": ${problem}`);
  describe(`${name} [sqlite]`, () => suite("sqlite"));
  describe.skipIf(problem !== null)(`${name} [postgresql]`, () => suite("postgresql"));
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import {
  applyMigrations,
  diffDatabaseToSchema,
  diffDatamodels,
  MigrationError,
  migrationsDir,
  readAppliedMigrations,
  readMigrations,
  SNAPSHOT_PATH,
} from "./migrations";
import type { DbProvider } from "./provider";
import { sqliteFilePath } from "./provider";

async function listTables(database: TestDatabase): Promise<string[]> {
  if (database.provider === "sqlite") {
    const db = new Database(sqliteFilePath(database.url), { readonly: true });
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    db.close();
    return rows.map((row) => row.name);
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  await client.end();
  return rows.map((row) => row.name);
}

it("keeps the same migrations, in the same order, for both providers", () => {
  const sqlite = readMigrations("sqlite").map((m) => m.name);
  const postgresql = readMigrations("postgresql").map((m) => m.name);
  expect(sqlite.length).toBeGreaterThan(0);
  expect(postgresql).toEqual(sqlite);
});

it.each<DbProvider>(["sqlite", "postgresql"])("has no schema change left without a migration (%s)", async (provider) => {
  const schema = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const snapshot = readFileSync(SNAPSHOT_PATH, "utf8");
  expect(await diffDatamodels(provider, snapshot, schema)).toBe("");
});

await describeEachDatabase("migrations", (provider) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    await database.drop();
  });

  it("apply to an empty database, record themselves, and are a no-op the second time", async () => {
    const committed = readMigrations(provider);
    expect(await applyMigrations(database.url)).toEqual(committed.map((m) => m.name));
    const applied = await readAppliedMigrations(database.url);
    expect(applied.map((row) => [row.name, row.checksum])).toEqual(committed.map((m) => [m.name, m.checksum]));
    expect(await applyMigrations(database.url)).toEqual([]);
    expect(await listTables(database)).toEqual(expect.arrayContaining(["calls", "transcripts", "call_scores", "_prisma_migrations"]));
  });

  it("produce exactly the schema in prisma/schema.prisma (no drift between the providers)", async () => {
    await applyMigrations(database.url);
    expect(await diffDatabaseToSchema(database.url)).toBe("");
  });

  it("notice a database that differs from the schema", async () => {
    await applyMigrations(database.url);
    if (provider === "sqlite") {
      const db = new Database(sqliteFilePath(database.url));
      db.exec("ALTER TABLE calls DROP COLUMN summary");
      db.close();
    } else {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query("ALTER TABLE calls DROP COLUMN summary");
      await client.end();
    }
    expect(await diffDatabaseToSchema(database.url)).toMatch(/summary/);
  });

  it("refuse a migration edited after it was applied, and leave the database untouched", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "coachboard-migrations-"));
    try {
      cpSync(migrationsDir(provider), dir, { recursive: true });
      await applyMigrations(database.url, { dir });
      const before = { tables: await listTables(database), applied: await readAppliedMigrations(database.url) };

      const [first] = readMigrations(provider, dir);
      const file = path.join(dir, first.name, "migration.sql");
      writeFileSync(file, `${readFileSync(file, "utf8")}\nCREATE TABLE sneaky (id INTEGER);\n`);

      await expect(applyMigrations(database.url, { dir })).rejects.toThrow(MigrationError);
      await expect(applyMigrations(database.url, { dir })).rejects.toThrow(new RegExp(`${first.name} was edited after it was applied`));
      expect({ tables: await listTables(database), applied: await readAppliedMigrations(database.url) }).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

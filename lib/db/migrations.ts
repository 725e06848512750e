// Offline migrations: the committed SQL of each provider, applied through the
// WebAssembly schema engine and recorded in Prisma's own _prisma_migrations
// table, so `prisma migrate deploy` stays interchangeable where the native
// engine can be had.
import "server-only";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { NO_FILTERS, openSchemaEngine } from "./schema-engine";
import { renderSchema } from "./schema-source";
import { type DbProvider, DB_PROVIDERS, providerFromUrl, sqliteFilePath } from "./provider";

export const MIGRATIONS_ROOT = path.join(process.cwd(), "prisma", "migrations");
/** The datamodel as of the newest migration; new migrations are the diff from it. */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_ROOT, "schema.snapshot.prisma");
const LOCKFILE = "migration_lock.toml";

/**
 * Tables the migrations create by hand that Prisma's datamodel cannot
 * describe (full-text search indexes). The drift check ignores them.
 */
export const EXTERNAL_TABLES: Record<DbProvider, string[]> = {
  sqlite: [
    "transcript_search",
    "transcript_search_data",
    "transcript_search_idx",
    "transcript_search_content",
    "transcript_search_docsize",
    "transcript_search_config",
  ],
  postgresql: ["public.transcript_search"],
};

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function migrationsDir(provider: DbProvider): string {
  return path.join(MIGRATIONS_ROOT, provider);
}

/** Prisma's checksum of a migration script: the hex SHA-256 of its bytes. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function readMigrations(provider: DbProvider, dir = migrationsDir(provider)): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface AppliedRow {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

/** Rows of _prisma_migrations, or [] when the table does not exist yet. */
export async function readAppliedMigrations(url: string): Promise<AppliedRow[]> {
  const query =
    "SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations ORDER BY migration_name";
  if (providerFromUrl(url) === "sqlite") {
    const file = sqliteFilePath(url);
    if (!existsSync(file)) return [];
    const db = new Database(file, { readonly: true });
    try {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'").get();
      if (!exists) return [];
      return (db.prepare(query).all() as { name: string; checksum: string; finished: number; rolled_back: number }[]).map(
        (row) => ({ name: row.name, checksum: row.checksum, finished: !!row.finished, rolledBack: !!row.rolled_back }),
      );
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: exists } = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!exists[0].present) return [];
    const { rows } = await client.query<{ name: string; checksum: string; finished: boolean; rolled_back: boolean }>(query);
    return rows.map((row) => ({ name: row.name, checksum: row.checksum, finished: row.finished, rolledBack: row.rolled_back }));
  } finally {
    await client.end();
  }
}

/**
 * Refuses, before touching anything, a database whose applied migrations
 * differ from the committed ones: an edited script, or one that failed.
 */
export function checkHistory(applied: AppliedRow[], committed: Migration[]): void {
  const byName = new Map(committed.map((m) => [m.name, m]));
  for (const row of applied) {
    if (row.rolledBack) continue;
    const migration = byName.get(row.name);
    if (!migration) {
      throw new MigrationError(
        `migration ${row.name} is applied to the database but is not in prisma/migrations; this database was migrated by a newer Coachboard`,
      );
    }
    if (migration.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${row.name} was edited after it was applied (checksum ${row.checksum.slice(0, 12)} in the database, ${migration.checksum.slice(0, 12)} on disk); restore the original file and add a new migration instead`,
      );
    }
    if (!row.finished) {
      throw new MigrationError(
        `migration ${row.name} failed part-way on this database; repair it by hand, then mark it rolled back in _prisma_migrations`,
      );
    }
  }
}

function ensureSqliteFile(url: string): void {
  const file = sqliteFilePath(url);
  if (file === ":memory:") return;
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers (the dashboard) go on while the sync writes; it is a
  // property of the file, so setting it once here is enough.
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}

/** Applies the committed migrations that are not applied yet; returns their names. */
export async function applyMigrations(url: string, options: { dir?: string } = {}): Promise<string[]> {
  const provider = providerFromUrl(url);
  const dir = options.dir ?? migrationsDir(provider);
  const committed = readMigrations(provider, dir);
  if (committed.length === 0) throw new MigrationError(`no migrations in ${dir}`);
  if (provider === "sqlite") ensureSqliteFile(url);
  const applied = await readAppliedMigrations(url);
  checkHistory(applied, committed);
  // Nothing pending (every start but the first): the schema engine, tens of
  // megabytes of WebAssembly that would stay in memory, is not loaded.
  const done = new Set(applied.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
  if (committed.every((m) => done.has(m.name))) return [];

  const schema = { path: "schema.prisma", content: renderSchema(provider) };
  const handle = await openSchemaEngine(url, schema);
  try {
    const lockPath = path.join(dir, LOCKFILE);
    const result = await handle.engine.applyMigrations({
      migrationsList: {
        baseDir: dir,
        lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
        shadowDbInitScript: "",
        migrationDirectories: committed.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: { ...NO_FILTERS, externalTables: EXTERNAL_TABLES[provider] },
    });
    return result.appliedMigrationNames;
  } finally {
    await handle.close();
  }
}

/**
 * The SQL that would bring the database at url to the schema; empty when the
 * two agree. The drift test runs this after applying the migrations.
 */
export async function diffDatabaseToSchema(url: string): Promise<string> {
  const provider = providerFromUrl(url);
  const schema = { path: "schema.prisma", content: renderSchema(provider) };
  const handle = await openSchemaEngine(url, schema);
  try {
    const result = await handle.engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: { ...NO_FILTERS, externalTables: EXTERNAL_TABLES[provider] },
    });
    return normalizeScript(result.stdout ?? "");
  } finally {
    await handle.close();
  }
}

/** An empty diff comes back as a comment; treat any script with no statement as empty. */
function normalizeScript(script: string): string {
  const statements = script
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"))
    .join("\n");
  return statements.trim() ? script.trim() : "";
}

/** The SQL of the change from one datamodel to another, for a provider. No database needed. */
export async function diffDatamodels(provider: DbProvider, from: string | null, to: string): Promise<string> {
  const target = { path: "schema.prisma", content: renderSchema(provider, to) };
  const handle = await openSchemaEngine({ offline: provider }, target);
  try {
    const result = await handle.engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: renderSchema(provider, from) }] },
      to: { tag: "schemaDatamodel", files: [target] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return normalizeScript(result.stdout ?? "");
  } finally {
    await handle.close();
  }
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes a migration for each provider from the change between the snapshot
 * of the last migration and prisma/schema.prisma; returns the folders written.
 */
export async function createMigration(name: string, now = new Date()): Promise<string[]> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new MigrationError(`migration name must be lower_snake_case, got "${name}"`);
  const current = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const previous = existsSync(SNAPSHOT_PATH) ? readFileSync(SNAPSHOT_PATH, "utf8") : null;
  const folder = `${timestamp(now)}_${name}`;
  const scripts = new Map<DbProvider, string>();
  for (const provider of DB_PROVIDERS) scripts.set(provider, await diffDatamodels(provider, previous, current));
  if ([...scripts.values()].every((sql) => sql === "")) return [];
  const written: string[] = [];
  for (const provider of DB_PROVIDERS) {
    const dir = migrationsDir(provider);
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, "migration.sql"), `${scripts.get(provider)}\n`);
    writeFileSync(
      path.join(dir, LOCKFILE),
      `# Written by npm run db:new-migration. Do not edit.\nprovider = "${provider}"\n`,
    );
    written.push(path.join(dir, folder));
  }
  writeFileSync(SNAPSHOT_PATH, current);
  return written;
}

// The dashboard says how to connect a vendor while nothing can fill it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { parseEnv } from "@/lib/env";
import { createSqliteDatabase, type TestDatabase } from "@/lib/testing/databases";
import { noVendorConnected } from "./connect-vendor-notice";

describe("whether no vendor is connected", () => {
  let database: TestDatabase;
  let sql: SqlConnection;
  beforeAll(async () => {
    database = createSqliteDatabase();
    await applyMigrations(database.url);
    sql = await openSql(database.url);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it("is so on a set-up database with no vendor configured and none synced", async () => {
    expect(await noVendorConnected(sql, parseEnv({ DATABASE_URL: database.url }))).toBe(true);
  });

  it("is not so once a vendor is configured here, or has synced (from workers that hold its credentials)", async () => {
    expect(await noVendorConnected(sql, parseEnv({ DATABASE_URL: database.url, REVONT_API_KEY: "key" }))).toBe(false);
    await sql.run(`INSERT INTO sync_states (vendor, stream, version, updated_at) VALUES (?, ?, ?, ?)`, ["revont", "calls", 0, new Date()]);
    expect(await noVendorConnected(sql, parseEnv({ DATABASE_URL: database.url }))).toBe(false);
  });
});

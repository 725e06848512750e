import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { createSqliteDatabase, type TestDatabase } from "@/lib/testing/databases";
import { pruneWebhookDeliveries } from "./bookkeeping";

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

it("forgets webhook deliveries fetched longer ago than their retention, never an unfetched one", async () => {
  const now = new Date("2026-12-05T12:00:00Z");
  const day = 86_400_000;
  const deliveries: [string, Date, Date | null][] = [
    ["old-fetched", new Date(now.getTime() - 40 * day), new Date(now.getTime() - 40 * day)],
    ["old-unfetched", new Date(now.getTime() - 40 * day), null],
    ["recent", new Date(now.getTime() - 2 * day), new Date(now.getTime() - 2 * day)],
  ];
  for (const [hash, received, processed] of deliveries) {
    await sql.run(`INSERT INTO webhook_deliveries (vendor, body_hash, resource_id, received_at, processed_at) VALUES ('analyses', ?, 'x', ?, ?)`, [hash, received, processed]);
  }
  expect(await pruneWebhookDeliveries(sql, now, 30)).toBe(1);
  expect((await sql.all<{ body_hash: string }>(`SELECT body_hash FROM webhook_deliveries ORDER BY body_hash`)).map((r) => r.body_hash)).toEqual(["old-unfetched", "recent"]);
});

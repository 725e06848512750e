// Upgrade work queued by a migration is done once, by whoever runs it first.
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { runMaintenance } from "./maintenance";

await describeEachDatabase("maintenance after an upgrade", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it("fills the CRM links of calls stored before them, once, and waits its turn while another process runs it", async () => {
    await sql.run(
      `INSERT INTO calls (vendor, external_id, started_at, prospect_company, raw, content_hash, created_at, updated_at) VALUES ('revont', 'r1', ?, 'Acme Corp', '{}', 'h', ?, ?)`,
      [new Date("2026-01-05T10:00:00Z"), new Date(), new Date()],
    );
    const held = await sql.tryLock("maintenance");
    expect(await runMaintenance(sql)).toBe("busy");
    await held!.release();
    const lines: string[] = [];
    expect(await runMaintenance(sql, (line) => lines.push(line))).toBe("done");
    expect(lines.map((line) => line.split(":")[0])).toEqual(["crm_links_backfill", "talk_metrics_rederive"]);
    expect(await sql.all(`SELECT kind, name FROM call_crm_links`)).toEqual([{ kind: "account", name: "Acme Corp" }]);
    const [task] = await sql.all<{ done_at: unknown }>(`SELECT done_at FROM maintenance_tasks WHERE name = 'crm_links_backfill'`);
    expect(task.done_at).not.toBeNull();
    // Done once: a second start does nothing.
    expect(await runMaintenance(sql, (line) => lines.push(line))).toBe("done");
    expect(lines).toHaveLength(2);
  });
});

// The SQLite connection's WAL is checkpointed by its background thread, so
// the writing connection never stops for a checkpoint's fsync.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSql } from "./sql";

const dir = mkdtempSync(path.join(tmpdir(), "coachboard-sql-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the SQLite connection", () => {
  it("leaves checkpoints to its background thread", async () => {
    const file = path.join(dir, "wal.db");
    const sql = await openSql(`file:${file}`);
    try {
      await sql.run(`CREATE TABLE blobs (id INTEGER PRIMARY KEY, body TEXT)`);
      const body = "x".repeat(64 * 1024);
      // ~16 MB in one transaction: 4,000 pages, past SQLite's usual 1,000-page checkpoint.
      await sql.transaction(async (tx) => {
        for (let i = 0; i < 256; i++) await tx.run(`INSERT INTO blobs (body) VALUES (?)`, [`${i}${body}`]);
      });
      // The commit left the pages in the WAL: this connection did not checkpoint them itself.
      expect(statSync(file).size).toBeLessThan(1024 * 1024);
      const deadline = Date.now() + 10_000;
      while (statSync(file).size < 16 * 1024 * 1024 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(statSync(file).size).toBeGreaterThanOrEqual(16 * 1024 * 1024);
      const [{ n }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM blobs`);
      expect(n).toBe(256);
    } finally {
      await sql.close();
    }
  });
});

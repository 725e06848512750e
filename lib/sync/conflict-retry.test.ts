// A page ended by a conflict with another transaction (PostgreSQL's deadlock
// or serialization failure) is written again whole, and counted once.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SqlConnection } from "@/lib/db/sql";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { syncVendor } from "./engine";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("sqlite");
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** The connection, with its first `failures` transactions rolled back at their end as a deadlock victim's are. */
function deadlocking(sql: SqlConnection, failures: number): { sql: SqlConnection; failed: () => number } {
  let failed = 0;
  const wrapped: SqlConnection = {
    ...sql,
    transaction: (fn) =>
      sql.transaction(async (tx) => {
        const result = await fn(tx);
        if (failed < failures) {
          failed++;
          throw Object.assign(new Error("deadlock detected"), { code: "40P01" });
        }
        return result;
      }),
  };
  return { sql: wrapped, failed: () => failed };
}

it("writes a page the database ended for a deadlock again, and counts it once", async () => {
  const [salesfinity] = h.connectors().filter((c) => c.connector.vendor === "salesfinity");
  const conflicted = deadlocking(h.sql, 2);
  const result = await syncVendor(conflicted.sql, salesfinity.connector, { trigger: "cli", streams: ["scored-calls"] });
  expect(conflicted.failed()).toBe(2);
  const [stream] = result.streams;
  expect(stream.error).toBeNull();
  const [{ n }] = await h.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM calls WHERE vendor = 'salesfinity'`);
  expect(Number(n)).toBeGreaterThan(0);
  // Every stored call counted once as new: none twice for the attempts rolled back.
  expect(stream.totals.created).toBe(Number(n));
});

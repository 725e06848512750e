// The skill rollups leave out scores given on insufficient evidence and count them apart.
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { CallRecord, ScoreRecord } from "@/lib/domain/records";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { writeBatch } from ".";
import { rebuildAllRollups } from "./rollups";

const pitch = (score: number, insufficientEvidence = false): ScoreRecord => ({ skillSet: "salesfinity", skill: "pitch", label: "Pitch", score, insufficientEvidence });

const call = (externalId: string, day: string, scores: ScoreRecord[]): CallRecord => ({
  vendor: "salesfinity",
  externalId,
  repExternalId: "u1",
  rep: { vendor: "salesfinity", externalId: "u1", email: "ada@org.example", firstName: "Ada", lastName: "Lane", raw: null },
  startedAt: new Date(`${day}T15:00:00Z`),
  durationSec: 300,
  overallScore: 70,
  scores,
  raw: { id: externalId },
});

await describeEachDatabase("skill rollups and insufficient evidence", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  const read = async (grain: string) =>
    (await sql.all<{ score_count: number; score_sum: number; insufficient_count: number }>(`SELECT score_count, score_sum, insufficient_count FROM rep_skill_rollups WHERE grain = ? AND skill = 'pitch'`, [grain])).map((r) => [
      Number(r.score_count),
      Number(r.score_sum),
      Number(r.insufficient_count),
    ]);
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it("a facet scored on insufficient evidence counts apart, not as a 0 in the average, as written and as rebuilt", async () => {
    await sql.transaction((tx) => writeBatch(tx, { calls: [call("c1", "2026-01-05", [pitch(80)]), call("c2", "2026-01-05", [pitch(0, true)]), call("c3", "2026-01-06", [pitch(60)])] }, new Date("2026-02-01T00:00:00Z")));
    expect((await read("day")).sort()).toEqual([
      [1, 60, 0],
      [1, 80, 1],
    ]);
    expect(await read("week")).toEqual([[2, 140, 1]]);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
    await rebuildAllRollups(sql);
    expect(await read("week")).toEqual([[2, 140, 1]]);
  });
});

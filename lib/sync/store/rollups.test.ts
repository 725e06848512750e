// The skill rollups leave out scores given on insufficient evidence and count them apart.
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { CallRecord, ScoreRecord } from "@/lib/domain/records";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { writeBatch } from ".";
import { rebuildAllRollups, refreshRollups } from "./rollups";

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

  it("a standing review is the score every rollup uses: the latest override or accepted dispute, never a rejected or open one", async () => {
    const [c1] = await sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'c1'`);
    const [c2] = await sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'c2'`);
    const review = (callId: number, skill: string | null, kind: string, state: string, newScore: number | null, at: string, decidedAt: string | null = null) =>
      sql.run(
        `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, created_by_user_id, created_at, decided_at) VALUES (?, ?, ?, ?, ?, NULL, ?, 'why', 1, ?, ?)`,
        [callId, skill === null ? null : "salesfinity", skill, kind, state, newScore, new Date(at), decidedAt === null ? null : new Date(decidedAt)],
      );
    // c1's pitch (80): overridden to 50, then a dispute opened before that override is accepted after it at 90: 90 stands.
    await review(c1.id, "pitch", "dispute", "accepted", 90, "2026-01-10T00:00:00Z", "2026-01-12T00:00:00Z");
    await review(c1.id, "pitch", "override", "applied", 50, "2026-01-11T00:00:00Z");
    // c2's pitch was scored on insufficient evidence; a manager's 40 counts. A rejected and an open dispute change nothing.
    await review(c2.id, "pitch", "override", "applied", 40, "2026-01-11T00:00:00Z");
    await review(c2.id, "pitch", "dispute", "rejected", null, "2026-01-12T00:00:00Z", "2026-01-13T00:00:00Z");
    await review(c2.id, "pitch", "dispute", "open", 99, "2026-01-14T00:00:00Z");
    // c1's overall (70) overridden to 100.
    await review(c1.id, null, "override", "applied", 100, "2026-01-11T00:00:00Z");
    await refreshRollups(sql, [{ repId: Number((await sql.all<{ rep_id: number }>(`SELECT rep_id FROM calls WHERE id = ?`, [c1.id]))[0].rep_id), day: Math.floor(Date.UTC(2026, 0, 5) / 86_400_000) }]);
    // Pitch: 90 (c1) + 40 (c2) + 60 (c3), nothing left as insufficient.
    expect(await read("week")).toEqual([[3, 190, 0]]);
    const [stats] = await sql.all<{ s: number; n: number }>(`SELECT SUM(score_sum) AS s, SUM(scored_calls) AS n FROM rep_stat_rollups WHERE grain = 'week'`);
    // Overall: 100 (c1, reviewed) + 70 + 70.
    expect([Number(stats.s), Number(stats.n)]).toEqual([240, 3]);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });
});

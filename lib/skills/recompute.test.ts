// One skill model across vendors: the unified rollups follow the mapping, a
// mapping change is audited and recomputed in steps, and a recompute cut
// short is resumed from where it stopped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { CallRecord, ScoreRecord } from "@/lib/domain/records";
import { guessUnifiedSkill } from "@/lib/domain/skills";
import { writeBatch } from "@/lib/sync/store";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { addSkill, changeMappings, readSkillModel, SkillInputError, updateSkill } from "./mapping";
import { readRecompute, runRecompute } from "./recompute";

const score = (skillSet: ScoreRecord["skillSet"], skill: string, label: string, value: number, insufficientEvidence = false): ScoreRecord => ({
  skillSet,
  skill,
  label,
  score: value,
  insufficientEvidence,
});

const call = (vendor: CallRecord["vendor"], externalId: string, rep: string, day: string, scores: ScoreRecord[]): CallRecord => ({
  vendor,
  externalId,
  repExternalId: rep,
  rep: { vendor, externalId: rep, email: `${rep}@org.example`, firstName: rep, lastName: "Rep", raw: null },
  startedAt: new Date(`${day}T15:00:00Z`),
  durationSec: 300,
  overallScore: 50,
  scores,
  raw: { id: externalId },
});

describe("the default mapping of a skill nobody mapped", () => {
  it("matches Coachboard skills by the words of a name, else none", () => {
    expect(guessUnifiedSkill("Objection Handling")).toBe("objection_handling");
    expect(guessUnifiedSkill("Pre-call Research")).toBe("discovery");
    expect(guessUnifiedSkill("Active Listening")).toBe("active_listening");
    expect(guessUnifiedSkill("Lead In")).toBe("opening");
    expect(guessUnifiedSkill("Next Steps")).toBe("closing");
    expect(guessUnifiedSkill("Compliance disclosure read")).toBeNull();
  });
});

await describeEachDatabase("the unified skill rollups", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  const unified = async () =>
    Object.fromEntries(
      (
        await sql.all<{ skill: string; n: number; total: number; insufficient: number }>(
          `SELECT skill, SUM(score_count) AS n, SUM(score_sum) AS total, SUM(insufficient_count) AS insufficient FROM rep_skill_rollups
           WHERE grain = 'week' AND skill_set = 'unified' GROUP BY skill ORDER BY skill`,
        )
      ).map((r) => [r.skill, [Number(r.n), Number(r.total), Number(r.insufficient)]]),
    );
  const headline = async () => {
    const [r] = await sql.all<{ s: number; n: number }>(`SELECT SUM(unified_sum) AS s, SUM(unified_count) AS n FROM rep_stat_rollups WHERE grain = 'week'`);
    return [Number(r.s), Number(r.n)];
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    await sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [
            // Salesfinity: intro → Opening 60, pitch → Value & pitch 80, tonality → Delivery on insufficient evidence.
            call("salesfinity", "sf-1", "ada", "2026-01-05", [
              score("salesfinity", "intro", "Intro", 60),
              score("salesfinity", "pitch", "Pitch", 80),
              score("salesfinity", "tonality", "Tonality", 0, true),
            ]),
            // Analyses: clarity 40 and influence 60 both → Value & pitch: one score of 50 for the call, not two.
            call("analyses", "an-1", "ada", "2026-01-06", [score("analyses", "clarity", "Clarity", 40), score("analyses", "influence", "Influence", 60)]),
          ],
        },
        new Date("2026-02-01T00:00:00Z"),
      ),
    );
    await sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [
            // A scorecard: "Objection Handling" is matched by name; "Compliance" matches nothing and is not counted.
            call("execvision", "ev-1", "ada", "2026-01-07", [score("scorecard", "objection_handling", "Objection Handling", 90), score("scorecard", "compliance", "Compliance", 10)]),
          ],
        },
        new Date("2026-02-01T00:00:00Z"),
      ),
    );
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it("counts each call once per Coachboard skill, leaves out insufficient evidence and unmapped skills, as written and as rebuilt", async () => {
    expect(await unified()).toEqual({
      delivery: [0, 0, 1],
      objection_handling: [1, 90, 0],
      opening: [1, 60, 0],
      value_pitch: [2, 130, 0],
    });
    // Per call: sf-1 (60 + 80) / 2 = 70, an-1 50, ev-1 90.
    expect(await headline()).toEqual([210, 3]);
    const model = await readSkillModel(sql);
    expect(model.mappings.find((m) => m.skillSet === "scorecard" && m.skill === "objection_handling")).toMatchObject({ unifiedSkill: "objection_handling", origin: "guess" });
    expect(model.mappings.find((m) => m.skill === "compliance")).toMatchObject({ unifiedSkill: null, origin: "none", scores: 1 });
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });

  it("a mapping change is audited, queues a recompute, and the recompute brings the rollups to the new mapping", async () => {
    await runRecompute(sql); // the migration's initial run
    await changeMappings(sql, null, {
      changes: [
        { skillSet: "analyses", skill: "clarity", unifiedSkill: "delivery" },
        { skillSet: "scorecard", skill: "compliance", unifiedSkill: "closing" },
      ],
    });
    expect((await readRecompute(sql)).state).toBe("queued");
    // Until it runs, the rollups hold the old mapping.
    expect((await unified()).closing).toBeUndefined();
    const progress: number[] = [];
    expect(await runRecompute(sql, { stepKeys: 1, onProgress: (p) => progress.push(p.doneKeys) })).toBe("done");
    expect(progress).toEqual([1, 2, 3]);
    expect(await readRecompute(sql)).toMatchObject({ state: "done", doneKeys: 3, totalKeys: 3 });
    expect(await unified()).toEqual({
      closing: [1, 10, 0],
      delivery: [1, 40, 1],
      objection_handling: [1, 90, 0],
      opening: [1, 60, 0],
      value_pitch: [2, 140, 0],
    });
    const audit = await sql.all<{ action: string; target_id: string }>(`SELECT action, target_id FROM audit_events WHERE action = 'skill.map' ORDER BY target_id`);
    expect(audit.map((a) => a.target_id)).toEqual(["analyses:clarity", "scorecard:compliance"]);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });

  it("a recompute cut short resumes from its cursor, and waits while another process holds it", async () => {
    await changeMappings(sql, null, { changes: [{ skillSet: "analyses", skill: "clarity", unifiedSkill: "value_pitch" }] });
    const stop = new AbortController();
    const outcome = await runRecompute(sql, { stepKeys: 1, signal: stop.signal, onProgress: () => stop.abort() });
    expect(outcome).toBe("stopped");
    expect(await readRecompute(sql)).toMatchObject({ state: "running", doneKeys: 1 });
    const held = await sql.tryLock("skill-recompute");
    expect(await runRecompute(sql)).toBe("busy");
    await held!.release();
    const steps: number[] = [];
    expect(await runRecompute(sql, { stepKeys: 1, onProgress: (p) => steps.push(p.doneKeys) })).toBe("done");
    expect(steps).toEqual([2, 3]);
    expect((await unified()).value_pitch).toEqual([2, 130, 0]);
  });

  it("refuses a skill that does not exist, a vendor skill never seen, and a second skill of the same name", async () => {
    await expect(changeMappings(sql, null, { changes: [{ skillSet: "analyses", skill: "clarity", unifiedSkill: "nonsense" }] })).rejects.toThrow(SkillInputError);
    await expect(changeMappings(sql, null, { changes: [{ skillSet: "scorecard", skill: "never_seen", unifiedSkill: "closing" }] })).rejects.toThrow(/has no skill/);
    const { key } = await addSkill(sql, null, { label: "Product knowledge", description: "Knows the product" });
    expect(key).toBe("product_knowledge");
    await expect(addSkill(sql, null, { label: "product knowledge" })).rejects.toThrow(/exists already/);
    await updateSkill(sql, null, { key, label: "Product & market" });
    const model = await readSkillModel(sql);
    expect(model.skills.at(-1)).toMatchObject({ key: "product_knowledge", label: "Product & market", position: 7, mapped: 0 });
  });
});

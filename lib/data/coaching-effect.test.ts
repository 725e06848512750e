// A plan's evidence on real databases: the rep's scores on the plan's skills
// before the plan and since (the reviewed score where one stands, n per value),
// and the meetings, coaches' comments and score reviews since the plan began,
// as totals and weekly rates, on the coaching page and the rep page alike, for
// the plans each viewer may see.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import type { SqlValue } from "@/lib/db/sql";
import { writeBatch } from "@/lib/sync/store";
import { refreshRollups, rollupKeysOfCalls } from "@/lib/sync/store/rollups";
import { describeEachDatabase } from "@/lib/testing/databases";
import { activityRates, getPlanEvidence } from "./coaching-effect";
import { getCoaching } from "./get-coaching";
import { getRepOverview } from "./get-rep-overview";
import { createTestOrg, days, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

/** Two weeks after Ada's plan began on 2026-01-05. */
const NOW = new Date("2026-01-19T00:00:00Z");
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);

const ADA_EFFECT = [
  // 40, 50, 60 before; 50 and a reviewed 90 (the vendor said 70) since; the call of September is outside the window.
  { skill: "Discovery Questions", before: 50, since: 70, beforeCalls: 3, sinceCalls: 2 },
  { skill: "Next Steps", before: 30, since: null, beforeCalls: 1, sinceCalls: 0 },
  // Maps to no Coachboard skill.
  { skill: "Handwriting", before: null, since: null, beforeCalls: 0, sinceCalls: 0 },
];
/** 2 held meetings, 4 coaches' comments, 2 score reviews over 2 weeks. */
const ADA_ACTIVITY = { weeks: 2, meetings: { total: 2, perWeek: 1 }, comments: { total: 4, perWeek: 2 }, reviews: { total: 2, perWeek: 1 } };

await describeEachDatabase("a coaching plan's evidence", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const plan = async (externalId: string) => Number((await org.sql.all<{ id: number }>(`SELECT id FROM coaching_plans WHERE external_id = ?`, [externalId]))[0].id);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    const { sql } = org;
    const vendorNow = new Date("2026-02-01T00:00:00Z");
    const call = (externalId: string, rep: string, day: string) => ({ vendor: "execvision" as const, externalId, repExternalId: rep, startedAt: at(day), durationSec: 60, raw: {} });
    await sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [call("ada-old", "ada", "2025-09-01"), call("ada-b1", "ada", "2025-12-01"), call("ada-b2", "ada", "2025-12-10"), call("ada-b3", "ada", "2025-12-22")],
          plans: [
            { vendor: "execvision", externalId: "plan-cy", name: "Cy's plan", recipientExternalId: "cy", startDate: at("2026-01-10T00:00:00Z"), skills: [], vendorUpdatedAt: vendorNow, raw: {} },
            { vendor: "execvision", externalId: "plan-ben", name: "Ben's plan", recipientExternalId: "ben", skills: [{ externalId: "s1", name: "Discovery Questions" }], vendorUpdatedAt: vendorNow, raw: {} },
          ],
          meetings: [
            // Held: it ended. Not held: only scheduled.
            { vendor: "execvision", externalId: "meeting-2", planExternalId: "plan-1", endedAt: at("2026-01-16"), skillScores: [], callReviews: [], questions: [], vendorUpdatedAt: vendorNow, raw: {} },
            { vendor: "execvision", externalId: "meeting-3", planExternalId: "plan-1", scheduledAt: at("2026-01-21"), skillScores: [], callReviews: [], questions: [], vendorUpdatedAt: vendorNow, raw: {} },
          ],
        },
        vendorNow,
      ),
    );
    const ada = await plan("plan-1");
    await sql.run(`INSERT INTO coaching_plan_skills (plan_id, skill_external_id, name) VALUES (?, 's1', 'Discovery Questions'), (?, 's2', 'Next Steps'), (?, 's3', 'Handwriting')`, [ada, ada, ada]);
    await sql.run(
      `INSERT INTO skill_mappings (skill_set, skill, label, unified_skill, origin, updated_at) VALUES
       ('scorecard', 'discovery_questions', 'Discovery Questions', 'discovery', 'admin', ?), ('scorecard', 'next_steps', 'Next Steps', 'closing', 'admin', ?),
       ('scorecard', 'handwriting', 'Handwriting', NULL, 'admin', ?)`,
      [vendorNow, vendorNow, vendorNow],
    );
    const callId = async (externalId: string) => Number((await sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);
    const scores: [string, string, number][] = [
      ["ada-old", "discovery_questions", 0],
      ["ada-b1", "discovery_questions", 40],
      ["ada-b2", "discovery_questions", 50],
      ["ada-b3", "discovery_questions", 60],
      ["ada-b3", "next_steps", 30],
      ["ada-1", "discovery_questions", 50],
      ["ada-2", "discovery_questions", 70],
      // Another rep's score on the same skill, since the plan: not Ada's.
      ["ben-1", "discovery_questions", 10],
    ];
    for (const [call, skill, score] of scores) {
      await sql.run(`INSERT INTO call_scores (call_id, skill_set, skill, label, score) VALUES (?, 'scorecard', ?, ?, ?)`, [await callId(call), skill, skill, score]);
    }
    const review = (call: number, by: number, kind: string, state: string, created: string, newScore: number | null) =>
      sql.run(
        `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, created_by_user_id, created_at, decided_at)
         VALUES (?, 'scorecard', 'discovery_questions', ?, ?, NULL, ?, 'why', ?, ?, NULL)`,
        [call, kind, state, newScore, by, at(created)],
      );
    await review(p.calls.ada2, p.nora.userId, "override", "applied", "2026-01-15", 90);
    await review(p.calls.ada1, p.ada.userId, "dispute", "open", "2026-01-16", null);
    // Not counted: another rep's call; before the plan began.
    await review(p.calls.ben1, p.nora.userId, "override", "applied", "2026-01-15", 20);
    await review(await callId("ada-b2"), p.ada.userId, "dispute", "rejected", "2026-01-02", null);
    const allCalls = (await sql.all<{ id: number }>(`SELECT id FROM calls`)).map((c) => Number(c.id));
    const keys = await rollupKeysOfCalls(sql, allCalls);
    await sql.transaction((tx) => refreshRollups(tx, keys));

    const comment = (call: number, by: number, created: string, extra: { deleted?: string; parent?: number } = {}) =>
      sql.run(`INSERT INTO call_comments (call_id, author_user_id, parent_id, start_sec, body, created_at, deleted_at) VALUES (?, ?, ?, 1, 'note', ?, ?)`, [
        call,
        by,
        extra.parent ?? null,
        at(created),
        extra.deleted ? at(extra.deleted) : null,
      ] as SqlValue[]);
    await comment(p.calls.ada1, p.nora.userId, "2026-01-06");
    await comment(p.calls.ada2, p.admin.userId, "2026-01-15");
    const first = Number((await sql.all<{ id: number }>(`SELECT MIN(id) AS id FROM call_comments`))[0].id);
    await comment(p.calls.ada1, p.nora.userId, "2026-01-16", { parent: first });
    // A comment written since the plan on a call from before it still counts.
    await comment(await callId("ada-b1"), p.nora.userId, "2026-01-09");
    // Not counted: deleted; by the rep; before the start; on another rep's call; after now.
    await comment(p.calls.ada1, p.nora.userId, "2026-01-07", { deleted: "2026-01-08" });
    await comment(p.calls.ada1, p.ada.userId, "2026-01-08");
    await comment(p.calls.ada1, p.nora.userId, "2026-01-03");
    await comment(p.calls.ben1, p.nora.userId, "2026-01-08");
    await comment(p.calls.ada2, p.nora.userId, "2026-01-25");
    // Cy's plan: one comment by his manager in its first 9 days.
    await comment(p.calls.cy1, p.sam.userId, "2026-01-12");
  });
  afterAll(async () => {
    await org?.close();
  });

  it("compares the plan's skills before and since from the rollups, with the reviewed score and the calls behind each value", async () => {
    const evidence = await getPlanEvidence(org.sql, [await plan("plan-1")], NOW);
    expect(evidence.get(await plan("plan-1"))).toEqual({ effect: ADA_EFFECT, activity: ADA_ACTIVITY });
  });

  it("counts held meetings, coaches' comments and score reviews since the start, per week of the plan so far", async () => {
    const cy = (await getPlanEvidence(org.sql, [await plan("plan-cy")], NOW)).get(await plan("plan-cy"));
    // 9 days: 1.3 weeks, 1 comment at 0.8 a week.
    expect(cy).toEqual({ effect: [], activity: { weeks: 1.3, meetings: { total: 0, perWeek: 0 }, comments: { total: 1, perWeek: 0.8 }, reviews: { total: 0, perWeek: 0 } } });
  });

  it("gives a plan with no start and no held meeting no figures", async () => {
    expect((await getPlanEvidence(org.sql, [await plan("plan-ben")], NOW)).get(await plan("plan-ben"))).toEqual({ effect: [], activity: null });
  });

  it("shows the same evidence on the coaching page, for the plans each viewer may see", async () => {
    const seen = async (viewer: TestOrg["admin"]) => (await getCoaching(viewer, {}, NOW)).plans.map((x) => x.name).sort();
    expect(await seen(p.admin)).toEqual(["Ben's plan", "Cy's plan", "Discovery"]);
    expect(await seen(p.nora)).toEqual(["Ben's plan", "Discovery"]);
    expect(await seen(p.ada)).toEqual(["Discovery"]);
    expect(await seen(p.cy)).toEqual(["Cy's plan"]);
    const [own] = (await getCoaching(p.nora, { planId: await plan("plan-1") }, NOW)).plans;
    expect(own.effect).toEqual(ADA_EFFECT);
    expect(own.activity).toEqual(ADA_ACTIVITY);
  });

  it("shows it on the rep page for every plan of the rep, and nothing to a viewer who may not see the rep", async () => {
    const overview = await getRepOverview(p.nora, org.reps.ada, { ...days("2025-12-01", "2026-01-31"), now: NOW });
    expect(overview!.plans.map((x) => ({ name: x.name, effect: x.effect, activity: x.activity }))).toEqual([{ name: "Discovery", effect: ADA_EFFECT, activity: ADA_ACTIVITY }]);
    // The page's figures take in Nora's override of Ada's call (not the open or rejected disputes), and say so.
    expect(overview!.reviewed).toMatchObject({ count: 1, latest: { by: "Nora North", from: null, to: 90 } });
    expect(await getRepOverview(p.sam, org.reps.ada, { ...days("2025-12-01", "2026-01-31"), now: NOW })).toBeNull();
  });
});

it("rates a total over the plan's weeks so far, one week at least", () => {
  const start = new Date("2026-01-05T00:00:00Z");
  expect(activityRates(start, new Date("2026-01-15T12:00:00Z"), { meetings: 3, comments: 0, reviews: 1 })).toEqual({
    weeks: 1.5,
    meetings: { total: 3, perWeek: 2 },
    comments: { total: 0, perWeek: 0 },
    reviews: { total: 1, perWeek: 0.7 },
  });
  // Two days in: counted as one week, not as a rate of 3.5 a week.
  expect(activityRates(start, new Date("2026-01-07T00:00:00Z"), { meetings: 1, comments: 0, reviews: 0 }).meetings).toEqual({ total: 1, perWeek: 1 });
});

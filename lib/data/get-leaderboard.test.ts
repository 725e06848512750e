// The leaderboard's fairness rules on a real database: the minimum counts
// scored calls, thin samples rank after the others, and AI voice agents come
// back apart from the people.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CallRecord, PersonRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { refreshRollups, rollupKeysOfCalls } from "@/lib/sync/store/rollups";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getLeaderboard } from "./get-leaderboard";
import { CALL_DAYS, createTestOrg, days, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const VENDOR = "execvision" as const;
const call = (externalId: string, rep: string, overallScore: number | null): CallRecord => ({
  vendor: VENDOR,
  externalId,
  repExternalId: rep,
  startedAt: new Date(`${CALL_DAYS[1]}T16:00:00Z`),
  durationSec: 300,
  overallScore,
  raw: { id: externalId },
});
const agent: PersonRecord = { vendor: VENDOR, externalId: "dial-bot", email: "dial-bot@org.example", firstName: "Dial", lastName: "Bot", teamExternalId: "north", agent: true, raw: { id: "dial-bot" } };

await describeEachDatabase("the leaderboard's ranking rules", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
    // Besides the organisation's calls (all scored 70: Ada 2, Ben 1, Cy 1):
    // Ben's three more calls have no score; Ada gets a third scored call;
    // an AI voice agent in North makes four calls, three of them scored.
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          people: [agent],
          calls: [
            call("ben-2", "ben", null),
            call("ben-3", "ben", null),
            call("ben-4", "ben", null),
            call("ada-3", "ada", 85),
            call("bot-1", "dial-bot", 90),
            call("bot-2", "dial-bot", 90),
            call("bot-3", "dial-bot", 90),
            call("bot-4", "dial-bot", null),
          ],
        },
        new Date("2026-02-01T00:00:00Z"),
      ),
    );
  });
  afterAll(async () => {
    await org?.close();
  });

  const period = days("2025-12-01", "2026-02-28");
  // Filtered to the source, the headline is its own overall score: these rules hold for any headline.
  const board = (minCalls: number, viewer = () => org.admin) => getLeaderboard(viewer(), { ...period, minCalls, skillSet: "scorecard", vendor: VENDOR });
  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  it("carries each rep's scored calls next to their calls", async () => {
    const { rows } = await board(0);
    const ben = rows.find((r) => r.name === "Ben Moss")!;
    expect([ben.calls, ben.scoredCalls, ben.avgScore]).toEqual([4, 1, 70]);
    const ada = rows.find((r) => r.name === "Ada Lane")!;
    expect([ada.calls, ada.scoredCalls]).toEqual([3, 3]);
  });

  it("counts scored calls, not calls, toward the minimum", async () => {
    // Ben has four calls but one scored: a minimum of 2 leaves him out.
    expect(names((await board(2)).rows)).toEqual(["Ada Lane"]);
    expect(names((await board(1)).rows)).toEqual(["Ada Lane", "Ben Moss", "Cy Ward"]);
  });

  it("ranks thin samples after the others and marks ties", async () => {
    const { rows } = await board(0);
    expect(rows.map((r) => [r.name, r.rank, r.thin, r.tied])).toEqual([
      // Ada's three scored calls (70, 70, 85) rank her first.
      ["Ada Lane", 1, false, false],
      // Ben and Cy average 70 from one scored call each: thin, and tied.
      ["Ben Moss", 2, true, true],
      ["Cy Ward", 2, true, true],
    ]);
  });

  it("lists AI voice agents apart, never among the people", async () => {
    const all = await board(0);
    expect(names(all.rows)).not.toContain("Dial Bot");
    expect(all.agents.map((a) => [a.name, a.rank, a.calls, a.scoredCalls, a.avgScore, a.thin])).toEqual([["Dial Bot", 1, 4, 3, 90, false]]);
    // The agent's 90 would have outranked Ada's 75 among people.
    expect(all.rows[0]).toMatchObject({ name: "Ada Lane", rank: 1 });
    // The minimum ranks people only: agents carry no overall score of their own, so it would hide them all.
    expect((await board(3)).agents.map((a) => a.name)).toEqual(["Dial Bot"]);
    expect((await board(4)).agents.map((a) => a.name)).toEqual(["Dial Bot"]);
    expect(names((await board(4)).rows)).not.toContain("Dial Bot");
  });

  it("shows a manager the agents of their team only", async () => {
    const north = await board(0, () => org.manager);
    expect(names(north.rows)).toEqual(["Ada Lane", "Ben Moss"]);
    expect(names(north.agents)).toEqual(["Dial Bot"]);
    const south = await getLeaderboard(org.admin, { ...period, minCalls: 0, skillSet: "scorecard", vendor: VENDOR, teamId: org.teams.south });
    expect(names(south.rows)).toEqual(["Cy Ward"]);
    expect(south.agents).toEqual([]);
  });

  it("heads with the unified-skill score over every source, each source's own score one click away", async () => {
    // Cy gets a Salesfinity call whose facets map to Coachboard skills: intro 60 → Opening, pitch 80 → Value & pitch,
    // tonality scored on insufficient evidence (left out). Its unified score is the mean of its skills: 70.
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [
            {
              vendor: "salesfinity",
              externalId: "cy-sf-1",
              repExternalId: "cy-sf",
              rep: { vendor: "salesfinity", externalId: "cy-sf", email: "cy@org.example", firstName: "Cy", lastName: "Ward", raw: null },
              startedAt: new Date(`${CALL_DAYS[2]}T16:00:00Z`),
              durationSec: 300,
              overallScore: 64,
              scores: [
                { skillSet: "salesfinity", skill: "intro", label: "Intro", score: 60 },
                { skillSet: "salesfinity", skill: "pitch", label: "Pitch", score: 80 },
                { skillSet: "salesfinity", skill: "tonality", label: "Tonality", score: 0, insufficientEvidence: true },
              ],
              raw: { id: "cy-sf-1" },
            },
          ],
        },
        new Date("2026-02-01T00:00:00Z"),
      ),
    );
    const all = await getLeaderboard(org.admin, { ...period, minCalls: 0, skillSet: "unified" });
    expect(all.headline).toBe("unified");
    const cy = all.rows.find((r) => r.name === "Cy Ward")!;
    // One call with Coachboard skills: the headline counts it, not the ExecVision call that has an overall score only.
    expect([cy.calls, cy.scoredCalls, cy.avgScore]).toEqual([2, 1, 70]);
    expect(cy.skills).toMatchObject({ opening: 60, value_pitch: 80, delivery: null });
    expect(cy.bySource.map((s) => [s.vendor, s.calls, s.scoredCalls, s.avgScore])).toEqual([
      ["execvision", 1, 1, 70],
      ["salesfinity", 1, 1, 64],
    ]);
    expect(all.skills.map((s) => s.label)).toEqual(["Opening", "Discovery", "Value & pitch", "Objection handling", "Closing & next step", "Delivery", "Active listening"]);
    // Ben's calls have overall scores and no skills: no unified score, ranked after those with one.
    expect(all.rows.find((r) => r.name === "Ben Moss")).toMatchObject({ avgScore: null, scoredCalls: 0 });
    // Filtered to one source, the headline is that source's own overall score, and the all-sources skills step aside.
    const sf = await getLeaderboard(org.admin, { ...period, minCalls: 0, skillSet: "unified", vendor: "salesfinity" });
    expect(sf.rows.find((r) => r.name === "Cy Ward")).toMatchObject({ avgScore: 64, scoredCalls: 1 });
    expect(sf.skills).toEqual([]);
    expect(sf.skillsNote).toMatch(/Salesfinity's own skills/);
  });

  it("uses a reviewed score where one stands, and marks the rep whose figures take one in", async () => {
    const [call] = await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'ada-3'`);
    await org.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, created_by_user_id, created_at) VALUES (?, NULL, NULL, 'override', 'applied', 85, 40, 'missed the close', 1, ?)`,
        [call.id, new Date("2026-02-02T00:00:00Z")],
      );
      await refreshRollups(tx, await rollupKeysOfCalls(tx, [Number(call.id)]));
    });
    const { rows } = await board(0);
    const ada = rows.find((r) => r.name === "Ada Lane")!;
    // 70, 70 and the reviewed 40 (the vendor's 85 is kept, not counted).
    expect(ada.avgScore).toBe(60);
    expect(ada.reviewed).toEqual({ count: 1, latest: { by: null, what: "the overall score", from: 85, to: 40 } });
    expect(rows.find((r) => r.name === "Ben Moss")!.reviewed).toBeNull();
    const [vendor] = await org.sql.all<{ overall_score: number }>(`SELECT overall_score FROM calls WHERE id = ?`, [call.id]);
    expect(Number(vendor.overall_score)).toBe(85);

    // Reviewed again: the later review stands, and the score still counts once.
    await org.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, created_by_user_id, created_at) VALUES (?, NULL, NULL, 'override', 'applied', 40, 55, 'on a second listen', 1, ?)`,
        [call.id, new Date("2026-02-03T00:00:00Z")],
      );
      await refreshRollups(tx, await rollupKeysOfCalls(tx, [Number(call.id)]));
    });
    const again = (await board(0)).rows.find((r) => r.name === "Ada Lane")!;
    expect(again.avgScore).toBe(65);
    expect(again.reviewed).toEqual({ count: 1, latest: { by: null, what: "the overall score", from: 40, to: 55 } });
  });
});

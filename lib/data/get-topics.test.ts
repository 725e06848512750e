// The topics report on a real database: mentions per week, per team and per
// rep, and only ever of the calls the viewer may see.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { SqlConnection } from "@/lib/db/sql";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getTopicOptions, getTopics } from "./get-topics";
import { CALL_DAYS, createTestOrg, days, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const VENDOR = "execvision";
const DAY_MS = 86_400_000;

/** A call's topic analysis as sync writes it: one summary, a match row per mention. */
async function addMatches(sql: SqlConnection, callExternalId: string, mentions: Record<string, number>): Promise<void> {
  const now = new Date("2026-02-01T00:00:00Z");
  await sql.run(`INSERT INTO call_topic_summaries (vendor, call_external_id, vendor_updated_at, question_counts, raw, content_hash) VALUES (?, ?, ?, NULL, ?, ?)`, [VENDOR, callExternalId, now, "{}", callExternalId]);
  const [{ id }] = await sql.all<{ id: number }>(`SELECT id FROM call_topic_summaries WHERE vendor = ? AND call_external_id = ?`, [VENDOR, callExternalId]);
  for (const [topic, n] of Object.entries(mentions)) {
    for (let i = 0; i < n; i++) {
      await sql.run(
        `INSERT INTO topic_matches (summary_id, topic_external_id, topic_name, block_index, block_start_sec, block_end_sec, block_text, speaker_type, search_text, matching_text, start_sec, end_sec, start_index, end_index)
         VALUES (?, ?, ?, ?, 0, 10, 'what does it cost', 'customer', '[]', 'cost', ?, ?, 0, 4)`,
        [Number(id), topic, `${topic} (as matched)`, i, i, i + 1],
      );
    }
  }
}

async function addTopics(sql: SqlConnection): Promise<void> {
  const now = new Date("2026-02-01T00:00:00Z");
  for (const [id, name, active] of [
    ["t-pricing", "Pricing", true],
    ["t-competitor", "Competitors", true],
    ["t-old", "Old topic", false],
  ] as const) {
    await sql.run(`INSERT INTO topics (vendor, external_id, name, words, active, raw, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [VENDOR, id, name, "[]", active, "{}", now]);
  }
}

/** The week number (Thursday-based, as every weekly figure) of a day. */
const weekOf = (day: string) => Math.floor(new Date(`${day}T00:00:00Z`).getTime() / DAY_MS / 7);

await describeEachDatabase("the topics report", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
    await addTopics(org.sql);
    // Ada (North): ada-1 on Jan 5, ada-2 on Jan 14; Ben (North): ben-1 on Jan 6; Cy (South): cy-1 on Jan 27.
    await addMatches(org.sql, "ada-1", { "t-pricing": 2 });
    await addMatches(org.sql, "ben-1", { "t-pricing": 1, "t-competitor": 1 });
    await addMatches(org.sql, "ada-2", { "t-pricing": 1 });
    await addMatches(org.sql, "cy-1", { "t-pricing": 3, "t-competitor": 1 });
  });
  afterAll(async () => {
    await org?.close();
  });

  const period = days("2025-12-01", "2026-02-28");
  const weekIndex = (report: { weeks: string[] }, day: string) => report.weeks.findIndex((w) => Math.floor(new Date(w).getTime() / DAY_MS / 7) === weekOf(day));
  const short = (rows: { name: string; mentions: number; calls: number }[]) => rows.map((r) => [r.name, r.mentions, r.calls]);

  it("counts an admin's mentions and calls per topic, per week, per team and per rep", async () => {
    const report = await getTopics(org.admin, period);
    expect(report.byTeam).toBe(true);
    expect(report.topics.map((t) => [t.externalId, t.name, t.mentions, t.calls])).toEqual([
      ["t-pricing", "Pricing", 7, 4],
      ["t-competitor", "Competitors", 2, 2],
    ]);
    const pricing = report.topics[0];
    // Every week of the period has a slot; the mentions fall in the calls' weeks.
    expect(pricing.weekly).toHaveLength(report.weeks.length);
    expect(pricing.weekly.reduce((a, b) => a + b, 0)).toBe(7);
    const week = (day: string) => pricing.weekly[weekIndex(report, day)];
    // Jan 5 and Jan 6 fall in the week from Thursday Jan 1.
    expect(weekOf(CALL_DAYS[0])).toBe(weekOf(CALL_DAYS[1]));
    expect(week(CALL_DAYS[0])).toBe(3);
    expect(week(CALL_DAYS[2])).toBe(1);
    expect(week(CALL_DAYS[3])).toBe(3);
    expect(short(pricing.teams)).toEqual([
      ["North", 4, 3],
      ["South", 3, 1],
    ]);
    expect(short(pricing.reps)).toEqual([
      ["Ada Lane", 3, 2],
      ["Cy Ward", 3, 1],
      ["Ben Moss", 1, 1],
    ]);
    expect(pricing.repCount).toBe(3);
    expect(pricing.reps.map((r) => r.team)).toEqual(["North", "South", "North"]);
  });

  it("never counts another team's calls for a manager", async () => {
    const report = await getTopics(org.manager, period);
    expect(report.topics.map((t) => [t.externalId, t.mentions, t.calls])).toEqual([
      ["t-pricing", 4, 3],
      ["t-competitor", 1, 1],
    ]);
    expect(report.topics.flatMap((t) => t.teams.map((team) => team.name))).toEqual(["North", "North"]);
    expect(report.topics.flatMap((t) => t.reps.map((r) => r.name)).sort()).toEqual(["Ada Lane", "Ben Moss", "Ben Moss"]);
    expect(report.topics[0].weekly[weekIndex(report, CALL_DAYS[3])]).toBe(0);
  });

  it("counts only a rep's own calls, with no team breakdown", async () => {
    const report = await getTopics(org.rep, period);
    expect(report.byTeam).toBe(false);
    expect(report.topics.map((t) => [t.externalId, t.mentions, t.calls])).toEqual([["t-pricing", 3, 2]]);
    expect(report.topics[0].teams).toEqual([]);
    expect(short(report.topics[0].reps)).toEqual([["Ada Lane", 3, 2]]);
    // A rep with no rep record sees nothing.
    expect((await getTopics({ ...org.rep, repId: null }, period)).topics).toEqual([]);
  });

  it("counts only the period's calls, and leaves out deleted calls", async () => {
    const early = await getTopics(org.admin, days("2026-01-01", "2026-01-10"));
    expect(early.topics.map((t) => [t.externalId, t.mentions, t.calls])).toEqual([
      ["t-pricing", 3, 2],
      ["t-competitor", 1, 1],
    ]);
    expect(early.weeks.length).toBeLessThanOrEqual(3);
    await org.sql.run(`UPDATE calls SET deleted_at = ? WHERE external_id = 'cy-1'`, [new Date("2026-02-01T00:00:00Z")]);
    try {
      expect((await getTopics(org.admin, period)).topics.map((t) => [t.externalId, t.mentions, t.calls])).toEqual([
        ["t-pricing", 4, 3],
        ["t-competitor", 1, 1],
      ]);
    } finally {
      await org.sql.run(`UPDATE calls SET deleted_at = NULL WHERE external_id = 'cy-1'`);
    }
  });

  it("offers the topics the source tracks now to filter calls by", async () => {
    expect(await getTopicOptions()).toEqual([
      { externalId: "t-competitor", name: "Competitors" },
      { externalId: "t-pricing", name: "Pricing" },
    ]);
  });
});

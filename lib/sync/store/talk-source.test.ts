// One definition per talk metric: wherever a call's transcript knows the
// rep's side, its figures are Coachboard's from the transcript (listed in
// derived_metrics); the vendor's own stand only for a call without one, and
// what the vendor sent is kept as received.
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { parseJsonColumn } from "@/lib/db/values";
import type { CallRecord } from "@/lib/domain/records";
import { TALK_METRICS, talkMetrics } from "@/lib/domain/talk-metrics";
import type { Segment } from "@/lib/domain/transcript";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { runMaintenance } from "@/lib/maintenance";
import { writeBatch } from "./index";

const conversation: Segment[] = [
  { speaker: "rep", label: "Rep", startMs: 0, endMs: 20_000, text: "Um, so how do you approve invoices today? Who signs off, you know, on new tools?", voice: 0 },
  { speaker: "prospect", label: "Prospect", startMs: 20_000, endMs: 50_000, text: "Our controller does, uh, once a month.", voice: 1 },
  { speaker: "rep", label: "Rep", startMs: 49_000, endMs: 60_000, text: "Basically that is the gap we close.", voice: 0 },
];
const fromTranscript = talkMetrics(conversation);

/** Salesfinity's figures for a ten-minute call: a talk ratio, questions, a pace, and fillers only as a rate. */
const SALESFINITY_META = { talk_listen_ratio_rep: 0.45, total_questions: 11, estimated_wpm_rep: 170, interruptions_by_rep: 4, filler_density_per_min: 2.1 };

function salesfinityCall(externalId: string, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    vendor: "salesfinity",
    externalId,
    repExternalId: "rep-1",
    startedAt: new Date("2026-11-30T15:00:00Z"),
    durationSec: 600,
    talkRatio: 0.45,
    questionsAsked: 11,
    fillerWords: null,
    wordsPerMinute: 170,
    interruptions: 4,
    talkStats: SALESFINITY_META,
    raw: { _id: externalId, insight: { metadata: SALESFINITY_META } },
    ...extra,
  };
}

await describeEachDatabase("where each talk figure comes from", (provider) => {
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

  const write = (batch: Parameters<typeof writeBatch>[1]) => sql.transaction((tx) => writeBatch(tx, batch, new Date()));
  const stored = async (externalId: string) => {
    const [row] = await sql.all<Record<string, unknown>>(
      `SELECT talk_ratio, questions_asked, filler_words, words_per_minute, interruptions, longest_monologue_sec, derived_metrics, talk_stats, raw FROM calls WHERE external_id = ?`,
      [externalId],
    );
    const n = (v: unknown) => (v === null ? null : Number(v));
    return {
      figures: {
        talkRatio: n(row.talk_ratio),
        questionsAsked: n(row.questions_asked),
        fillerWords: n(row.filler_words),
        wordsPerMinute: n(row.words_per_minute),
        interruptions: n(row.interruptions),
        longestMonologueSec: n(row.longest_monologue_sec),
      },
      derived: parseJsonColumn<string[]>(row.derived_metrics),
      talkStats: parseJsonColumn(row.talk_stats),
      raw: parseJsonColumn(row.raw),
    };
  };

  it("stores the transcript's figures, not the vendor's, for a call with both, lists them, and keeps the vendor's as received", async () => {
    await write({ calls: [salesfinityCall("with-transcript", { transcript: { source: "call", segments: conversation } })] });
    const call = await stored("with-transcript");
    expect(call.figures).toEqual(fromTranscript);
    expect(call.figures.talkRatio).not.toBe(0.45);
    expect(call.derived).toEqual([...TALK_METRICS]);
    expect(call.talkStats).toEqual(SALESFINITY_META);
    expect(call.raw).toEqual({ _id: "with-transcript", insight: { metadata: SALESFINITY_META } });
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });

  it("counts fillers by the one rule where a transcript exists, never Salesfinity's rate times the call's length", async () => {
    const call = await stored("with-transcript");
    // Um, you know, uh, basically: four in all, three of them the rep's.
    expect(call.figures.fillerWords).toBe(3);
    expect(call.figures.fillerWords).not.toBe(Math.round(2.1 * 10));
    expect((call.talkStats as typeof SALESFINITY_META).filler_density_per_min).toBe(2.1);
  });

  it("keeps the vendor's figures for a call without a transcript, and lists none as worked out", async () => {
    await write({ calls: [salesfinityCall("no-transcript")] });
    const call = await stored("no-transcript");
    expect(call.figures).toEqual({ talkRatio: 0.45, questionsAsked: 11, fillerWords: null, wordsPerMinute: 170, interruptions: 4, longestMonologueSec: null });
    expect(call.derived).toBeNull();
  });

  it("keeps the vendor's figures where the transcript does not tell the rep's side", async () => {
    const unknown = conversation.map((s) => ({ ...s, speaker: "unknown" as const, label: "Speaker" }));
    await write({ calls: [salesfinityCall("roles-unknown", { transcript: { source: "call", segments: unknown } })] });
    const call = await stored("roles-unknown");
    expect(call.figures.talkRatio).toBe(0.45);
    expect(call.derived).toBeNull();
  });

  it("works them out once the speakers are learnt, and gives the vendor's back when the transcript goes", async () => {
    await write({
      transcriptSpeakers: [
        {
          vendor: "salesfinity",
          callExternalId: "roles-unknown",
          speakers: [
            { number: 0, role: "rep", label: "Rep" },
            { number: 1, role: "prospect", label: "Prospect" },
          ],
          raw: {},
        },
      ],
    });
    expect((await stored("roles-unknown")).figures).toEqual(fromTranscript);
    expect((await stored("roles-unknown")).derived).toEqual([...TALK_METRICS]);

    // The same call, its transcript gone: the row is unchanged, the figures are the vendor's again.
    await write({ calls: [salesfinityCall("with-transcript", { transcript: null })] });
    const call = await stored("with-transcript");
    expect(call.figures.talkRatio).toBe(0.45);
    expect(call.figures.questionsAsked).toBe(11);
    expect(call.derived).toBeNull();
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });

  it("takes a mapper's own figures from the transcript as they are, and the roles it could not tell from the speakers later", async () => {
    const unknown = conversation.map((s) => ({ ...s, speaker: "unknown" as const, label: "Speaker" }));
    await write({
      calls: [
        {
          vendor: "execvision",
          externalId: "ev-1",
          startedAt: new Date("2026-11-30T15:00:00Z"),
          talkRatio: 0.637,
          derivedTalkMetrics: [],
          talkStats: { talkRatio: 0.637 },
          raw: { id: "ev-1" },
          transcript: { source: "calls", segments: unknown },
        },
      ],
    });
    expect((await stored("ev-1")).figures.talkRatio).toBe(0.637);
    expect((await stored("ev-1")).derived).toBeNull();
    await write({
      transcriptSpeakers: [{ vendor: "execvision", callExternalId: "ev-1", speakers: [{ number: 0, role: "rep", label: "Rep" }, { number: 1, role: "prospect", label: "Prospect" }], raw: {} }],
    });
    const call = await stored("ev-1");
    expect(call.figures).toEqual(fromTranscript);
    expect(call.derived).toEqual([...TALK_METRICS]);
    expect(call.talkStats).toEqual({ talkRatio: 0.637 });
  });

  it("brings calls stored under an earlier rule to this one, after an upgrade, with their rollups", async () => {
    await write({ calls: [salesfinityCall("sf-old", { transcript: { source: "call", segments: conversation } })] });
    // As an earlier rule left it: the vendor's figures beside a transcript that knows the rep.
    await sql.run(`UPDATE calls SET talk_ratio = 0.45, questions_asked = 11, derived_metrics = NULL WHERE external_id = 'sf-old'`);
    await sql.run(`UPDATE maintenance_tasks SET done_at = NULL WHERE name = 'talk_metrics_rederive'`);
    expect(await runMaintenance(sql)).toBe("done");
    const row = await stored("sf-old");
    expect(row.figures.talkRatio).toBeCloseTo(fromTranscript.talkRatio!, 5);
    expect(row.figures.questionsAsked).toBe(fromTranscript.questionsAsked);
    expect(row.derived).toEqual([...TALK_METRICS]);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });
});

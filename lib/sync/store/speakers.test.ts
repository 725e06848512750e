// Talk metrics worked out with guessed speaker roles are recomputed, with the
// rollups, in the transaction that learns who spoke.
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { CallRecord } from "@/lib/domain/records";
import { talkMetrics } from "@/lib/domain/talk-metrics";
import type { Segment } from "@/lib/domain/transcript";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { writeBatch } from "./index";

// Voice 0 asks the questions; the guess took voice 1 for the rep.
const asked: Segment[] = [
  { speaker: "prospect", label: "Prospect", startMs: 0, endMs: 4_000, text: "How big is your team? And who signs off on tools?", voice: 0 },
  { speaker: "rep", label: "Rep", startMs: 4_000, endMs: 9_000, text: "About twelve people and I sign off on it", voice: 1 },
  { speaker: "prospect", label: "Prospect", startMs: 9_000, endMs: 12_000, text: "What does the current process cost you?", voice: 0 },
];

function call(segments: Segment[]): CallRecord {
  const guessed = talkMetrics(segments);
  return {
    vendor: "execvision",
    externalId: "call-1",
    repExternalId: "rep-1",
    startedAt: new Date("2026-11-30T15:00:00Z"),
    durationSec: 12,
    talkRatio: 0.4,
    questionsAsked: guessed.questionsAsked,
    fillerWords: guessed.fillerWords,
    wordsPerMinute: guessed.wordsPerMinute,
    interruptions: guessed.interruptions,
    longestMonologueSec: guessed.longestMonologueSec,
    derivedTalkMetrics: ["questionsAsked", "fillerWords", "wordsPerMinute", "interruptions", "longestMonologueSec"],
    raw: { id: "call-1" },
    transcript: { source: "calls", segments },
  };
}

await describeEachDatabase("speakers learnt after the call", (provider) => {
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

  const stored = async () =>
    (await sql.all<{ questions_asked: number; talk_ratio: number }>(`SELECT questions_asked, talk_ratio FROM calls WHERE external_id = 'call-1'`))[0];
  const rolled = async () => (await sql.all<{ q: number }>(`SELECT SUM(questions_sum) AS q FROM rep_stat_rollups WHERE grain = 'day'`))[0];

  it("recompute the questions the rep asked, and the rollups, and the talk ratio from the transcript in place of the vendor's", async () => {
    await sql.transaction((tx) => writeBatch(tx, { calls: [call(asked)] }, new Date()));
    expect(Number((await stored()).questions_asked)).toBe(0);
    await sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          transcriptSpeakers: [
            {
              vendor: "execvision",
              callExternalId: "call-1",
              speakers: [
                { number: 0, role: "rep", label: "Dana Rep" },
                { number: 1, role: "prospect", label: "Sam Prospect" },
              ],
              raw: {},
            },
          ],
        },
        new Date(),
      ),
    );
    expect(Number((await stored()).questions_asked)).toBe(3);
    expect(Number((await stored()).talk_ratio)).toBe(0.583);
    expect(Number((await rolled()).q)).toBe(3);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
  });

  it("keep them right when the call is read again with the guessed roles", async () => {
    await sql.transaction((tx) => writeBatch(tx, { calls: [{ ...call(asked), summary: "changed at the vendor" }] }, new Date()));
    expect(Number((await stored()).questions_asked)).toBe(3);
    expect(Number((await rolled()).q)).toBe(3);
  });
});

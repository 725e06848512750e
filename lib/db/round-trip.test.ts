import { afterAll, beforeAll, expect, it } from "vitest";
import { segmentsSchema, wordTimingsSchema, type Segment, type WordTimings } from "@/lib/domain/transcript";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { createDb, type DbHandle } from "./client";
import { applyMigrations } from "./migrations";

/** A two-hour call: 20,000 words in alternating turns of 40 words. */
function longTranscript(): { segments: Segment[]; words: WordTimings } {
  const words: WordTimings = { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
  const segments: Segment[] = [];
  const vocabulary = ["pipeline", "budget", "quarter", "renewal", "timeline", "pricing", "integration", "champion"];
  for (let i = 0; i < 20_000; i++) {
    const start = i * 360;
    words.startMs.push(start);
    words.endMs.push(start + 300);
    words.text.push(`${vocabulary[i % vocabulary.length]}${i}`);
    words.punct.push(i % 40 === 39 ? "." : i % 7 === 0 ? "," : "");
    words.speaker.push(Math.floor(i / 40) % 2);
  }
  for (let turn = 0; turn < 500; turn++) {
    const first = turn * 40;
    const last = first + 39;
    segments.push({
      speaker: turn % 2 === 0 ? "rep" : "prospect",
      label: turn % 2 === 0 ? "Dana Rep" : "Speaker 2",
      startMs: words.startMs[first],
      endMs: words.endMs[last],
      text: words.text.slice(first, last + 1).map((w, k) => w + words.punct[first + k]).join(" "),
    });
  }
  return { segments, words };
}

await describeEachDatabase("a call with 20,000 word timings", (provider) => {
  let database: TestDatabase;
  let handle: DbHandle;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    handle = await createDb(database.url);
  });
  afterAll(async () => {
    await handle?.db.$disconnect();
    await database?.drop();
  });

  it("is written and read back whole, in one query", async () => {
    const { db } = handle;
    const { segments, words } = longTranscript();
    const startedAt = new Date("2026-03-02T15:04:05.123Z");
    const created = await db.call.create({
      data: {
        vendor: "execvision",
        externalId: "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b",
        startedAt,
        durationSec: 7200,
        direction: "outbound",
        talkStats: { talkRatio: 0.637, longestSegmentDurations: { "0": 76.0, "1": 34.47 } },
        raw: { id: "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b", note: "kept whole" },
        contentHash: "h1",
        transcript: {
          create: {
            source: "call",
            segmentCount: segments.length,
            wordCount: words.text.length,
            durationMs: 7_200_000,
            segments,
            words,
            text: segments.map((s) => s.text).join("\n"),
            contentHash: "t1",
          },
        },
      },
    });

    const queries: string[] = [];
    const logged = db.$extends({
      query: {
        $allOperations({ args, query, operation, model }) {
          queries.push(`${model}.${operation}`);
          return query(args);
        },
      },
    });
    const call = await logged.call.findUniqueOrThrow({ where: { id: created.id }, include: { transcript: true } });
    expect(queries).toHaveLength(1);

    expect(call.startedAt.toISOString()).toBe(startedAt.toISOString());
    expect(call.raw).toEqual({ id: "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b", note: "kept whole" });
    expect(call.talkStats).toEqual({ talkRatio: 0.637, longestSegmentDurations: { "0": 76.0, "1": 34.47 } });
    const readWords = wordTimingsSchema.parse(call.transcript?.words);
    const readSegments = segmentsSchema.parse(call.transcript?.segments);
    expect(readWords.text).toHaveLength(20_000);
    expect(readWords).toEqual(words);
    expect(readSegments).toEqual(segments);
    expect(call.transcript?.wordCount).toBe(20_000);
  });
});

import { describe, expect, it } from "vitest";
import { readTranscript, timeUnitOf, type TranscriptInput } from "./transcript";

const spans = (...pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));

describe("the unit of analysis times", () => {
  it("reads milliseconds and seconds against the reported duration", () => {
    expect(timeUnitOf(spans([0, 4200], [4300, 61_000], [61_500, 118_750]), 120)).toBe("ms");
    expect(timeUnitOf(spans([0, 4.2], [4.3, 61], [61.5, 118.75]), 120)).toBe("s");
    // Whole seconds look like milliseconds by magnitude alone; the duration settles it.
    expect(timeUnitOf(spans([0, 4], [4, 61], [62, 119]), 120)).toBe("s");
    expect(timeUnitOf(spans([0, 4], [4, 61], [62, 119]), 0.12)).toBe("ms");
  });

  it("tells a 3-second call in either unit", () => {
    expect(timeUnitOf(spans([0, 1200], [1300, 2950]), 3)).toBe("ms");
    expect(timeUnitOf(spans([0, 1.2], [1.3, 2.95]), 3)).toBe("s");
    expect(timeUnitOf(spans([0, 1], [1, 3]), 3)).toBe("s");
    expect(timeUnitOf(spans([0, 1200], [1300, 2950]), null)).toBe("ms");
    expect(timeUnitOf(spans([0, 1], [1, 3]), null)).toBe("s");
  });

  it("decides from the values alone when no duration is reported", () => {
    expect(timeUnitOf(spans([0, 4200], [4300, 61_000]), null)).toBe("ms");
    expect(timeUnitOf(spans([0, 4.2], [4.3, 61]), undefined)).toBe("s");
    // One fraction is enough.
    expect(timeUnitOf(spans([0, 4], [4, 61.5]), null)).toBe("s");
    // Integer seconds of a half-hour call.
    expect(timeUnitOf(spans([0, 12], [12, 40], [41, 1790]), null)).toBe("s");
    // Longer than ten hours if it were seconds.
    expect(timeUnitOf(spans([0, 20], [36_000, 36_020]), null)).toBe("ms");
    // A zero duration says nothing.
    expect(timeUnitOf(spans([0, 4200], [4300, 9000]), 0)).toBe("ms");
    expect(timeUnitOf([], null)).toBe("ms");
  });
});

function input(transcript: TranscriptInput["transcript"], extra: Partial<TranscriptInput> = {}): TranscriptInput {
  return { transcript, durationSeconds: null, repSpeaker: undefined, repName: "Rita Rep", prospectName: "Pat Prospect", ...extra };
}

function collect() {
  const drops: [string, string][] = [];
  return { drops, drop: (what: string, why: string) => drops.push([what, why]) };
}

const utterances = [
  { start: 0, end: 1500, speaker: "A", transcript: "Hi there.", text: "Hi there." },
  { start: 1600, end: 3000, speaker: "B", transcript: "Hello!", text: "Hello!" },
];

describe("an analysis transcript", () => {
  it("reads every documented and observed word shape, preferring punctuated text", () => {
    const shapes = [
      [{ text: "Hi", start: 0, end: 400, confidence: 0.9, speaker: "A" }, { text: "there.", start: 450, end: 900, confidence: 0.9, speaker: "A" }],
      [{ word: "Hi", start: 0, end: 400, speaker: "A" }, { word: "there.", start: 450, end: 900, speaker: "A" }],
      [{ word: "hi", punctuated_word: "Hi", start: 0, end: 400, confidence: 0.9, speaker: "A" }, { word: "there", punctuated_word: "there.", start: 450, end: 900, speaker: "A" }],
    ];
    for (const words of shapes) {
      const { drops, drop } = collect();
      const t = readTranscript(input({ utterances, words, duration_seconds: 3 }), drop);
      expect(t!.words).toEqual({ startMs: [0, 450], endMs: [400, 900], text: ["Hi", "there"], punct: ["", "."], speaker: [0, 0] });
      expect(drops).toEqual([]);
    }
  });

  it("takes the doc's empty word objects as no word timings, dropping nothing", () => {
    for (const words of [[{}, {}, {}], [{ x_schema_rev: 3 }], [], null, undefined, "n/a"]) {
      const { drops, drop } = collect();
      const t = readTranscript(input({ utterances, words }), drop);
      expect(t!.words).toBeNull();
      expect(t!.segments).toHaveLength(2);
      expect(drops).toEqual([]);
    }
  });

  it("drops each unusable word and utterance, and keeps the rest", () => {
    const { drops, drop } = collect();
    const t = readTranscript(
      input({
        utterances: [...utterances, { start: null, end: 4000, speaker: "A", text: "Lost." }, { start: 5000, end: 4000, speaker: "B", text: "Backwards." }, "noise"],
        words: [
          { text: "Hi", start: 0, end: 400, speaker: "A" },
          { text: "", start: 450, end: 900, speaker: "A" },
          { word: "there", start: "n/a", end: 900, speaker: "A" },
          { speaker: "A" },
          null,
          {},
          { word: "Hello", start: "1600", end: "2000", speaker: "B" },
        ],
      }),
      drop,
    );
    expect(t!.segments.map((s) => s.text)).toEqual(["Hi there.", "Hello!"]);
    expect(t!.words!).toMatchObject({ text: ["Hi", "Hello"], startMs: [0, 1600], speaker: [0, 1] });
    expect(drops.map(([what]) => what)).toEqual(["utterance", "utterance", "utterance", "word", "word", "word", "word"]);
  });

  it("converts seconds to milliseconds for segments and words", () => {
    const { drop } = collect();
    const t = readTranscript(
      input({
        utterances: [{ start: 0, end: 1.5, speaker: 0, text: "Hi there." }, { start: 1.6, end: 3.004, speaker: 1, text: "Hello!" }],
        words: [{ word: "Hi", start: 0.001, end: 0.4, speaker: 0 }, { word: "Hello!", start: 1.6, end: 2.35, speaker: 1 }],
        duration_seconds: 3,
      }),
      drop,
    );
    expect(t!.segments.map((s) => [s.startMs, s.endMs])).toEqual([[0, 1500], [1600, 3004]]);
    expect(t!.words).toMatchObject({ startMs: [1, 1600], endMs: [400, 2350], text: ["Hi", "Hello"], punct: ["", "!"] });
    expect(t!.durationMs).toBe(3000);
  });

  it("reads whole-second times as seconds when the duration says so", () => {
    const { drop } = collect();
    const t = readTranscript(input({ utterances: [{ start: 0, end: 2, speaker: "A", text: "Hi." }, { start: 2, end: 3, speaker: "B", text: "Yes." }] }, { durationSeconds: 3 }), drop);
    expect(t!.segments.map((s) => [s.startMs, s.endMs])).toEqual([[0, 2000], [2000, 3000]]);
  });

  it("names the rep by metadata.rep_speaker in whatever form the labels take, else the first speaker", () => {
    const numbered = [{ start: 0, end: 900, speaker: 0, text: "Hello?" }, { start: 1000, end: 2000, speaker: 1, text: "Hi, it's Rita." }];
    const { drop } = collect();
    const roles = (extra: Partial<TranscriptInput>, list: unknown[] = numbered) =>
      readTranscript(input({ utterances: list }, extra), drop)!.segments.map((s) => [s.speaker, s.label, s.voice]);
    expect(roles({ repSpeaker: 1 })).toEqual([["prospect", "Pat Prospect", 0], ["rep", "Rita Rep", 1]]);
    expect(roles({ repSpeaker: "1" })).toEqual([["prospect", "Pat Prospect", 0], ["rep", "Rita Rep", 1]]);
    expect(roles({})).toEqual([["rep", "Rita Rep", 0], ["prospect", "Pat Prospect", 1]]);
    const labelled = numbered.map((u) => ({ ...u, speaker: `speaker_${u.speaker}` }));
    expect(roles({ repSpeaker: "speaker_1" }, labelled)).toEqual([["prospect", "Pat Prospect", 0], ["rep", "Rita Rep", 1]]);
  });

  it("builds segments from the words when there are no utterances", () => {
    const { drop } = collect();
    const t = readTranscript(
      input({ words: [{ word: "Hi.", start: 0, end: 300, speaker: "A" }, { word: "Hello.", start: 400, end: 800, speaker: "B" }] }, { repSpeaker: "A" }),
      drop,
    );
    expect(t!.segments.map((s) => [s.speaker, s.text, s.startMs, s.endMs])).toEqual([["rep", "Hi.", 0, 300], ["prospect", "Hello.", 400, 800]]);
  });

  it("has no transcript when nothing is usable", () => {
    const { drop } = collect();
    expect(readTranscript(input({}), drop)).toBeNull();
    expect(readTranscript(input(null), drop)).toBeNull();
    expect(readTranscript(input({ utterances: [], words: [{}] }), drop)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { Segment, WordTimings } from "./transcript";
import { transcriptWindow } from "./transcript-window";

/** `lines` lines of 10 s, each with two words at +1 s and +6 s. */
function transcript(lines: number) {
  const segments: Segment[] = [];
  const words: WordTimings = { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
  for (let i = 0; i < lines; i++) {
    segments.push({ speaker: i % 2 ? "prospect" : "rep", label: i % 2 ? "Dana" : "Marcus", startMs: i * 10_000, endMs: i * 10_000 + 9_000, text: `line${i}a line${i}b`, voice: i % 2 });
    for (const [offset, part] of [[1_000, "a"], [6_000, "b"]] as const) {
      words.startMs.push(i * 10_000 + offset);
      words.endMs.push(i * 10_000 + offset + 500);
      words.text.push(`line${i}${part}`);
      words.punct.push("");
      words.speaker.push(i % 2);
    }
  }
  return { segments, words, durationMs: lines * 10_000 };
}

describe("transcriptWindow", () => {
  it("keeps a short transcript whole, the same object", () => {
    const t = transcript(10);
    expect(transcriptWindow(t, 0, 1, 24)).toEqual({ transcript: t, first: 0, total: 10 });
    expect(transcriptWindow(t, 0, 1, 24).transcript).toBe(t);
  });

  it("from the start: the first lines and only their words", () => {
    const { transcript: part, first, total } = transcriptWindow(transcript(100), 0, 1, 5);
    expect([first, total]).toEqual([0, 100]);
    expect(part.segments.map((s) => s.text)).toEqual(["line0a line0b", "line1a line1b", "line2a line2b", "line3a line3b", "line4a line4b"]);
    expect(part.words!.text).toEqual(["line0a", "line0b", "line1a", "line1b", "line2a", "line2b", "line3a", "line3b", "line4a", "line4b"]);
    expect(part.words!.speaker).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0, 0]);
    expect(part.durationMs).toBe(1_000_000);
  });

  it("around a moment: a line of context above the one playing, then the screenful", () => {
    const { transcript: part, first } = transcriptWindow(transcript(100), 503_000, 1, 3);
    expect(first).toBe(49);
    expect(part.segments.map((s) => s.startMs)).toEqual([490_000, 500_000, 510_000]);
    expect(part.words!.startMs).toEqual([491_000, 496_000, 501_000, 506_000, 511_000, 516_000]);
  });

  it("near the end: still a full screen, ending with the last line", () => {
    const { transcript: part, first } = transcriptWindow(transcript(100), 995_000, 1, 4);
    expect(first).toBe(96);
    expect(part.segments.map((s) => s.startMs)).toEqual([960_000, 970_000, 980_000, 990_000]);
    expect(part.words!.text.at(-1)).toBe("line99b");
  });

  it("orders lines sent out of order, and keeps words without timings out", () => {
    const t = transcript(30);
    const shuffled = { ...t, segments: [...t.segments].reverse(), words: null };
    const { transcript: part } = transcriptWindow(shuffled, 0, 1, 2);
    expect(part.segments.map((s) => s.startMs)).toEqual([0, 10_000]);
    expect(part.words).toBeNull();
  });
});

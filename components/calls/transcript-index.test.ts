import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Segment, WordTimings } from "@/lib/domain/transcript";
import { activeSegmentAt, activeWordAt, buildTranscriptIndex, buildTranscriptIndexInSlices, createCursor, lastAtOrBefore, nextSegmentIndex, previousSegmentIndex } from "./transcript-index";
import { SEGMENTS, WORDS } from "./test-data";

describe("lastAtOrBefore", () => {
  it("finds the last value at or before t", () => {
    const values = [0, 10, 10, 20];
    expect(lastAtOrBefore(values, -1)).toBe(-1);
    expect(lastAtOrBefore(values, 0)).toBe(0);
    expect(lastAtOrBefore(values, 10)).toBe(2);
    expect(lastAtOrBefore(values, 15)).toBe(2);
    expect(lastAtOrBefore(values, 99)).toBe(3);
    expect(lastAtOrBefore([], 5)).toBe(-1);
  });

  it("agrees with a linear scan", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), fc.integer({ min: -10, max: 1010 }), (raw, t) => {
        const values = [...raw].sort((a, b) => a - b);
        let expected = -1;
        values.forEach((v, i) => v <= t && (expected = i));
        expect(lastAtOrBefore(values, t)).toBe(expected);
      }),
    );
  });
});

describe("buildTranscriptIndex", () => {
  const index = buildTranscriptIndex(SEGMENTS, WORDS);

  it("gives each segment the words inside it, by their middle", () => {
    // "Sure" starts 10 ms before its segment and still belongs to it.
    expect([...index.wordFrom]).toEqual([0, 4, 7]);
    expect([...index.wordTo]).toEqual([4, 7, 7]);
  });

  it("shows words with their punctuation, and the text where there are no words", () => {
    expect(index.texts).toEqual(["Hi Dana, quick question.", "Sure, go ahead.", "How do invoices get approved today? Approved by whom?"]);
    expect(index.lowerTexts[2]).toContain("approved by whom");
    expect(index.wordOffset[2]).toBe("Hi Dana, ".length);
    expect(index.endMs).toBe(9000);
  });

  it("sorts segments that arrive out of order", () => {
    const shuffled = buildTranscriptIndex([SEGMENTS[2], SEGMENTS[0], SEGMENTS[1]], null);
    expect([...shuffled.segStart]).toEqual([0, 2500, 6000]);
    expect(shuffled.wordStart.length).toBe(0);
  });

  it("handles an empty transcript", () => {
    const empty = buildTranscriptIndex([], null);
    expect(activeSegmentAt(empty, 100)).toBe(-1);
    expect(nextSegmentIndex(empty, 0)).toBe(-1);
    expect(previousSegmentIndex(empty, 0)).toBe(-1);
  });
});

describe("the cursor", () => {
  const index = buildTranscriptIndex(SEGMENTS, WORDS);

  it("finds the segment being spoken, and keeps it through the pause after it", () => {
    expect(activeSegmentAt(index, 1000)).toBe(0);
    expect(activeSegmentAt(index, 2200)).toBe(0);
    expect(activeSegmentAt(index, 2500)).toBe(1);
    expect(activeSegmentAt(index, 5000)).toBe(1);
    expect(activeSegmentAt(index, 99_000)).toBe(2);
  });

  it("finds the word being spoken, none in a longer pause", () => {
    expect(activeWordAt(index, 500)).toBe(1);
    expect(activeWordAt(index, 850)).toBe(1);
    expect(activeWordAt(index, 2300)).toBe(-1);
    expect(activeWordAt(index, 0)).toBe(-1);
  });

  it("answers repeated times from memory", () => {
    const cursor = createCursor(index);
    const first = cursor(3100);
    expect(first).toEqual({ segment: 1, word: 5 });
    expect(cursor(3100)).toBe(first);
  });

  it("moves to the next and previous segment starts", () => {
    expect(nextSegmentIndex(index, 0)).toBe(1);
    expect(nextSegmentIndex(index, 2490)).toBe(2); // at the start of 1, within the tolerance
    expect(nextSegmentIndex(index, 7000)).toBe(-1);
    expect(previousSegmentIndex(index, 6000)).toBe(1);
    expect(previousSegmentIndex(index, 7000)).toBe(1);
    expect(previousSegmentIndex(index, 1000)).toBe(0);
  });

  it("stays fast on 20,000 words", () => {
    const words = { startMs: [] as number[], endMs: [] as number[], text: [] as string[], punct: [] as string[], speaker: [] as number[] };
    const segments = [];
    for (let s = 0; s < 600; s++) {
      const start = s * 12_000;
      for (let w = 0; w < 33; w++) {
        words.startMs.push(start + w * 350);
        words.endMs.push(start + w * 350 + 300);
        words.text.push("word");
        words.punct.push("");
        words.speaker.push(s % 2);
      }
      segments.push({ speaker: s % 2 ? ("prospect" as const) : ("rep" as const), label: "x", startMs: start, endMs: start + 33 * 350, text: "" });
    }
    const started = performance.now();
    const big = buildTranscriptIndex(segments, words);
    expect(performance.now() - started).toBeLessThan(200);
    const cursor = createCursor(big);
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) cursor(i * 700);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(big.wordTo[599] - big.wordFrom[599]).toBe(33);
  });
});

describe("buildTranscriptIndexInSlices", () => {
  /** A long call: 600 lines of 20 words, 200 ms apart, with the words given out of order. */
  function longTranscript(): { segments: Segment[]; words: WordTimings } {
    const segments: Segment[] = [];
    const words: WordTimings = { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
    for (let line = 0; line < 600; line++) {
      segments.push({ speaker: line % 2 ? "prospect" : "rep", label: "", startMs: line * 4000, endMs: line * 4000 + 3900, text: `line ${line}` });
      for (let w = 0; w < 20; w++) {
        words.startMs.push(line * 4000 + w * 200);
        words.endMs.push(line * 4000 + w * 200 + 150);
        words.text.push(`w${line}_${w}`);
        words.punct.push(w === 19 ? "." : "");
        words.speaker.push(line % 2);
      }
    }
    // Out of order: the build sorts them, in steps too.
    for (const key of ["startMs", "endMs", "text", "punct", "speaker"] as const) (words[key] as unknown[]).reverse();
    return { segments, words };
  }

  it("builds the same index as the build in one go, for the fixture and for a long call", async () => {
    expect(await buildTranscriptIndexInSlices(SEGMENTS, WORDS, new AbortController().signal)).toEqual(buildTranscriptIndex(SEGMENTS, WORDS));
    const { segments, words } = longTranscript();
    expect(await buildTranscriptIndexInSlices(segments, words, new AbortController().signal, 0)).toEqual(buildTranscriptIndex(segments, words));
  });

  it("gives the thread back between slices of a long call, so waiting work runs before it ends", async () => {
    const { segments, words } = longTranscript();
    const ranBefore: boolean[] = [];
    let finished = false;
    // Work that waits for the thread: a timer set before the build starts, and a few more.
    const waiting = Array.from({ length: 3 }, () => new Promise<void>((resolve) => setTimeout(() => (ranBefore.push(!finished), resolve()), 0)));
    const built = buildTranscriptIndexInSlices(segments, words, new AbortController().signal, 0).then((index) => ((finished = true), index));
    await Promise.all([built, ...waiting]);
    expect(ranBefore).toEqual([true, true, true]);
    // In one go, nothing runs in between.
    let ranDuring = false;
    setTimeout(() => (ranDuring = true), 0);
    buildTranscriptIndex(segments, words);
    expect(ranDuring).toBe(false);
  });

  it("stops when aborted", async () => {
    const { segments, words } = longTranscript();
    const controller = new AbortController();
    const built = buildTranscriptIndexInSlices(segments, words, controller.signal, 0);
    controller.abort(new Error("the page moved on"));
    await expect(built).rejects.toThrow("the page moved on");
  });
});

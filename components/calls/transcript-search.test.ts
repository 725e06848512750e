import { describe, expect, it } from "vitest";
import { buildTranscriptIndex } from "./transcript-index";
import { findHits, hitsByRow, MAX_HITS, normalizeQuery, splitText, wordAtChar } from "./transcript-search";
import { SEGMENTS, WORDS } from "./test-data";

const index = buildTranscriptIndex(SEGMENTS, WORDS);

describe("findHits", () => {
  it("finds every case-insensitive occurrence, in order", () => {
    const hits = findHits(index, "APPROVED");
    expect(hits.map((h) => [h.row, h.from])).toEqual([
      [2, 20],
      [2, 36],
    ]);
  });

  it("times a hit by its word where words are timed", () => {
    const [hit] = findHits(index, "question");
    expect(hit).toMatchObject({ row: 0, ms: 1400 });
    expect(findHits(index, "ahead")[0].ms).toBe(3400);
  });

  it("guesses a time inside the segment where they are not", () => {
    const [first, second] = findHits(index, "approved");
    expect(first.ms).toBeGreaterThan(6000);
    expect(second.ms).toBeGreaterThan(first.ms);
    expect(second.ms).toBeLessThan(9000);
  });

  it("ignores queries too short to mean anything, and caps broad ones", () => {
    expect(findHits(index, " a ")).toEqual([]);
    expect(normalizeQuery("  Hi   Dana ")).toBe("hi dana");
    expect(findHits(index, "hi   dana")).toHaveLength(1);
    const long = buildTranscriptIndex([{ speaker: "rep", label: "r", startMs: 0, endMs: 1, text: "ab ".repeat(MAX_HITS + 5) }], null);
    expect(findHits(long, "ab")).toHaveLength(MAX_HITS);
  });
});

describe("showing hits", () => {
  it("finds the word under a character", () => {
    expect(wordAtChar(index, 0, 0)).toBe(0);
    expect(wordAtChar(index, 0, 4)).toBe(1);
    expect(wordAtChar(index, 1, 6)).toBe(5);
    expect(wordAtChar(index, 2, 3)).toBe(-1);
  });

  it("groups hits by row and cuts the text at them", () => {
    const hits = findHits(index, "approved");
    const rows = hitsByRow(hits);
    expect([...rows.keys()]).toEqual([2]);
    const pieces = splitText(index.texts[2], rows.get(2));
    expect(pieces.map((p) => p.text).join("")).toBe(index.texts[2]);
    expect(pieces.filter((p) => p.hit >= 0).map((p) => [p.text, p.hit])).toEqual([
      ["approved", 0],
      ["Approved", 1],
    ]);
    expect(splitText("plain", undefined)).toEqual([{ text: "plain", hit: -1, active: false }]);
    expect(splitText("", undefined)).toEqual([{ text: "", hit: -1, active: false }]);
  });

  it("cuts out the spoken word too, inside or across a hit", () => {
    const text = index.texts[0]; // "Hi Dana, quick question."
    const rows = hitsByRow(findHits(index, "dana, qu"));
    const pieces = splitText(text, rows.get(0), { from: 9, to: 14 }); // "quick"
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.map((p) => [p.text, p.hit, p.active])).toEqual([
      ["Hi ", -1, false],
      ["Dana, ", 0, false],
      ["qu", 0, true],
      ["ick", -1, true],
      [" question.", -1, false],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { MAX_QUOTE, spanOfSelection } from "./comment-selection";
import { SEGMENTS, WORDS } from "./test-data";
import { buildTranscriptIndex } from "./transcript-index";

// Row 0 "Hi Dana, quick question." and row 1 "Sure, go ahead." have word timings; row 2 has none.
const index = buildTranscriptIndex(SEGMENTS, WORDS);

describe("spanOfSelection", () => {
  it("widens a selection to whole words: from the first one's start to the last one's end, those words the quote", () => {
    expect(index.texts[0]).toBe("Hi Dana, quick question.");
    expect(spanOfSelection(index, { row: 0, char: 4 }, { row: 0, char: 11 })).toEqual({ startSec: 0.4, endSec: 1.3, quote: "Dana, quick" });
    // Dragged backwards, the same span.
    expect(spanOfSelection(index, { row: 0, char: 11 }, { row: 0, char: 4 })).toEqual({ startSec: 0.4, endSec: 1.3, quote: "Dana, quick" });
  });

  it("runs across lines, joining them with a space", () => {
    expect(spanOfSelection(index, { row: 0, char: 9 }, { row: 1, char: 3 })).toEqual({ startSec: 0.9, endSec: 2.9, quote: "quick question. Sure," });
  });

  it("does not take the word before the space it starts in, nor the line whose start it ends at", () => {
    expect(spanOfSelection(index, { row: 0, char: 8 }, { row: 0, char: 14 })).toEqual({ startSec: 0.9, endSec: 1.3, quote: "quick" });
    expect(spanOfSelection(index, { row: 0, char: 15 }, { row: 1, char: 0 })).toEqual({ startSec: 1.4, endSec: 1.9, quote: "question." });
  });

  it("times a line without word timings by the share of its text", () => {
    const text = index.texts[2];
    expect(text.startsWith("How do")).toBe(true);
    const span = spanOfSelection(index, { row: 2, char: 0 }, { row: 2, char: 6 });
    expect(span).toEqual({ startSec: 6, endSec: Math.round(6000 + (3000 * 6) / text.length) / 1000, quote: "How do" });
  });

  it("is nothing for an empty selection, or one of spaces", () => {
    expect(spanOfSelection(index, { row: 0, char: 5 }, { row: 0, char: 5 })).toBeNull();
    expect(spanOfSelection(index, { row: 2, char: 3 }, { row: 2, char: 4 })).toBeNull();
    expect(spanOfSelection(index, { row: 9, char: 0 }, { row: 9, char: 4 })).toBeNull();
  });

  it("cuts a long quote, keeping the span's times", () => {
    const long = buildTranscriptIndex([{ speaker: "rep", label: "Rep", startMs: 0, endMs: 60_000, text: "word ".repeat(300).trim() }], null);
    const span = spanOfSelection(long, { row: 0, char: 0 }, { row: 0, char: long.texts[0].length })!;
    expect(span.quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(span.quote.endsWith("…")).toBe(true);
    expect([span.startSec, span.endSec]).toEqual([0, 60]);
  });
});

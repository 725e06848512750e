import { describe, expect, it } from "vitest";
import { talkMetrics } from "./talk-metrics";
import { countTokens, type Segment } from "./transcript";

describe("countTokens", () => {
  it("splits on exactly the characters a regular expression's \\s matches", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(countTokens(text), `U+${c.toString(16)}`).toBe(text.split(/\s+/).filter(Boolean).length);
    }
  });

  it("counts tokens, not separators", () => {
    for (const text of ["", " ", "one", "  two words  ", "tab\tand\nnew line", "\u00a0nbsp\u3000ideographic\ufeff", "a  b   c"]) {
      expect(countTokens(text)).toBe(text.split(/\s+/).filter(Boolean).length);
    }
  });
});

describe("talkMetrics", () => {
  const segment = (speaker: Segment["speaker"], startMs: number, endMs: number, text: string): Segment => ({ speaker, label: speaker, startMs, endMs, text });

  it("measures the rep's share, pace, questions, fillers, monologues and interruptions", () => {
    const metrics = talkMetrics([
      segment("rep", 0, 30_000, "Hi, um, thanks for joining. Who signs off? And when?"),
      segment("prospect", 30_000, 40_000, "Our CFO, like, usually."),
      segment("rep", 39_000, 69_000, "You know, that makes sense.   Basically we can help."),
      segment("rep", 69_000, 99_000, "Sort of a plan? Kind of."),
      segment("unknown", 99_000, 120_000, "background noise"),
    ]);
    expect(metrics).toEqual({
      talkRatio: 0.9,
      questionsAsked: 3,
      // um, you know, basically, sort of, kind of (the prospect's "like" is not the rep's)
      fillerWords: 5,
      // 25 words in 90 s
      wordsPerMinute: 16.7,
      longestMonologueSec: 60,
      interruptions: 1,
    });
  });

  it("has no ratio or pace when the rep never speaks", () => {
    expect(talkMetrics([segment("prospect", 0, 1000, "Hello?")])).toEqual({ talkRatio: null, questionsAsked: 0, fillerWords: 0, wordsPerMinute: null, longestMonologueSec: null, interruptions: 0 });
  });
});

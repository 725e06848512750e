import { describe, expect, it } from "vitest";
import { findMoments, searchTerms } from "./search-moments";
import type { Segment } from "./transcript";

const line = (startMs: number, label: string, text: string): Segment => ({ speaker: label === "Ana" ? "rep" : "prospect", label, startMs, endMs: startMs + 1000, text });

const marked = (m: { text: string; highlights: [number, number][] }) => m.highlights.map(([a, b]) => m.text.slice(a, b));

describe("findMoments", () => {
  const segments = [
    line(0, "Ana", "Hi, thanks for taking the call."),
    line(5_000, "Ben", "Our pricing is the problem, honestly."),
    line(9_000, "Ana", "Pricing depends on seats, and the contract term matters."),
    line(20_000, "Ben", "We signed a contract last year."),
  ];

  it("finds the lines with the searched words, the ones with more of them first, then the earliest", () => {
    const moments = findMoments(segments, "pricing contract");
    expect(moments.map((m) => m.startMs)).toEqual([9_000, 5_000, 20_000]);
    expect(moments[0]).toMatchObject({ speaker: "Ana", text: "Pricing depends on seats, and the contract term matters." });
    expect(marked(moments[0])).toEqual(["Pricing", "contract"]);
  });

  it("matches whole words from their start, in any case: a word the search begins", () => {
    expect(findMoments(segments, "PRICE").map((m) => m.startMs)).toEqual([]);
    expect(findMoments(segments, "contr").map((m) => m.startMs)).toEqual([9_000, 20_000]);
    expect(findMoments(segments, "ing")).toEqual([]);
  });

  it("names a speaker the transcript labels by email address by the name the address reads as", () => {
    expect(findMoments([line(0, "luis.ortega@northbeam.example", "Pricing is per seat.")], "pricing")[0].speaker).toBe("Luis Ortega");
  });

  it("keeps at most the limit, and nothing for a query without words", () => {
    expect(findMoments(segments, "the", 2)).toHaveLength(2);
    expect(findMoments(segments, "  ?! ")).toEqual([]);
  });

  it("cuts a long line to a window around its first match, marked with … and the highlights moved along", () => {
    const long = `${"word ".repeat(60)}budget approval ${"more ".repeat(60)}`.trim();
    const [moment] = findMoments([line(1_000, "Ben", long)], "approval", 3, 80);
    expect(moment.text.length).toBeLessThanOrEqual(82);
    expect(moment.text.startsWith("…")).toBe(true);
    expect(moment.text.endsWith("…")).toBe(true);
    expect(marked(moment)).toEqual(["approval"]);
  });
});

describe("searchTerms", () => {
  it("reads words as the search index does, lower case, each once, at most 12", () => {
    expect(searchTerms("Pricing, pricing: don't")).toEqual(["pricing", "don't"]);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
  });
});

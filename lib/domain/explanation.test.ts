import { describe, expect, it } from "vitest";
import { explanationLines, explanationParts } from "./explanation";

const FEEDBACK = { positive: "Your explanations were short and easy to follow.", negative: "Key points got buried in long, run-on explanations." };

describe("explanationParts", () => {
  it("reads the call analyses' feedback pair as a strength and a fix", () => {
    expect(explanationParts("analyses", FEEDBACK)).toEqual({ strength: FEEDBACK.positive, fix: FEEDBACK.negative });
  });

  it("keeps one half when the other is missing or blank", () => {
    expect(explanationParts("analyses", { positive: "Clear.", negative: "  " })).toEqual({ strength: "Clear.", fix: null });
    expect(explanationParts("analyses", { negative: "Too long." })).toEqual({ strength: null, fix: "Too long." });
  });

  it("finds no pair in other details or other skill sets", () => {
    expect(explanationParts("analyses", null)).toEqual({ strength: null, fix: null });
    expect(explanationParts("analyses", ["x"])).toEqual({ strength: null, fix: null });
    expect(explanationParts("analyses", { positive: 3 })).toEqual({ strength: null, fix: null });
    expect(explanationParts("salesfinity", FEEDBACK)).toEqual({ strength: null, fix: null });
  });
});

describe("explanationLines", () => {
  it("shows the strength and the fix as two labelled lines, not one glued sentence", () => {
    const glued = `${FEEDBACK.positive} ${FEEDBACK.negative}`;
    expect(explanationLines({ explanation: glued, strength: FEEDBACK.positive, fix: FEEDBACK.negative })).toEqual([
      { label: "Strength", text: FEEDBACK.positive },
      { label: "Fix", text: FEEDBACK.negative },
    ]);
  });

  it("shows a lone half with its label", () => {
    expect(explanationLines({ explanation: "Too long.", strength: null, fix: "Too long." })).toEqual([{ label: "Fix", text: "Too long." }]);
  });

  it("shows another vendor's single explanation as sent, unlabelled", () => {
    expect(explanationLines({ explanation: "Opened with a clear reason for the call.", strength: null, fix: null })).toEqual([{ label: null, text: "Opened with a clear reason for the call." }]);
    expect(explanationLines({ explanation: "Opened well." })).toEqual([{ label: null, text: "Opened well." }]);
  });

  it("shows nothing when there is nothing to say", () => {
    expect(explanationLines({ explanation: null, strength: null, fix: null })).toEqual([]);
    expect(explanationLines({ explanation: "  " })).toEqual([]);
  });
});

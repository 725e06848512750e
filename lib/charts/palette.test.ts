import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "./contrast";
import { CATEGORY_COLORS, CATEGORY_DASHES, CATEGORY_SYMBOLS, CHART_BACKGROUND, SERIES_COLORS, TEXT_COLORS } from "./palette";

describe("contrast ratio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#fff", "#777")).toBeCloseTo(contrastRatio("#ffffff", "#777777"), 10);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(() => relativeLuminance("blue")).toThrow();
  });
});

describe("chart palette", () => {
  it.each(Object.entries(SERIES_COLORS))("series %s stands out from the background by at least 3:1", (_, color) => {
    expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each([...CATEGORY_COLORS])("category colour %s stands out by at least 3:1", (color) => {
    expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(TEXT_COLORS))("text %s reads at at least 4.5:1", (_, color) => {
    expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every category its own dot shape and dash", () => {
    expect(new Set(CATEGORY_SYMBOLS).size).toBe(CATEGORY_COLORS.length);
    expect(new Set(CATEGORY_DASHES).size).toBe(CATEGORY_COLORS.length);
  });
});

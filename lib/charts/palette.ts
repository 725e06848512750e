// The one palette every chart draws with. Chosen against the white cards the charts sit on:
// everything that carries data (lines, bar outlines and fills, dots) at least 3:1, text at least 4.5:1.

export const CHART_BACKGROUND = "#ffffff";

/** Data series. The rep and the team also differ in stroke and dot shape, before and since in fill, so no pair relies on colour alone. */
export const SERIES_COLORS = {
  rep: "#1f57cc",
  team: "#64748b",
  before: "#475569",
  since: "#15803d",
} as const;

/** Further series (one per skill), each paired with its own dot shape and dash in the chart. */
export const CATEGORY_COLORS = ["#1f57cc", "#15803d", "#b45309", "#7e22ce", "#0e7490"] as const;

/** Axis ticks, bar labels and legends. */
export const TEXT_COLORS = { tick: "#475569", label: "#334155" } as const;

/** Gridlines and the hover band are background aids, not data: they stay faint on purpose. */
export const DECORATION_COLORS = { grid: "#e2e8f0", cursor: "#f1f5f9" } as const;

/** Everything a chart component needs, in one object. */
export const CHART_COLORS = { ...SERIES_COLORS, ...TEXT_COLORS, ...DECORATION_COLORS, text: TEXT_COLORS.tick, background: CHART_BACKGROUND } as const;

/** Dot shapes that pair with CATEGORY_COLORS, so lines stay apart in greyscale. */
export const CATEGORY_SYMBOLS = ["circle", "square", "triangle", "diamond", "cross"] as const;
export const CATEGORY_DASHES = [undefined, "6 3", "2 3", "8 3 2 3", "12 4"] as const;

import { describe, expect, it } from "vitest";
import { describeTrend, effectBars, radarPoints, weekLabel } from "./shape";

describe("chart data shaping", () => {
  it("describes a trend from its first to its last known week", () => {
    expect(describeTrend([null, 60, null, 72])).toBe("From 60 to 72 (+12) over 4 weeks");
    expect(describeTrend([null, 60])).toBe("Not enough scored weeks for a trend");
  });

  it("draws missing radar values at zero but flags them", () => {
    expect(radarPoints([{ skill: "cta", label: "CTA", rep: null, team: 64 }])).toEqual([{ label: "CTA", rep: 0, team: 64, repMissing: true, teamMissing: false }]);
  });

  it("computes the change a coaching plan made per skill", () => {
    expect(effectBars([{ skill: "Discovery", before: 58.2, since: 71.5 }, { skill: "CTA", before: null, since: 70 }])).toEqual([
      { skill: "Discovery", before: 58.2, since: 71.5, change: 13.3 },
      { skill: "CTA", before: null, since: 70, change: null },
    ]);
  });

  it("labels weeks in UTC", () => {
    expect(weekLabel("2026-03-05T00:00:00.000Z")).toBe("Mar 5");
  });
});

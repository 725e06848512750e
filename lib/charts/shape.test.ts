import { describe, expect, it } from "vitest";
import { describeTrend, meetingSeries, radarPoints, sparklinePath, weekLabel } from "./shape";

describe("chart data shaping", () => {
  it("describes a trend from its first to its last known week", () => {
    expect(describeTrend([null, 60, null, 72])).toBe("From 60 to 72 (+12) over 4 weeks");
    expect(describeTrend([null, 60])).toBe("Not enough scored weeks for a trend");
  });

  it("draws a sparkline through the known weeks, 100 at the top", () => {
    expect(sparklinePath([100, null, 0], 24, 14)).toEqual({ d: "M2 2 L22 12", last: { x: 22, y: 12 } });
    expect(sparklinePath([50, 150, -5], 6, 6)).toEqual({ d: "M2 3 L3 2 L4 4", last: { x: 4, y: 4 } });
    expect(sparklinePath([null, 60], 96, 28)).toBeNull();
  });

  it("draws missing radar values at zero but flags them", () => {
    expect(radarPoints([{ skill: "cta", label: "CTA", rep: null, team: 64 }])).toEqual([{ label: "CTA", rep: 0, team: 64, repMissing: true, teamMissing: false }]);
  });

  it("lays out meeting scores per skill in plan order, and says them in words", () => {
    const series = meetingSeries(
      [
        { at: "2026-10-05T14:00:00.000Z", scores: [{ skill: "Discovery", score: 61.4 }, { skill: "Delivery", score: 55 }] },
        { at: null, scores: [] },
        { at: "2026-10-19T14:00:00.000Z", scores: [{ skill: "Delivery", score: 63 }] },
      ],
      ["Delivery", "Discovery"],
    );
    expect(series.shown).toEqual(["Delivery", "Discovery"]);
    expect(series.data).toEqual([
      { at: "Oct 5", Discovery: 61.4, Delivery: 55 },
      { at: "Oct 19", Delivery: 63 },
    ]);
    expect(series.description).toBe("Meeting scores over 2 meetings: Delivery 55, 63; Discovery 61");
    expect(meetingSeries([{ at: "2026-10-05T14:00:00.000Z", scores: [{ skill: "Closing", score: 70 }] }], []).description).toBe("Meeting scores over 1 meeting: Closing 70");
  });

  it("labels weeks in UTC", () => {
    expect(weekLabel("2026-03-05T00:00:00.000Z")).toBe("Mar 5");
  });
});

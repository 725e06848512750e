import { describe, expect, it } from "vitest";
import { axisAngle, fitRadar, labelAnchors, labelBox, wrapLabel } from "./radar-layout";

const SCORECARD = ["Opening", "Discovery", "Value Proposition", "Delivery", "Active Listening", "Objection Handling", "Closing"];

function everyLabelInside(width: number, height: number, names: string[]) {
  const layout = fitRadar(width, height, names)!;
  return layout.labels.every((_, i) => {
    const box = labelBox(layout, i, width, height);
    return box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
  });
}

describe("radar labels", () => {
  it("wraps at spaces and shortens only what does not fit", () => {
    expect(wrapLabel("Objection Handling", 12)).toEqual({ lines: ["Objection", "Handling"], full: "Objection Handling", shortened: false });
    expect(wrapLabel("Handles pricing objections with confidence", 12)).toEqual({
      lines: ["Handles", "pricing obj…"],
      full: "Handles pricing objections with confidence",
      shortened: true,
    });
    expect(wrapLabel("Qualification", 8).lines).toEqual(["Qualifi…"]);
  });

  it("hangs labels off their points the way recharts does", () => {
    expect(axisAngle(0, 4)).toBe(90);
    expect(labelAnchors(90)).toEqual({ horizontal: "middle", vertical: "end" });
    expect(labelAnchors(0)).toEqual({ horizontal: "start", vertical: "middle" });
    expect(labelAnchors(-90)).toEqual({ horizontal: "middle", vertical: "start" });
    expect(labelAnchors(180)).toEqual({ horizontal: "end", vertical: "middle" });
  });

  it("keeps every label inside the chart on a phone, wrapping long skill names", () => {
    const layout = fitRadar(326, 300, SCORECARD)!;
    expect(everyLabelInside(326, 300, SCORECARD)).toBe(true);
    expect(layout.outerRadius).toBeGreaterThanOrEqual(70);
    expect(layout.labels.find((l) => l.full === "Objection Handling")!.lines).toEqual(["Objection", "Handling"]);
  });

  it("keeps long labels on one line when a wide chart has room", () => {
    const layout = fitRadar(640, 300, SCORECARD)!;
    expect(everyLabelInside(640, 300, SCORECARD)).toBe(true);
    expect(layout.labels.every((l) => l.lines.length === 1)).toBe(true);
    expect(layout.outerRadius).toBeGreaterThan(fitRadar(326, 300, SCORECARD)!.outerRadius);
  });

  it("shortens vendor names too long to wrap, keeping the full name", () => {
    const names = ["Asks about the decision process and who signs off", "Intro", "Pitch", "Tonality", "Call to action"];
    expect(everyLabelInside(300, 300, names)).toBe(true);
    const first = fitRadar(300, 300, names)!.labels[0];
    expect(first.shortened).toBe(true);
    expect(first.full).toBe(names[0]);
  });

  it("waits for a measured container", () => {
    expect(fitRadar(0, 300, SCORECARD)).toBeNull();
  });
});

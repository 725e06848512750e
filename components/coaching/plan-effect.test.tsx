// A plan's evidence in the server's HTML: every value with its n, the ones from
// too few calls marked in words (visible and for screen readers), and the
// coaching so far as totals and weekly rates.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { EffectSkill, PlanActivity } from "@/lib/data/dto-coaching-effect";
import { PlanEffect } from "./plan-effect";
import { barCallsText, callsLabel, describeEvidence, describePerWeek, describeWeeks, fewValues } from "./plan-effect-text";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&lt;/g, "<").replace(/&#x27;|&apos;/g, "'").replace(/\s+/g, " ");

const EFFECT: EffectSkill[] = [
  { skill: "Discovery", before: 50, since: 70, beforeCalls: 12, sinceCalls: 2 },
  { skill: "Next steps", before: 30, since: null, beforeCalls: 1, sinceCalls: 0 },
];
const ACTIVITY: PlanActivity = { weeks: 2, meetings: { total: 3, perWeek: 1.5 }, comments: { total: 4, perWeek: 2 }, reviews: { total: 1, perWeek: 0.5 } };

describe("a plan's evidence", () => {
  it("marks the values from fewer than 3 calls in words, visible and for screen readers", () => {
    const html = text(renderToStaticMarkup(<PlanEffect effect={EFFECT} activity={ACTIVITY} />));
    expect(html).toContain("n<3: too few calls: Discovery since (n=2), Next steps before the plan (n=1).");
    expect(html).toContain("Discovery: before the plan 50 (n=12); since 70 (n=2, n<3: too few calls).");
    expect(html).toContain("Next steps: before the plan 30 (n=1, n<3: too few calls); since no scored calls.");
    // The chart's key names the striped, faded bars.
    expect(html).toContain("Striped, faded: n<3: too few calls");
  });

  it("shows each kind of coaching as a total and a rate per week", () => {
    const html = text(renderToStaticMarkup(<PlanEffect effect={EFFECT} activity={ACTIVITY} />));
    expect(html).toContain("Meetings held 3 1.5 per week");
    expect(html).toContain("Coach comments 4 2 per week");
    expect(html).toContain("Score reviews 1 0.5 per week");
    expect(html).toContain("over the plan's 2 weeks so far");
  });

  it("has no mark when every value rests on enough calls, and says so when nothing was scored or the plan has no start", () => {
    const enough = text(renderToStaticMarkup(<PlanEffect effect={[{ skill: "Discovery", before: 50, since: 70, beforeCalls: 3, sinceCalls: 4 }]} activity={ACTIVITY} />));
    expect(enough).not.toContain("too few");
    expect(enough).toContain("Discovery: before the plan 50 (n=3); since 70 (n=4).");
    const none = text(renderToStaticMarkup(<PlanEffect effect={[{ skill: "Discovery", before: null, since: null, beforeCalls: 0, sinceCalls: 0 }]} activity={null} />));
    expect(none).toContain("No scored calls on these skills yet.");
    expect(none).toContain("The plan has no start date yet: nothing to count from.");
  });

  it("uses the heading level of the page it is on", () => {
    expect(renderToStaticMarkup(<PlanEffect effect={EFFECT} activity={ACTIVITY} level={4} />)).toMatch(/<h4[^>]*>Coaching so far<\/h4>/);
    expect(renderToStaticMarkup(<PlanEffect effect={EFFECT} activity={ACTIVITY} />)).toMatch(/<h3[^>]*>Coaching so far<\/h3>/);
  });
});

describe("the words of a plan's evidence", () => {
  it("labels each bar with its n, and the thin ones with the mark", () => {
    expect(callsLabel(70, 12)).toBe("n=12");
    expect(callsLabel(70, 2)).toBe("n=2 · n<3: too few calls");
    // No value: nothing to mark.
    expect(callsLabel(null, 0)).toBe("n=0");
    // Over the bar itself, where there is little room.
    expect(barCallsText(70, 12)).toBe("n=12");
    expect(barCallsText(70, 2)).toBe("n=2<3");
    expect(fewValues(EFFECT)).toEqual([
      { skill: "Discovery", phase: "since", calls: 2 },
      { skill: "Next steps", phase: "before", calls: 1 },
    ]);
  });

  it("names the chart with every value, its n and the change", () => {
    expect(describeEvidence(EFFECT)).toBe(
      "Discovery: before the plan 50 (n=12), since 70 (n=2, n<3: too few calls), +20; Next steps: before the plan 30 (n=1, n<3: too few calls), since no scored calls",
    );
  });

  it("gives rates per week and the weeks they are over", () => {
    expect(describePerWeek(1.5)).toBe("1.5 per week");
    expect(describePerWeek(0)).toBe("0 per week");
    expect(describeWeeks(1)).toBe("over the plan's first week");
    expect(describeWeeks(2.3)).toBe("over the plan's 2.3 weeks so far");
  });
});

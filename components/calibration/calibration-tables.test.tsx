// The calibration page's tables: a row per skill with its calls, mean
// difference and share within 10 points; too few calls marked; per skill the
// AI vendors and teams; what is compared, with the scorecard count said
// even when it is zero.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Calibration, CalibrationFigures } from "@/lib/data/dto-calibration";
import { CalibrationReport } from "./calibration-view";
import { madText, originText, periodChoices, shareText } from "./format";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");

const figures = (calls: number, mad: number | null, within: number, extra: Partial<CalibrationFigures> = {}): CalibrationFigures => ({
  calls,
  meanAbsDiff: mad,
  within,
  withinShare: calls ? within / calls : null,
  fromReviews: calls,
  fromScorecards: 0,
  enough: calls >= 5,
  ...extra,
});

const DATA: Calibration = {
  days: 365,
  from: "2025-02-02T00:00:00.000Z",
  to: "2026-02-02T00:00:00.000Z",
  scope: "teams",
  withinPoints: 10,
  minCalls: 5,
  skills: [
    { skill: null, label: "Overall", figures: figures(2, 13.5, 1), vendors: [{ vendor: "salesfinity", label: "Salesfinity", figures: figures(2, 13.5, 1) }], teams: [{ teamId: 1, name: "North", figures: figures(2, 13.5, 1) }] },
    { skill: "opening", label: "Opening", figures: figures(0, null, 0), vendors: [], teams: [] },
    {
      skill: "discovery",
      label: "Discovery",
      figures: figures(41, 6.2, 32),
      vendors: [
        { vendor: "salesfinity", label: "Salesfinity", figures: figures(38, 6, 30) },
        { vendor: "analyses", label: "Call analyses", figures: figures(3, 8.7, 2) },
      ],
      teams: [
        { teamId: 1, name: "North", figures: figures(40, 6.1, 31) },
        { teamId: null, name: "No team", figures: figures(1, 10, 1) },
      ],
    },
  ],
  totals: { fromReviews: 43, fromScorecards: 0 },
  truncated: false,
};

/** The markup of the element carrying this attribute, up to the next of its kind. */
function part(html: string, attr: string, value: string): string {
  const at = html.indexOf(`${attr}="${value}"`);
  expect(at, value).toBeGreaterThan(-1);
  const end = html.indexOf(`${attr}=`, at + 1);
  return html.slice(at, end === -1 ? undefined : end);
}

describe("the calibration report", () => {
  const html = renderToStaticMarkup(<CalibrationReport data={DATA} />);

  it("lists each skill with its calls, mean difference and share within 10 points, marking too few calls", () => {
    expect(text(part(html, "data-skill", "discovery"))).toMatch(/Discovery 41 from reviews 41 6\.2 78%/);
    expect(text(part(html, "data-skill", "overall"))).toMatch(/Overall 2 from reviews 2 Too few 13\.5 50%/);
    expect(text(part(html, "data-skill", "opening"))).toMatch(/Opening 0 — —/);
    expect(part(html, "data-skill", "opening")).not.toContain("Too few");
    expect(html).toContain("Within 10 points");
  });

  it("breaks down each skill with calls per AI vendor and per team, and skips a skill with none", () => {
    const discovery = text(part(html, "data-breakdown", "discovery"));
    expect(discovery).toMatch(/Discovery by AI vendor .* Salesfinity 38 6\.0 79% Call analyses 3 Too few 8\.7 67%/);
    expect(discovery).toMatch(/Discovery by team .* North 40 6\.1 78% No team 1 Too few 10\.0 100%/);
    expect(html).not.toContain('data-breakdown="opening"');
    expect(html).toContain('aria-label="Discovery by team"');
  });

  it("says what is compared, counting the calls from scorecards even when none", () => {
    const words = text(html);
    expect(words).toContain("a manager's override, or an accepted dispute, of an AI score");
    expect(words).toContain("43 calls in this period");
    expect(words).toContain("so today no call has both; calls paired this way in this period: 0.");
    expect(words).toContain("Only your teams' calls are counted.");
  });

  it("says so when no call has a pair", () => {
    const none = renderToStaticMarkup(<CalibrationReport data={{ ...DATA, skills: DATA.skills.map((s) => ({ ...s, figures: figures(0, null, 0), vendors: [], teams: [] })) }} />);
    expect(text(none)).toContain("No call has both an AI score and a person's score in this period");
    expect(none).not.toContain("data-skill=");
  });
});

describe("the figures in words", () => {
  it("writes shares, means and origins, and keeps a period asked for by address among the choices", () => {
    expect(shareText(figures(41, 6.2, 32))).toBe("78%");
    expect(shareText(figures(0, null, 0))).toBe("—");
    expect(madText(figures(3, 8, 2))).toBe("8.0");
    expect(originText(figures(3, 8, 2, { fromReviews: 2, fromScorecards: 1 }))).toBe("2 from reviews, 1 from scorecards");
    expect(originText(figures(0, null, 0))).toBeNull();
    expect(periodChoices(365).map((p) => p.days)).toEqual([30, 90, 180, 365, 731]);
    expect(periodChoices(45).map((p) => p.label)).toContain("Last 45 days");
  });
});

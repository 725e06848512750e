// The rep's KPI cards in the server's HTML: each KPI named with its frequency,
// its values as text beside the chart, the latest against the target in words
// (or that there is none), and who observed; nothing at all without a KPI.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CHART_COLORS } from "@/lib/charts/palette";
import { contrastRatio } from "@/lib/charts/contrast";
import type { RepKpi } from "@/lib/data/dto-rep-activity";
import { UTC_RULES } from "@/lib/time-zone";
import { describeLatest, KpiCards, kpiChartKind, kpiChartLabel, kpiChartText } from "./kpi-cards";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const WEEKLY: RepKpi = {
  key: "k1",
  description: "Discovery questions per call",
  frequency: "weekly",
  target: 8.5,
  observations: [
    { at: "2026-01-05T10:00:00.000Z", value: 6, observer: "Ben Moss" },
    { at: "2026-01-12T10:00:00.000Z", value: 9, observer: "Ben Moss" },
    { at: "2026-01-19T10:00:00.000Z", value: 7, observer: null },
  ],
};
const SINGLE: RepKpi = { key: "k2", description: "Dials", frequency: "daily", target: null, observations: [{ at: "2026-01-07T10:00:00.000Z", value: 40, observer: null }] };

describe("the KPI cards", () => {
  it("name each KPI with its frequency, its latest value against the target, and who observed", () => {
    const html = text(renderToStaticMarkup(<KpiCards kpis={[WEEKLY]} />));
    expect(html).toContain("KPIs against their targets");
    expect(html).toContain("Discovery questions per call");
    expect(html).toContain("Weekly · 3 observations");
    expect(html).toContain("Latest 7 on Jan 19, 2026, 1.5 below the target of 8.5.");
    expect(html).toContain("Observed by Ben Moss and someone else.");
    // The dashed target line has its key under the chart.
    expect(html).toContain("Target 8.5");
  });

  it("give the chart a name and its values as text", () => {
    expect(kpiChartLabel(WEEKLY)).toBe("Discovery questions per call: 3 observations against the target of 8.5");
    const html = renderToStaticMarkup(<KpiCards kpis={[WEEKLY]} />);
    expect(html).toContain('<p class="sr-only">Observed weekly: 6 on Jan 5, 9 on Jan 12, 7 on Jan 19. Target 8.5.</p>');
  });

  it("say there is no target, and draw no target key, for a KPI without one; a single observation still shows", () => {
    const html = renderToStaticMarkup(<KpiCards kpis={[SINGLE]} />);
    expect(text(html)).toContain("Daily · 1 observation");
    expect(text(html)).toContain("Latest 40 on Jan 7, 2026. No target set.");
    expect(html).toContain('<p class="sr-only">Observed daily: 40 on Jan 7. No target.</p>');
    expect(text(html)).not.toMatch(/Target \d|Observed by/);
    expect(kpiChartLabel(SINGLE)).toBe("Dials: 1 observation");
  });

  it("draw daily KPIs as a line, others and a lone value as bars", () => {
    expect(kpiChartKind(WEEKLY)).toBe("bar");
    expect(kpiChartKind(SINGLE)).toBe("bar");
    expect(kpiChartKind({ ...SINGLE, observations: [...SINGLE.observations, { at: "2026-01-08T10:00:00.000Z", value: 42, observer: null }] })).toBe("line");
  });

  it("call a value on the target neither above nor below, and name an unnamed KPI", () => {
    expect(describeLatest({ ...WEEKLY, observations: [{ at: "2026-01-05T10:00:00.000Z", value: 8.5, observer: null }] }, UTC_RULES)).toBe("Latest 8.5 on Jan 5, 2026, on the target of 8.5.");
    expect(describeLatest({ ...WEEKLY, observations: [{ at: "2026-01-05T10:00:00.000Z", value: 10, observer: null }] }, UTC_RULES)).toBe("Latest 10 on Jan 5, 2026, 1.5 above the target of 8.5.");
    expect(text(renderToStaticMarkup(<KpiCards kpis={[{ ...SINGLE, description: null, frequency: null }]} />))).toContain("Unnamed KPI 1 observation");
  });

  it("summarise many observations instead of reading each out", () => {
    const many = { ...SINGLE, observations: Array.from({ length: 20 }, (_, i) => ({ at: new Date(Date.UTC(2026, 0, i + 1, 10)).toISOString(), value: i === 3 ? 1 : 10 + i, observer: null })) };
    expect(kpiChartText(many, UTC_RULES)).toBe("Observed daily: 20 values from 10 on Jan 1 to 29 on Jan 20, lowest 1, highest 29. No target.");
  });

  it("draw with colours that stand out from the card", () => {
    // The bars or line, and the dashed target.
    expect(contrastRatio(CHART_COLORS.rep, CHART_COLORS.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHART_COLORS.team, CHART_COLORS.background)).toBeGreaterThanOrEqual(3);
  });

  it("render nothing without a KPI", () => {
    expect(renderToStaticMarkup(<KpiCards kpis={[]} />)).toBe("");
  });
});

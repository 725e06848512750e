// Charts on a phone and a wide screen: the radar's labels stay inside its box, the two radar series differ
// in more than colour, coaching bars carry their number of calls, and no chart is an unnamed keyboard stop.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** Focusable elements inside charts and sparklines that have no accessible name. */
async function unnamedChartStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inCharts = [...document.querySelectorAll<HTMLElement | SVGElement>(".recharts-wrapper *, .recharts-wrapper, main svg, main svg *")];
    return inCharts
      .filter((el) => el.tabIndex >= 0 && !el.closest("a, button, input, select, textarea"))
      .filter((el) => !(el.getAttribute("aria-label")?.trim() || el.getAttribute("aria-labelledby")))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/** Boxes of the radar's axis labels that stick out of the radar's SVG. */
async function clippedRadarLabels(page: Page): Promise<string[]> {
  const svg = page.locator(".recharts-wrapper svg").filter({ has: page.locator(".recharts-polar-grid") }).first();
  await expect(svg.locator(".recharts-polar-angle-axis-tick text").first()).toBeVisible();
  return svg.evaluate((root) => {
    const box = root.getBoundingClientRect();
    return [...root.querySelectorAll(".recharts-polar-angle-axis-tick text")]
      .filter((text) => {
        const r = text.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      })
      .map((text) => text.textContent ?? "");
  });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

for (const size of WIDTHS) {
  test.describe(`charts at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("the rep page's radar fits, tells rep from team without colour, and names its charts", async ({ asManager: page }) => {
      await page.goto("/leaderboard?period=90&minCalls=1");
      const repHref = await page.locator('main a[href^="/reps/"]').first().getAttribute("href");
      expect(repHref).toBeTruthy();
      await page.goto(repHref!);
      await expect(page.getByRole("heading", { name: "Skills against the team" })).toBeVisible();
      await expect(page.locator(".recharts-radar-polygon").first()).toBeVisible();

      expect(await clippedRadarLabels(page)).toEqual([]);

      // The team's outline is dashed, the rep's solid; the legend shows both strokes.
      const strokes = await page.locator(".recharts-radar-polygon path").evaluateAll((paths) => paths.map((p) => p.getAttribute("stroke-dasharray")));
      expect(strokes.filter((d) => d && d !== "none")).toHaveLength(1);
      await expect(page.locator("figure").filter({ has: page.locator(".recharts-polar-grid") }).getByText("Team average")).toBeVisible();

      const radar = page.locator(".recharts-wrapper svg").filter({ has: page.locator(".recharts-polar-grid") }).first();
      await expect(radar).toHaveAttribute("role", "img");
      await expect(radar).toHaveAttribute("aria-label", /^Skill radar: /);
      expect(await unnamedChartStops(page)).toEqual([]);

      await page.locator(".recharts-polar-grid").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/charts-rep-${size.name}.png`, fullPage: true });
    });

    test("the coaching page shows n for every bar, count words that agree, and plan names without stale periods", async ({ asManager: page }) => {
      await page.goto("/coaching");
      await expect(page.getByRole("heading", { level: 1, name: "Coaching plans" })).toBeVisible();
      await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();

      // Every drawn bar has its number of calls above it.
      const bars = await page.locator(".recharts-bar-rectangle path").count();
      const notes = await page.locator(".recharts-label-list text").filter({ hasText: /n=\d+/ }).count();
      expect(notes).toBe(bars);

      await expect(page.getByText(/\b1 (questions|calls|meetings)\b/)).toHaveCount(0);

      // A plan name never shows a month range that does not hold the plan's start date.
      const plans = page.locator("article");
      for (let i = 0; i < (await plans.count()); i++) {
        const heading = (await plans.nth(i).getByRole("heading", { level: 2 }).textContent()) ?? "";
        const since = /since (\w{3}) \d{1,2}, (\d{4})/.exec((await plans.nth(i).locator("header p").first().textContent()) ?? "");
        const range = /\b(\w{3}) (\d{4})\s*[-–]\s*(\w{3}) (\d{4})\b/.exec(heading);
        if (!since || !range) continue;
        const month = (name: string, year: string) => Number(year) * 12 + MONTHS.indexOf(name);
        const start = month(since[1], since[2]);
        expect(start, `${heading} next to since ${since[1]} ${since[2]}`).toBeGreaterThanOrEqual(month(range[1], range[2]) - 1);
        expect(start, `${heading} next to since ${since[1]} ${since[2]}`).toBeLessThanOrEqual(month(range[3], range[4]));
      }

      expect(await unnamedChartStops(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screens/charts-coaching-${size.name}.png`, fullPage: true });
    });
  });
}

test("leaderboard sparklines are named images, never keyboard stops", async ({ asManager: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/leaderboard?period=90&minCalls=1");
  const sparklines = page.locator('main svg[role="img"]');
  await expect(sparklines.filter({ visible: true }).first()).toBeVisible();
  const labels = await sparklines.evaluateAll((svgs) => svgs.map((s) => s.getAttribute("aria-label") ?? ""));
  expect(labels.every((l) => /: (From \d+ to \d+|Not enough)/.test(l))).toBe(true);
  expect(await unnamedChartStops(page)).toEqual([]);
});

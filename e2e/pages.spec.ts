// Every page as every role, at a desktop's and a phone's width: a screenshot
// in test-results/screens/ to look at, no sideways scrolling of the page, and
// no serious or critical accessibility violation (axe, WCAG 2.2 AA rules).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, type Role, signIn, test } from "./fixtures";

const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

interface Finding {
  page: string;
  width: number;
  rule: string;
  impact: string;
  targets: string[];
}

/** Pages a role reaches from the navigation, and the first rep and call it can open. */
async function pagesFor(page: Page, role: Role): Promise<{ name: string; path: string }[]> {
  await page.goto("/calls");
  const callHref = await page.locator('main a[href^="/calls/"]').first().getAttribute("href");
  const pages = [
    { name: "calls", path: "/calls" },
    { name: "call", path: callHref ?? "/calls" },
    { name: "coaching", path: "/coaching" },
    { name: "settings", path: "/settings" },
    { name: "topics", path: "/topics?period=90" },
    { name: "inbox", path: "/inbox" },
  ];
  if (role === "rep") {
    const mySkills = await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My skills" }).getAttribute("href");
    pages.push({ name: "rep", path: mySkills ?? "/" });
  } else {
    await page.goto("/leaderboard");
    const repHref = await page.locator('main a[href^="/reps/"]').first().getAttribute("href");
    pages.push({ name: "leaderboard", path: "/leaderboard" }, { name: "rep", path: repHref ?? "/leaderboard" }, { name: "reviews", path: "/reviews" }, { name: "calibration", path: "/calibration" });
  }
  if (role === "admin") pages.push({ name: "admin", path: "/admin" }, { name: "admin-skills", path: "/admin/skills" });
  return pages;
}

async function settle(page: Page) {
  await page.waitForLoadState("load");
  await expect(page.locator("main h1").first()).toBeVisible();
  // Data fetched on the client has arrived once nothing says it is loading.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

async function seriousViolations(page: Page, name: string, width: number): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ page: name, width, rule: v.id, impact: v.impact ?? "", targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

for (const role of ["admin", "manager", "rep"] as const) {
  test(`as ${role}: every page fits at 1440 and 390 wide, with no serious accessibility violation`, async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, role);
    const pages = await pagesFor(page, role);
    const findings: Finding[] = [];
    const sideways: string[] = [];
    for (const { name: widthName, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      for (const { name, path } of pages) {
        await page.goto(path);
        await settle(page);
        await page.screenshot({ path: `test-results/screens/${name}-${role}-${widthName}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
        if (overflow > 0) sideways.push(`${name} at ${width}: ${overflow} px`);
        findings.push(...(await seriousViolations(page, name, width)));
      }
    }
    expect(sideways, "pages that scroll sideways").toEqual([]);
    expect(findings).toEqual([]);
  });
}

test("signed out: the sign-in page has no serious accessibility violation; the favicon and app icons are served", async ({ page, request }) => {
  const findings: Finding[] = [];
  for (const { width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    findings.push(...(await seriousViolations(page, "login", width)));
  }
  expect(findings).toEqual([]);
  for (const [path, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/apple-touch-icon.png", /image\/png/],
    ["/manifest.webmanifest", /application\/manifest\+json/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});

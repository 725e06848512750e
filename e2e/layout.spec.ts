// The leaderboard, calls list and admin page at a phone's width (390) and a
// wide screen's (1440), as every role: the page itself never scrolls
// sideways, a phone gets cards that carry the figures (and a sort menu), and
// the wide leaderboard keeps its rep names in view when its table scrolls.
// Screenshots: test-results/screens/<page>-<role>-<width>.png.
import type { Page } from "@playwright/test";
import { expect, type Role, signIn, test } from "./fixtures";

const SIZES = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;

const PAGES = [
  { name: "leaderboard", path: "/leaderboard?period=90&minCalls=1" },
  { name: "calls", path: "/calls" },
  { name: "admin", path: "/admin" },
] as const;

async function settle(page: Page) {
  await page.waitForLoadState("load");
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

/** How far the page itself reaches past the viewport, in pixels (0 when it fits). */
const sideways = (page: Page) => page.evaluate(() => Math.max(0, document.scrollingElement!.scrollWidth - Math.min(window.innerWidth, document.documentElement.clientWidth)));

async function checkLeaderboardPhone(page: Page) {
  await expect(page.locator("table")).toBeHidden();
  const cards = page.getByRole("list", { name: "Reps, in the order chosen above" });
  const first = cards.getByRole("listitem").first();
  await expect(first.getByRole("link")).toBeVisible();
  await expect(first).toContainText(/\b\d+ calls?(?![a-z])/);
  await expect(first).toContainText("avg score");
  for (const label of ["Talk ratio", "Questions", "Fillers"]) await expect(first.locator("dt", { hasText: label })).toBeVisible();
  await expect(first.locator("dd").first()).toHaveText(/^(\d+%|–)$/);

  // Sorting stays in reach: a menu, and the sorted figure leads every card.
  await page.getByLabel("Sort by", { exact: true }).selectOption({ label: "Discovery" });
  await expect(page).toHaveURL(/sort=skill%3Adiscovery/);
  await expect(page.getByLabel("Order", { exact: true })).toHaveValue("desc");
  await expect(first.locator("dt").first()).toHaveText("Discovery");
  const values = await cards.getByRole("listitem").evaluateAll((items) => items.map((li) => li.querySelector("dd")?.textContent ?? "").filter((t) => t !== "–").map(Number));
  expect(values.length).toBeGreaterThan(1);
  expect(values).toEqual([...values].sort((a, b) => b - a));
}

async function checkLeaderboardWide(page: Page) {
  const region = page.getByRole("region", { name: "Leaderboard table" });
  await expect(region).toBeVisible();
  // With the default skill columns every header is whole and the table fits.
  const cut = await region.locator("thead th").evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
  expect(cut, "headers cut short").toEqual([]);
  expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
  await expectRepStaysInView(page);
}

/** Scrolls the leaderboard table to its right end; the first rep's name must still be there, not covered. */
async function expectRepStaysInView(page: Page) {
  const region = page.getByRole("region", { name: "Leaderboard table" });
  await region.evaluate((r) => r.scrollTo({ left: r.scrollWidth }));
  const repCell = region.locator("tbody tr").first().locator("td").nth(1);
  await expect(repCell.getByRole("link")).toBeVisible();
  const [cellBox, regionBox] = [await repCell.boundingBox(), await region.boundingBox()];
  expect(cellBox!.x).toBeGreaterThanOrEqual(regionBox!.x - 1);
  const onTop = await repCell.evaluate((td) => {
    const r = td.getBoundingClientRect();
    return td.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  expect(onTop, "the rep's name is drawn above the scrolled figures").toBe(true);
}

async function checkCalls(page: Page, width: number, role: Role) {
  if (width < 640) {
    await expect(page.locator("table")).toBeHidden();
    const first = page.getByRole("list", { name: "Calls, newest first" }).getByRole("listitem").first();
    await expect(first.getByRole("link").first()).toBeVisible();
    for (const label of [/^When/, /^Length$/, /^Source$/, /^Outcome$/]) await expect(first.locator("dt", { hasText: label })).toBeVisible();
    await expect(first.locator("dt", { hasText: /^Rep$/ })).toHaveCount(role === "rep" ? 0 : 1);
    await expect(first).toContainText(/\b\d+:\d\d\b/);
    await expect(first).toContainText("score");
  } else {
    const region = page.getByRole("region", { name: "Calls table" });
    await expect(region.locator("tbody tr").first()).toBeVisible();
  }
}

async function checkAdmin(page: Page, width: number) {
  await expect(page.getByText(/^Dead letters: \d+$/).first()).toBeVisible();
  await expect(page.getByText(/^Dead-lettered records: \d+/)).toBeVisible();
  const streams = page.getByRole("region", { name: /streams, last run$/ }).first();
  await expect(streams.getByRole("columnheader", { name: "Last run" })).toBeVisible();
  // A stream table wider than a phone scrolls inside its own region, which stays within the screen.
  const box = await streams.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  if (width < 640) await expect(page.getByRole("list", { name: "Users" })).toBeVisible();
  else await expect(page.getByRole("region", { name: "Users table" })).toBeVisible();
}

for (const role of ["admin", "manager", "rep"] as const) {
  test(`as ${role}: the leaderboard, calls and admin pages fit at 390 and 1440 wide and show their figures`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, role);
    const overflow: string[] = [];
    for (const { width, height } of SIZES) {
      await page.setViewportSize({ width, height });
      for (const { name, path } of PAGES) {
        await page.goto(path);
        await settle(page);
        await page.screenshot({ path: `test-results/screens/${name}-${role}-${width}.png`, fullPage: true });
        const past = await sideways(page);
        if (past > 0) overflow.push(`${name} at ${width}: ${past} px`);
        const landed = new URL(page.url()).pathname;
        if (name === "leaderboard") {
          // A rep has no leaderboard and is sent to their own page.
          if (role === "rep") expect(landed).not.toBe("/leaderboard");
          else if (width < 640) await checkLeaderboardPhone(page);
          else await checkLeaderboardWide(page);
        } else if (name === "calls") {
          await checkCalls(page, width, role);
        } else if (role === "admin") {
          await checkAdmin(page, width);
        } else {
          expect(landed).not.toBe("/admin");
        }
      }
    }
    expect(overflow, "pages that scroll sideways").toEqual([]);
  });
}

test("the rep column stays in view when a narrower leaderboard table scrolls right", async ({ asManager: page }) => {
  for (const width of [800, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/leaderboard?period=90&minCalls=1");
    await settle(page);
    const region = page.getByRole("region", { name: "Leaderboard table" });
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth), "the table is wider than the screen here").toBe(true);
    expect(await sideways(page)).toBe(0);
    await expectRepStaysInView(page);
    await page.screenshot({ path: `test-results/screens/leaderboard-scrolled-manager-${width}.png` });
  }
});

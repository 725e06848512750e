import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test("a manager sees the leaderboard, sorts by a skill, filters by team, exports CSV, opens a rep and a call", async ({ asManager: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/leaderboard?period=90&minCalls=1");
  await expect(page.getByRole("heading", { level: 1, name: "Leaderboard" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).not.toHaveCount(1);
  await page.screenshot({ path: "test-results/screenshots/leaderboard.png", fullPage: true });

  // Sort by a skill: the Discovery column, highest first on the first click.
  await table.getByRole("button", { name: "Discovery" }).click();
  await expect(page).toHaveURL(/sort=skill%3Adiscovery/);
  await expect(page).toHaveURL(/dir=desc/);
  const discoveryIndex = await table.locator("thead th").evaluateAll((ths) => ths.findIndex((th) => th.textContent?.includes("Discovery")));
  // The address changes at once; the table follows on the next render.
  const discovery = () =>
    table.locator("tbody tr").evaluateAll(
      (rows, index) => rows.map((row) => row.querySelectorAll("td")[index]?.textContent ?? "").filter((t) => t !== "–").map(Number),
      discoveryIndex,
    );
  await expect.poll(async () => {
    const values = await discovery();
    return values.length > 1 && values.every((v, i) => i === 0 || values[i - 1] >= v);
  }).toBe(true);

  // Filter by team: a manager sees only their team.
  await page.getByLabel("Team").selectOption({ label: "Finance & Risk" });
  await expect(page).toHaveURL(/team=\d+/);
  // The filtered rows come with the leaderboard's answer.
  await expect.poll(async () => [...new Set(await table.locator("tbody tr td:nth-child(3)").allTextContents())]).toEqual(["Finance & Risk"]);

  // Export exactly what is shown.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8").trim().split("\n");
  expect(csv[0]).toMatch(/^Rank,Rep,Team,Calls,Scored calls,Avg score,Opening,Discovery,Value & pitch/);
  const shownReps = await table.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(csv.slice(1).map((line) => line.split(",")[1])).toEqual(shownReps);

  // Open a rep: the radar chart renders.
  await table.locator("tbody tr").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/reps\/\d+/);
  await expect(page.getByRole("heading", { name: "Skills against the team" })).toBeVisible();
  await expect(page.locator(".recharts-polar-grid")).toBeVisible();
  await expect(page.locator(".recharts-radar-polygon").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/rep.png", fullPage: true });

  // Open one of the rep's calls.
  await page.getByRole("table").locator("tbody tr").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/calls\/\d+/);
});

test("the dashboard works at a phone's width", async ({ asManager: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/leaderboard?period=90&minCalls=1");
  await expect(page.getByRole("heading", { level: 1, name: "Leaderboard" })).toBeVisible();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calls", exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/leaderboard-phone.png", fullPage: true });
});

test("the calls list filters, searches transcripts and paginates on the server", async ({ asManager: page }) => {
  await page.goto("/calls");
  await expect(page.getByRole("heading", { level: 1, name: "Calls" })).toBeVisible();
  const total = Number((await page.getByText(/^[\d,]+ calls$/).textContent())!.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(25);
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(25);
  await page.getByLabel("Search transcripts").fill("pricing");
  await page.getByLabel("Search transcripts").press("Enter");
  await expect(page).toHaveURL(/q=pricing/);
  // The address changes at once; the count follows when the search's answer comes.
  // The count under the heading (the pager below may say the same).
  const count = async () => Number(((await page.getByText(/^[\d,]+ calls$/).first().textContent()) ?? "").replace(/\D/g, ""));
  await expect.poll(count).toBeLessThan(total);
  expect(await count()).toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/screenshots/calls.png", fullPage: true });
});

test("a transcript search lists where each call says the words; a moment opens the call there, with the search open", async ({ asManager: page }) => {
  await page.goto("/calls?q=pricing");
  const table = page.getByRole("table");
  const moments = table.getByRole("list", { name: /mentions it$/ }).first();
  await expect(moments.getByRole("link").first()).toBeVisible();
  await expect(moments.locator("mark").first()).toHaveText(/^pricing/i);
  await page.screenshot({ path: "test-results/screenshots/calls-search-moments.png", fullPage: true });
  // The last moment of the first call: a later one than the call's first mention, when it has several.
  const link = moments.getByRole("link").last();
  const href = (await link.getAttribute("href"))!;
  const t = Number(new URL(href, "http://x").searchParams.get("t"));
  await link.click();
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === "pricing" && url.searchParams.get("t") === String(t));
  await expect(page.getByRole("searchbox", { name: "Search transcript" })).toHaveValue("pricing");
  await expect(page.getByTestId("search-count")).toHaveText(/^\d+ of \d+$/);
  // The current hit is the moment's, not the call's first mention: on a line around t.
  const row = page.locator('li:has(mark[data-current-hit="true"])');
  await expect(row).toHaveCount(1);
  expect(Number(await row.getAttribute("data-end"))).toBeGreaterThanOrEqual(t - 0.5);
  expect(Number(await row.getAttribute("data-start"))).toBeLessThanOrEqual(t + 1);
});

test("coaching plans show progress and the effect chart", async ({ asManager: page }) => {
  await page.goto("/coaching");
  await expect(page.getByRole("heading", { level: 1, name: "Coaching plans" })).toBeVisible();
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/coaching.png", fullPage: true });
});

test("an admin sees each vendor's sync and can start one", async ({ asAdmin: page }) => {
  await page.goto("/admin");
  await expect(page.getByText("Last synced:").first()).toBeVisible();
  for (const vendor of ["Salesfinity", "ExecVision", "Revont"]) await expect(page.getByText(vendor, { exact: true }).first()).toBeVisible();
  const response = page.waitForResponse((r) => r.url().endsWith("/api/admin/sync") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sync now" }).click();
  expect((await response).status()).toBe(202);
  await page.screenshot({ path: "test-results/screenshots/admin.png", fullPage: true });
});

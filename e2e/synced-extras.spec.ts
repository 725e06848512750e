// What the vendors send beyond scores, shown where a manager looks: an
// ExecVision call's scorecard answers, listens and shares and CRM records; a
// Salesfinity call's facet checks; a rep's KPIs against their targets and
// listening; and the calls list filtered by a CRM account.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

/** The first of the manager's calls of a vendor whose server-rendered page holds every one of these texts. */
async function findCall(page: Page, vendor: string, texts: string[]): Promise<number> {
  const list = (await (await page.request.get(`/api/calls?vendor=${vendor}&pageSize=50`)).json()) as { calls: { id: number }[] };
  for (const { id } of list.calls) {
    const html = await (await page.request.get(`/calls/${id}`)).text();
    if (texts.every((t) => html.includes(t))) return id;
  }
  throw new Error(`no ${vendor} call of the manager's shows ${texts.join(", ")}`);
}

test("an ExecVision call shows its scorecard answers, listens and shares and CRM records; the calls list filters by its account", async ({ asManager: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await findCall(page, "execvision", [">Scorecards<", ">Listens and shares<", ">CRM<"]);
  await page.goto(`/calls/${id}`);
  const scorecards = page.locator("section").filter({ has: page.getByRole("heading", { name: "Scorecards", exact: true }) });
  await expect(scorecards).toBeVisible();
  await expect(scorecards.getByRole("heading", { level: 3 }).first()).toBeVisible();
  const activity = page.locator("section").filter({ has: page.getByRole("heading", { name: "Listens and shares", exact: true }) });
  await expect(activity.getByRole("list", { name: /Listens|Shares/ }).first()).toBeVisible();
  const crm = page.locator("section").filter({ has: page.getByRole("heading", { name: "CRM", exact: true }) });
  await expect(crm.getByText("Account", { exact: true })).toBeVisible();
  await crm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/call-extras-desktop.png", fullPage: true });

  // The account's name, as the CRM card shows it, filters the calls list to calls matched to it, this one among them.
  const account = (await crm.locator("dt", { hasText: /^Account$/ }).locator("xpath=following-sibling::dd[1]").innerText()).split("\n")[0].trim();
  expect(account.length).toBeGreaterThan(0);
  await page.goto("/calls");
  await page.getByLabel("Account", { exact: true }).fill(account);
  await page.getByLabel("Account", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/account=/);
  await expect(page.locator(`main a[href^="/calls/${id}"]`).filter({ visible: true }).first()).toBeVisible();
  const filtered = (await (await page.request.get(`/api/calls?account=${encodeURIComponent(account)}&pageSize=100`)).json()) as { total: number; calls: { id: number }[] };
  expect(filtered.calls.map((c) => c.id)).toContain(id);
  const all = (await (await page.request.get(`/api/calls?pageSize=1`)).json()) as { total: number };
  expect(filtered.total).toBeLessThan(all.total);
  // A name nobody has: no calls, said in words.
  await page.getByLabel("Account", { exact: true }).fill("No such account anywhere");
  await page.getByLabel("Account", { exact: true }).press("Enter");
  await expect(page.getByText("No calls match")).toBeVisible();
});

test("a Salesfinity call shows each facet's checks; a rep page shows KPIs against their targets and listening", async ({ asManager: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await findCall(page, "salesfinity", ['aria-label="Checks"']);
  await page.goto(`/calls/${id}`);
  await expect(page.getByRole("list", { name: "Checks" }).first()).toBeAttached();

  await page.goto("/leaderboard?period=90");
  await page.locator('main a[href^="/reps/"]').filter({ hasText: "Marcus Reid" }).filter({ visible: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Marcus Reid" })).toBeVisible();
  const kpis = page.locator("section").filter({ has: page.getByRole("heading", { name: "KPIs against their targets" }) });
  await expect(kpis).toBeVisible();
  await expect(kpis.getByRole("heading", { level: 3 }).first()).toBeVisible();
  const listening = page.locator("section").filter({ has: page.getByRole("heading", { name: "Listening", exact: true }) });
  await expect(listening).toBeVisible();
  await kpis.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/rep-kpis-desktop.png", fullPage: true });
});

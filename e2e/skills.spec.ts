// One skill model across vendors: the leaderboard is headed by the
// Coachboard-skill score with each source's own score a click away, and an
// admin who remaps a vendor skill sees the rollups recomputed and the
// leaderboard follow.
import { expect, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

test("the leaderboard's score is the Coachboard-skill score, each source's own one click away", async ({ asManager: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/leaderboard");
  await expect(page.getByLabel("Skill columns")).toHaveValue("unified");
  await expect(page.getByText("the Coachboard-skill score")).toBeVisible();
  for (const skill of ["Opening", "Discovery", "Objection handling", "Delivery"]) await expect(page.getByRole("columnheader", { name: skill, exact: true })).toBeVisible();
  const table = page.getByRole("table");
  const first = table.getByRole("row").nth(1);
  const summary = first.locator("summary");
  await summary.click();
  const sources = first.locator("details ul");
  await expect(sources).toBeVisible();
  await expect(sources).toContainText(/Salesfinity|ExecVision|Call analyses|Revont/);
  await expect(sources).toContainText("scored call");
  await page.screenshot({ path: "test-results/screens/leaderboard-by-source-desktop.png" });
  // Filtered to one source, the score is that source's own and the all-sources skills step aside.
  await page.getByLabel("Source").selectOption("salesfinity");
  await expect(page.getByText("this source's own overall score")).toBeVisible();
  await expect(page.getByText("choose Salesfinity's own skills")).toBeVisible();
});

test("an admin remaps a vendor skill: the rollups are recomputed with progress, and the leaderboard follows", async ({ asAdmin: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Each rep's Active listening score, as the leaderboard's API gives it.
  const activeListening = async () => {
    const board = (await (await page.request.get("/api/leaderboard?period=90&minCalls=0&skillSet=unified")).json()) as { rows: { name: string; skills: Record<string, number | null> }[] };
    return JSON.stringify(board.rows.map((r) => [r.name, r.skills.active_listening]).sort());
  };
  const before = await activeListening();

  await page.goto("/admin");
  await page.getByRole("link", { name: "Skills and mapping" }).click();
  await expect(page.getByRole("heading", { name: "Skills", exact: true })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("current with the mapping");
  // Salesfinity's Tonality counts towards Delivery; count it towards Active listening instead.
  const tonality = page.getByLabel("Tonality (Salesfinity facets) counts towards");
  await expect(tonality).toHaveValue("delivery");
  await tonality.selectOption("active_listening");
  await expect(page.getByText("1 change not saved")).toBeVisible();
  await page.getByRole("button", { name: "Save and recompute" }).click();
  await expect(page.getByRole("status")).toContainText("current with the mapping", { timeout: 60_000 });
  await expect(tonality).toHaveValue("active_listening");
  await expect(page.getByRole("row").filter({ hasText: "Tonality" })).toContainText("set by an admin");
  // Salesfinity's tonality scores now count towards Active listening: the reps' scores of it move.
  await expect.poll(activeListening, { timeout: 30_000 }).not.toBe(before);

  // Put it back, for the tests after this one.
  await tonality.selectOption("delivery");
  await page.getByRole("button", { name: "Save and recompute" }).click();
  await expect(page.getByRole("status")).toContainText("current with the mapping", { timeout: 60_000 });
  await expect.poll(activeListening, { timeout: 30_000 }).toBe(before);

  // A skill of one's own, and a clash refused in words.
  await page.getByLabel("New skill").fill("Delivery");
  await page.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "exists already" })).toContainText('a skill named "Delivery" exists already');
});

test("only an admin may read or change the skill model", async ({ asManager: page }) => {
  const headers = { "sec-fetch-site": "same-origin" };
  expect((await page.request.get("/api/admin/skills")).status()).toBe(403);
  expect((await page.request.patch("/api/admin/skills/mappings", { data: { changes: [{ skillSet: "salesfinity", skill: "tonality", unifiedSkill: null }] }, headers })).status()).toBe(403);
  await page.goto("/admin/skills");
  await expect(page).not.toHaveURL(/\/admin\/skills/);
});

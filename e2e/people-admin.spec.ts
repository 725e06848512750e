// Admin, People: an identity whose rep is on no team reaches no manager until
// an admin links it to the rep it is; then its calls show for that rep's manager.
import { expect, signIn, test } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

test("an admin links a Revont user to the rep it is, and the rep's Revont calls then show for his manager", async ({ asAdmin: page, browser }) => {
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager");
  const revontCalls = async () => ((await (await manager.request.get("/api/calls?vendor=revont&pageSize=1")).json()) as { total: number }).total;
  const before = await revontCalls();

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "People: who counts for whom" })).toBeVisible();
  await expect(page.getByText("1 identity needing a rep")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "No team: no manager sees these calls" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Revont");
  const calls = Number(await row.getByRole("cell").nth(1).textContent());
  expect(calls, "the Revont user's calls").toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/screens/admin-people-desktop.png", fullPage: true });

  // Luis Ortega, on the manager's team, is the Revont user the demo left unlinked.
  const select = row.getByLabel(/^Link .* to$/);
  const luis = await select.locator("option", { hasText: "Luis Ortega · Finance & Risk" }).getAttribute("value");
  await select.selectOption(luis!);
  await row.getByRole("button", { name: "Link" }).click();
  await expect(page.getByText("0 identities needing a rep")).toBeVisible();
  await expect(page.getByRole("list", { name: "Latest changes to people" })).toContainText("linked an identity (identity revont:");

  // The manager now sees Luis's Revont calls, on the calls list as in the API.
  expect(await revontCalls()).toBe(before + calls);
  await manager.goto("/calls?vendor=revont");
  await expect(manager.getByText("Luis Ortega").filter({ visible: true }).first()).toBeVisible();
  await managerContext.close();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel("Show").selectOption("all");
  await expect(page.getByText(/^\d+ identities$/)).toBeVisible();
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, "the admin page scrolls sideways on a phone").toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/screens/admin-people-phone.png", fullPage: true });
});

test("the people routes are for admins only", async ({ asManager: page }) => {
  const headers = { "sec-fetch-site": "same-origin" };
  expect((await page.request.get("/api/admin/identities")).status()).toBe(403);
  expect((await page.request.post("/api/admin/identities/link", { data: { vendor: "revont", externalId: "x", repId: 1 }, headers })).status()).toBe(403);
  expect((await page.request.post("/api/admin/reps/merge", { data: { fromRepId: 1, intoRepId: 2 }, headers })).status()).toBe(403);
  expect((await page.request.patch("/api/admin/reps/1", { data: { isAgent: true }, headers })).status()).toBe(403);
});

test("an admin disables a user, who then cannot sign in, and a reset link lets a user choose a new password once", async ({ asAdmin: page, browser }) => {
  const headers = { "sec-fetch-site": "same-origin" };
  const stamp = Date.now();
  const email = `disable-me-${stamp}@coachboard.demo`;
  const teams = ((await (await page.request.get("/api/admin/users")).json()) as { teams: { id: number; name: string }[] }).teams;
  const created = await page.request.post("/api/admin/users", { data: { email, name: `Disable Me ${stamp}`, role: "manager", password: "first-password-1", teamIds: [teams[0].id] }, headers });
  expect(created.status()).toBe(201);
  const signInAs = async (password: string) => {
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto("/login");
    await other.getByLabel("Email").fill(email);
    await other.getByLabel("Password").fill(password);
    await other.getByRole("button", { name: "Sign in" }).click();
    const signedIn = await other
      .waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    await context.close();
    return signedIn;
  };
  expect(await signInAs("first-password-1")).toBe(true);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/admin");
  await page.getByRole("button", { name: `Edit Disable Me ${stamp}` }).first().click();
  await page.getByRole("checkbox", { name: /Disabled: may not sign in/ }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Disabled");
  expect(await signInAs("first-password-1")).toBe(false);
  await expect(page.getByRole("list", { name: "Latest changes to people" })).toContainText("disabled a user");

  // Enabled again, the user gets a reset link and chooses a new password through it.
  await page.getByRole("button", { name: `Edit Disable Me ${stamp}` }).first().click();
  await page.getByRole("checkbox", { name: /Disabled: may not sign in/ }).uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).not.toContainText("Disabled");
  await page.getByRole("button", { name: `Reset password for Disable Me ${stamp}` }).first().click();
  const link = await page.getByLabel(/One-time link for Disable Me/).inputValue();
  expect(link).toMatch(/\/reset-password\?token=[\w-]{43}$/);

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(link);
  await visitor.getByLabel(/^New password/).fill("second-password-2");
  await visitor.getByLabel(/Confirm/).fill("second-password-2");
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByRole("link", { name: /Sign in/ })).toBeVisible();
  await visitor.screenshot({ path: "test-results/screens/reset-password-done.png" });
  // The link works once.
  const again = await visitor.request.post("/api/auth/reset-password", { data: { token: new URL(link).searchParams.get("token"), password: "third-password-3" }, headers });
  expect(again.status()).toBe(400);
  expect(((await again.json()) as { error: { message: string } }).error.message).toBe("This link has expired or was already used");
  await context.close();
  expect(await signInAs("first-password-1")).toBe(false);
  expect(await signInAs("second-password-2")).toBe(true);
});

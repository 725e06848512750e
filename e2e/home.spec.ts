import { expect, test } from "./fixtures";

test("the home page loads and asks to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Coachboard" })).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/login.png", fullPage: true });
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@coachboard.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText("That email and password do not match an account.");
});

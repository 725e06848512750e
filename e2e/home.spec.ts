import { expect, test } from "@playwright/test";

test("the home page loads", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Coachboard" })).toBeVisible();
  await expect(page.getByText("No calls yet")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
});

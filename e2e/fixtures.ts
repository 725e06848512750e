// Signed-in pages for the browser tests, with the demo sign-ins npm start creates.
import { expect, type Page, test as base } from "@playwright/test";

export const SIGN_INS = {
  admin: { email: "admin@coachboard.demo", password: "coachboard-admin" },
  manager: { email: "rebecca.holt@northbeam.example", password: "coachboard-manager" },
  rep: { email: "marcus.reid@northbeam.example", password: "coachboard-rep" },
} as const;

export type Role = keyof typeof SIGN_INS;

export async function signIn(page: Page, role: Role): Promise<void> {
  const { email, password } = SIGN_INS[role];
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export const test = base.extend<{ asManager: Page; asRep: Page; asAdmin: Page }>({
  asManager: async ({ page }, use) => {
    await signIn(page, "manager");
    await use(page);
  },
  asRep: async ({ page }, use) => {
    await signIn(page, "rep");
    await use(page);
  },
  asAdmin: async ({ page }, use) => {
    await signIn(page, "admin");
    await use(page);
  },
});

export { expect };

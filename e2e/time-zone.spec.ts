// Times of calls are shown in the viewer's zone, named: the browser's own
// until the user picks one on the Settings page, and that one after.
import { type Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** "3:42 PM" and the zone's short name ("EST") of an instant, as Intl writes them in a zone. */
function clockIn(iso: string, timeZone: string): { clock: string; zone: string } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit", timeZoneName: "short" }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { clock: `${part("hour")}:${part("minute")} ${part("dayPeriod")}`, zone: part("timeZoneName") };
}

async function newestCall(page: Page): Promise<{ title: string; startedAt: string }> {
  const list = (await (await page.request.get("/api/calls?pageSize=1")).json()) as { calls: { title: string; startedAt: string }[] };
  return list.calls[0];
}

test("call times are shown in the browser's zone, then in the zone chosen in Settings, named", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/New_York" });
  const page = await context.newPage();
  await signIn(page, "rep");
  const call = await newestCall(page);
  const row = (p: Page) => p.getByRole("row").filter({ has: p.getByRole("link", { name: call.title, exact: true }) }).first();

  // The browser's zone: on the first page the server learns it, and the page is shown again in it.
  await page.goto("/calls");
  const newYork = clockIn(call.startedAt, "America/New_York");
  await expect(row(page)).toContainText(`${newYork.clock} ${newYork.zone}`);

  // A zone chosen in Settings wins over the browser's.
  await page.goto("/settings");
  await page.getByLabel("Show times in").selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.goto("/calls");
  const tokyo = clockIn(call.startedAt, "Asia/Tokyo");
  await expect(row(page)).toContainText(`${tokyo.clock} ${tokyo.zone}`);

  // Back to the browser's zone.
  await page.goto("/settings");
  await page.getByLabel("Show times in").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.goto("/calls");
  await expect(row(page)).toContainText(`${newYork.clock} ${newYork.zone}`);
  await context.close();
});

test("an unknown zone is refused in words", async ({ asRep: page }) => {
  const response = await page.request.patch("/api/me/settings", { data: { timeZone: "Mars/Olympus_Mons" }, headers: { "sec-fetch-site": "same-origin" } });
  expect(response.status()).toBe(400);
  expect(JSON.stringify(await response.json())).toMatch(/not a time zone/);
});

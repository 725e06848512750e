// The filter forms typed with the keyboard: dates applied once whole, never
// wiped mid-typing; bad values told beside their field, and never sent.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ locale: "en-US", timezoneId: "UTC" });

const DAY_MS = 86_400_000;
const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
const isoDaysAgo = (n: number) => new Date(today - n * DAY_MS).toISOString().slice(0, 10);
const shown = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** Types a day into a date input as a person does, month, day and year (en-US), digit by digit. */
async function typeDate(page: Page, input: Locator, iso: string) {
  const [year, month, day] = iso.split("-");
  // Focus from outside the field lands on its first part, the month.
  await page.getByRole("heading", { level: 1 }).click();
  await input.focus();
  await page.keyboard.type(`${month}${day}${year}`);
}

/**
 * Every request for data the page makes after loading, as parsed URLs: to the
 * API path, and for the page's server-rendered data (Next asks for the page
 * again with an RSC header when its address changes).
 */
function recordRequests(page: Page, apiPath: string, pagePath: string): URL[] {
  const seen: URL[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const headers = request.headers();
    // A link's prefetch of the page (no filters) is not a request for data.
    if (url.pathname === apiPath || (url.pathname === pagePath && headers["rsc"] === "1" && headers["next-router-prefetch"] !== "1")) seen.push(url);
  });
  return seen;
}

test("the leaderboard's shown range ends today, not tomorrow", async ({ asManager: page }) => {
  await page.goto("/leaderboard?minCalls=1");
  await expect(page.getByText(/ reps · /)).toContainText(`${shown(isoDaysAgo(29))} – ${shown(isoDaysAgo(0))}`);
});

test("a custom leaderboard range typed with the keyboard applies; bad values are told in words and not sent", async ({ asManager: page }) => {
  await page.goto("/leaderboard?period=90&minCalls=1");
  const requests = recordRequests(page, "/api/leaderboard", "/leaderboard");
  await page.getByLabel("Period").selectOption({ label: "Custom range" });
  const from = page.getByLabel("From", { exact: true });
  const to = page.getByLabel("To", { exact: true });
  await expect(from).toHaveValue(isoDaysAgo(89));

  const [first, last] = [isoDaysAgo(60), isoDaysAgo(1)];
  await typeDate(page, from, first);
  // The field keeps every digit typed (it used to empty itself at the first digit of the year).
  await expect(from).toHaveValue(first);
  await typeDate(page, to, last);
  await expect(to).toHaveValue(last);
  await expect(page).toHaveURL((url) => url.searchParams.get("from") === first && url.searchParams.get("to") === last);
  await expect(page.getByText(/ reps · /)).toContainText(`${shown(first)} – ${shown(last)}`);
  await expect(page.getByRole("table").locator("tbody tr")).not.toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/leaderboard-custom-range.png", fullPage: true });

  // A minimum that is not a whole number: said beside the field, nothing asked.
  const minCalls = page.getByLabel("Minimum scored calls");
  await minCalls.fill("");
  await minCalls.pressSequentially("abc");
  await expect(minCalls).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a whole number of calls from 0 to 10,000.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Showing the last valid filters" })).toBeVisible();
  await minCalls.fill("");
  await minCalls.pressSequentially("2");
  await expect(page).toHaveURL((url) => url.searchParams.get("minCalls") === "2");
  await expect(minCalls).not.toHaveAttribute("aria-invalid");

  // From after To: said in words beside From, and no request names the reversed range.
  await typeDate(page, from, isoDaysAgo(0));
  await expect(page.getByText("From must be on or before To.")).toBeVisible();
  await expect(from).toHaveAttribute("aria-invalid", "true");
  // Put it right: applied, and shown.
  const rightFrom = isoDaysAgo(45);
  await typeDate(page, from, rightFrom);
  await expect(page).toHaveURL((url) => url.searchParams.get("from") === rightFrom);
  await expect(page.getByText(/ reps · /)).toContainText(`${shown(rightFrom)} – ${shown(last)}`);
  await expect(from).not.toHaveAttribute("aria-invalid");
  expect(requests.length, "requests recorded").toBeGreaterThan(0);
  expect(requests.filter((url) => /\D/.test(url.searchParams.get("minCalls") ?? ""))).toEqual([]);
  expect(requests.filter((url) => url.searchParams.get("from")! > url.searchParams.get("to")!)).toEqual([]);
});

test("the calls list's dates typed with the keyboard apply; bad values are told in words and not sent", async ({ asManager: page }) => {
  await page.goto("/calls");
  const requests = recordRequests(page, "/api/calls", "/calls");
  const from = page.getByLabel("From", { exact: true });
  const to = page.getByLabel("To", { exact: true });

  const first = isoDaysAgo(30);
  await typeDate(page, from, first);
  await expect(from).toHaveValue(first);
  await expect(page).toHaveURL((url) => url.searchParams.get("from") === first);
  // The list shows what the API answers for that day on: calls from it only.
  const list = (await (await page.request.get(`/api/calls?from=${first}`)).json()) as { calls: { id: number; startedAt: string }[] };
  expect(list.calls.length).toBeGreaterThan(0);
  for (const call of list.calls) expect(call.startedAt >= `${first}T00:00:00`).toBe(true);
  await expect(page.locator(`main a[href="/calls/${list.calls[0].id}"]`).first()).toBeAttached();

  // To before From: said beside From, not sent.
  await typeDate(page, to, isoDaysAgo(31));
  await expect(page.getByText("From must be on or before To.")).toBeVisible();
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL((url) => !url.searchParams.has("to"));

  // A score past 100: said beside the field, not sent.
  const minScore = page.getByLabel("Min score");
  await typeDate(page, to, isoDaysAgo(0));
  await expect(page).toHaveURL((url) => url.searchParams.get("to") === isoDaysAgo(0));
  await minScore.pressSequentially("150");
  await expect(page.getByText("Enter a score from 0 to 100.")).toBeVisible();
  await expect(minScore).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "test-results/screenshots/calls-filter-error.png", fullPage: true });
  await minScore.fill("");
  await minScore.pressSequentially("50");
  await expect(page).toHaveURL((url) => url.searchParams.get("minScore") === "50");
  expect(requests.length, "requests recorded").toBeGreaterThan(0);
  expect(requests.filter((url) => url.searchParams.get("minScore") === "150")).toEqual([]);
  expect(requests.filter((url) => url.searchParams.get("to") && url.searchParams.get("from")! > url.searchParams.get("to")!)).toEqual([]);
});

test("a bad filter in the address is told in words, with no request and no stale results", async ({ asManager: page }) => {
  const requests = recordRequests(page, "/api/leaderboard", "/leaderboard");
  await page.goto("/leaderboard?minCalls=lots");
  expect(requests, "no request for the refused filters").toEqual([]);
  await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be used. Enter a whole number of calls from 0 to 10,000." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByLabel("Minimum scored calls")).toHaveAttribute("aria-invalid", "true");
  // A valid change of another filter is not sent either while this one is wrong; fixing it sends the first request.
  await page.getByLabel("Period").selectOption({ label: "Last 7 days" });
  expect(requests, "nothing sent while minimum calls is wrong").toEqual([]);
  await page.getByLabel("Minimum scored calls").fill("");
  await page.getByLabel("Minimum scored calls").pressSequentially("1");
  await expect(page).toHaveURL((url) => url.searchParams.get("period") === "7" && url.searchParams.get("minCalls") === "1");
  await expect(page.getByRole("table")).toHaveCount(1);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((url) => /^\d+$/.test(url.searchParams.get("minCalls") ?? ""))).toBe(true);
});

test("a filter change asks for its data once: the view's own request, not the page rendered again on the server", async ({ asManager: page }) => {
  for (const [path, api, label] of [
    ["/calls", "/api/calls", "Source"],
    ["/leaderboard?minCalls=0", "/api/leaderboard", "Source"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("table").first()).toBeVisible();
    const requests = recordRequests(page, api, path.split("?")[0]);
    await page.getByLabel(label).selectOption({ label: "ExecVision" });
    await expect(page).toHaveURL((url) => url.searchParams.get("vendor") === "execvision");
    await expect.poll(() => requests.length, `${path}: a request for the data`).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(
      requests.map((url) => url.pathname),
      `${path}: one request, to ${api}`,
    ).toEqual([api]);
    // The address holds the filter: a reload shows the same.
    await page.reload();
    await expect(page.getByLabel(label)).toHaveValue("execvision");
  }
});

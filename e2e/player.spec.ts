// The call page's player: J/K land inside the line they go to and light it,
// ?t= takes clock and unit forms, "Back to now" covers no line, timeline
// markers are big enough to hit, and on a phone a compact player stays in
// reach below the fold without covering the page.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

interface ListedCall {
  id: number;
  hasRecording: boolean;
  hasTranscript: boolean;
}

let recordedId: number | null = null;

/** A recorded call analysis (audio, transcript, word timings) in the manager's team. */
async function recordedCall(page: Page): Promise<number> {
  if (recordedId !== null) return recordedId;
  const body = (await (await page.request.get("/api/calls?vendor=analyses&pageSize=100")).json()) as { calls: ListedCall[] };
  const call = body.calls.find((c) => c.hasRecording && c.hasTranscript);
  expect(call, "a recorded call analysis in the manager's team").toBeDefined();
  return (recordedId = call!.id);
}

async function segmentStarts(page: Page, id: number): Promise<number[]> {
  const body = (await (await page.request.get(`/api/calls/${id}/transcript`)).json()) as { status: string; segments: { startMs: number }[] };
  expect(body.status).toBe("ready");
  return body.segments.map((s) => s.startMs).sort((a, b) => a - b);
}

const currentTime = (page: Page) => page.evaluate(() => document.querySelector("audio")!.currentTime);

async function openCall(page: Page, id: number, query = ""): Promise<void> {
  await page.goto(`/calls/${id}${query}`);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
  await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
}

const activeIndex = async (page: Page) => {
  const row = page.locator('li[aria-current="true"]');
  await expect(row).toHaveCount(1);
  return Number(await row.getAttribute("data-line"));
};

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/player-${name}.png` });
}

/** The "Back to now" button's box against every transcript line's box as far as it shows in the list. */
function pillOverlaps(page: Page) {
  return page.evaluate(() => {
    const pill = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Back to now");
    if (!pill) throw new Error("no Back to now button");
    const p = pill.getBoundingClientRect();
    const scroller = document.querySelector('[aria-label="Transcript lines"]')!.getBoundingClientRect();
    const overlapping: number[] = [];
    for (const li of document.querySelectorAll<HTMLElement>('ol[aria-label="Transcript"] > li')) {
      const r = li.getBoundingClientRect();
      // What the list's scrolling box lets show of the line.
      const top = Math.max(r.top, scroller.top);
      const bottom = Math.min(r.bottom, scroller.bottom);
      if (bottom <= top) continue;
      if (p.left < r.right && p.right > r.left && p.top < bottom && p.bottom > top) overlapping.push(Number(li.dataset.index));
    }
    return { overlapping, pillInList: p.top >= scroller.top && p.bottom <= scroller.bottom };
  });
}

test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 1440, height: 900 } });

test("K and J land inside the line they go to and light it", async ({ asManager: page }) => {
  const id = await recordedCall(page);
  const starts = await segmentStarts(page, id);
  await openCall(page, id, "?t=20");
  await expect.poll(() => currentTime(page)).toBeGreaterThan(19.5);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  let expected = await activeIndex(page);
  // Several lines on and back: each time inside the target line, never a hair before it.
  for (const key of ["k", "k", "k", "k", "j", "j", "k"]) {
    expected = key === "k" ? expected + 1 : expected - 1;
    await page.keyboard.press(key);
    await expect.poll(() => activeIndex(page)).toBe(expected);
    const ms = (await currentTime(page)) * 1000;
    expect(ms, `after ${key}: at or past line ${expected}'s start`).toBeGreaterThanOrEqual(starts[expected]);
    if (expected + 1 < starts.length) expect(ms).toBeLessThan(starts[expected + 1]);
    expect(ms - starts[expected]).toBeLessThan(50);
    await expect(page.locator(`li[data-line="${expected}"]`)).toHaveAttribute("aria-current", "true");
  }
  await shoot(page, "jk-desktop");
});

test("?t= takes a clock and units, and junk plays from the start", async ({ asManager: page }) => {
  const id = await recordedCall(page);
  for (const t of ["1:30", "1m30s", "90"]) {
    await openCall(page, id, `?t=${t}`);
    await expect.poll(() => currentTime(page), `?t=${t}`).toBeGreaterThan(89.5);
    expect(await currentTime(page)).toBeLessThan(90.5);
  }
  await openCall(page, id, "?t=soon");
  expect(await currentTime(page)).toBeLessThan(0.5);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`"Back to now" covers no transcript line at ${viewport.width} wide`, async ({ asManager: page }) => {
    await page.setViewportSize(viewport);
    const id = await recordedCall(page);
    await openCall(page, id, "?t=2");
    // The whole transcript panel on screen (on a phone it is 70% of the screen's height).
    await page.getByRole("region", { name: /^Transcript/ }).evaluate((panel) => panel.scrollIntoView({ block: "start" }));
    await page.getByRole("list", { name: "Transcript" }).hover();
    await page.mouse.wheel(0, 2500);
    const pill = page.getByRole("button", { name: "Back to now" });
    await expect(pill).toBeInViewport({ ratio: 1 });
    const result = await pillOverlaps(page);
    expect(result.overlapping).toEqual([]);
    expect(result.pillInList).toBe(false);
    await shoot(page, `back-to-now-${viewport.width}`);
    await pill.click();
    await expect(pill).toHaveCount(0);
    await expect(page.locator('li[aria-current="true"]')).toBeInViewport();
  });
}

test("timeline markers and search ticks are named buttons at least 24 px square", async ({ asManager: page }) => {
  const id = await recordedCall(page);
  await openCall(page, id);
  // A common word, so the search lane has ticks.
  await page.getByRole("searchbox", { name: "Search transcript" }).fill("the");
  await expect(page.locator("[data-hit-tick]").first()).toBeVisible();
  const timeline = page.getByRole("group", { name: "Call timeline" });
  const buttons = await timeline.getByRole("button").all();
  expect(buttons.length).toBeGreaterThan(0);
  for (const button of buttons) {
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect((await button.getAttribute("aria-label"))?.length).toBeGreaterThan(0);
  }
  // Matches too close to hit apart share a tick, which goes to the first of them.
  const tick = page.locator("[data-hit-tick]").nth(1);
  const hit = Number(await tick.getAttribute("data-hit-tick"));
  await tick.click();
  await expect(page.getByTestId("search-count")).toHaveText(new RegExp(`^${hit + 1} of `));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a compact player stays in reach below the fold and covers nothing", async ({ asManager: page }) => {
    const id = await recordedCall(page);
    const starts = await segmentStarts(page, id);
    await openCall(page, id, "?t=10");
    const compact = page.getByRole("region", { name: "Player", exact: true });
    // With the full player on screen there is one set of controls.
    await expect(compact).toHaveCount(0);

    await page.getByRole("heading", { name: "Skill scores" }).scrollIntoViewIfNeeded();
    await expect(compact).toBeVisible();
    await expect(compact).toBeInViewport({ ratio: 1 });
    await expect(compact.getByRole("button", { name: "Play", exact: true })).toBeVisible();
    await expect(compact.getByText(/\d+:\d\d \/ \d+:\d\d/)).toBeVisible();
    await shoot(page, "compact-phone");

    await compact.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector("audio")!.paused)).toBe(false);
    await compact.getByRole("button", { name: "Pause", exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector("audio")!.paused)).toBe(true);

    const before = await activeIndex(page);
    await compact.getByRole("button", { name: "Next line" }).click();
    await expect.poll(() => activeIndex(page)).toBe(before + 1);
    expect((await currentTime(page)) * 1000).toBeGreaterThanOrEqual(starts[before + 1]);
    await compact.getByRole("button", { name: "Previous line" }).click();
    await expect.poll(() => activeIndex(page)).toBe(before);

    for (const button of await compact.getByRole("button").all()) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }

    // At the foot of the page, the last card ends above the compact player.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = (await compact.boundingBox())!;
    const lastCardBottom = await page.evaluate(() => {
      const cards = [...document.querySelectorAll("#main section")].filter((s) => !s.closest('[aria-label="Player"]'));
      return Math.max(...cards.map((s) => s.getBoundingClientRect().bottom));
    });
    expect(lastCardBottom).toBeLessThanOrEqual(bar.y + 1);
    await shoot(page, "compact-phone-foot");

    // Back at the top, the full player's controls take over again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(compact).toHaveCount(0);
  });
});

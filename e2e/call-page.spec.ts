// The call page: player and transcript in sync, seeking, shortcuts, deep
// links, search, and the recording proxy's byte ranges. Runs against the demo
// server (npm start), whose recorded calls arrive by webhook after start-up.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

interface Segment {
  startMs: number;
  endMs: number;
  text: string;
}

interface FoundCalls {
  /** A call with a recording and a transcript with word timings (a call analysis). */
  recorded: number;
  /** A call with a transcript and no audio (ExecVision gives no recordings). */
  silent: number;
}

let found: FoundCalls | null = null;

interface ListedCall {
  id: number;
  hasRecording: boolean;
  hasTranscript: boolean;
}

/** Calls of the manager's team to test with, found through the calls list. */
async function findCalls(page: Page): Promise<FoundCalls> {
  if (found) return found;
  const list = async (vendor: string) => ((await (await page.request.get(`/api/calls?vendor=${vendor}&pageSize=100`)).json()) as { calls: ListedCall[] }).calls;
  const recorded = (await list("analyses")).find((c) => c.hasRecording && c.hasTranscript);
  const silent = (await list("execvision")).find((c) => !c.hasRecording && c.hasTranscript);
  expect(recorded, "a recorded call analysis in the manager's team").toBeDefined();
  expect(silent, "an ExecVision call with a transcript in the manager's team").toBeDefined();
  return (found = { recorded: recorded!.id, silent: silent!.id });
}

async function segmentsOf(page: Page, id: number): Promise<Segment[]> {
  const response = await page.request.get(`/api/calls/${id}/transcript`);
  const body = (await response.json()) as { status: string; segments: Segment[] };
  expect(body.status).toBe("ready");
  return body.segments;
}

function audio(page: Page) {
  return page.evaluate(() => {
    const a = document.querySelector("audio");
    if (!a) throw new Error("no <audio> on the page");
    return { currentTime: a.currentTime, paused: a.paused, playbackRate: a.playbackRate, readyState: a.readyState };
  });
}

const currentTime = async (page: Page) => (await audio(page)).currentTime;

async function openCall(page: Page, id: number, query = ""): Promise<void> {
  await page.goto(`/calls/${id}${query}`);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
  // Seeks are exact once the metadata is in.
  await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
}

/** The highlighted row's span, in seconds. */
async function activeRow(page: Page): Promise<{ start: number; end: number; index: number }> {
  const row = page.locator('li[aria-current="true"]');
  await expect(row).toHaveCount(1);
  return { start: Number(await row.getAttribute("data-start")), end: Number(await row.getAttribute("data-end")), index: Number(await row.getAttribute("data-line")) };
}

/** The middle of a word of a rendered transcript row, on screen: the row's and the word's places in the list, from 0. */
function wordPoint(page: Page, row: number, word: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([row, word]) => {
      const text = document.querySelectorAll("[data-row-text]")[row];
      const node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode()!;
      const match = [...node.textContent!.matchAll(/\S+/g)][word];
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [row, word],
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/call-${name}.png` });
}

test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 1280, height: 800 } });

/** The transcript rows the server rendered into the page's HTML, by index, with their markup. */
function renderedRows(html: string): Map<number, string> {
  const rows = new Map<number, string>();
  for (const match of html.matchAll(/<li[^>]*data-line="(\d+)"[^>]*>([\s\S]*?)<\/li>/g)) rows.set(Number(match[1]), match[2]);
  return rows;
}

/** The text as it stands in HTML: &, <, >, " and ' escaped as React escapes them. */
const asHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

test("the call page's HTML holds the first screen of transcript lines (around ?t= when given) and not the rest, which the browser fetches once", async ({ asManager: page }) => {
  const { silent } = await findCalls(page);
  const segments = await segmentsOf(page, silent);
  expect(segments.length, "a call longer than a screen").toBeGreaterThan(30);
  // The HTML as the server sends it, before any script runs: the first lines, words and all.
  const html = await (await page.request.get(`/calls/${silent}`)).text();
  const first = renderedRows(html);
  // What only the server renders (scorecard answers, listens, CRM) is not handed to the page's script.
  expect(html).not.toMatch(/\\?"extras\\?"/);
  for (const i of [0, 1, 2]) expect(first.get(i), `line ${i}`).toContain(asHtml(segments[i].text.split(" ")[0]));
  const deep = segments.length - 3;
  expect(first.has(deep)).toBe(false);
  // Not the rest of the transcript either, not even as data for the scripts.
  const tail = segments.slice(-3).map((s) => s.text).find((text) => text.length > 20 && !segments.slice(0, 30).some((early) => early.text === text));
  expect(tail, "a distinct line near the end").toBeTruthy();
  expect(html.includes(tail!) || html.includes(JSON.stringify(tail).slice(1, -1)), "the end of the transcript in the first HTML").toBe(false);
  // Deep in the call, ?t= puts the lines at that moment in the HTML, numbered as lines of the whole.
  const atT = renderedRows(await (await page.request.get(`/calls/${silent}?t=${Math.floor(segments[deep].startMs / 1000) + 1}`)).text());
  expect(atT.get(deep), `line ${deep}`).toContain(asHtml(segments[deep].text.split(" ")[0]));

  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === `/api/calls/${silent}/transcript`) asked.push(request.url());
  });
  await page.goto(`/calls/${silent}`);
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeVisible();
  // The whole transcript: search finds a word of its last line.
  await page.getByRole("searchbox", { name: "Search transcript" }).fill(segments.at(-1)!.text.split(" ")[0]);
  await expect(page.getByTestId("search-count")).toHaveText(/^\d+ of \d+/);
  await page.waitForLoadState("networkidle");
  expect(asked, "the transcript asked for once").toHaveLength(1);
});

test("clicking a segment seeks the recording to its start", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  await openCall(page, recorded);
  const row = page.getByRole("list", { name: "Transcript" }).getByRole("listitem").nth(2);
  const start = Number(await row.getAttribute("data-start"));
  // The avatar corner of the row: the row itself, not one of its words.
  await row.click({ position: { x: 24, y: 24 } });
  await expect.poll(() => currentTime(page)).toBeGreaterThan(start - 0.25);
  expect(Math.abs((await currentTime(page)) - start)).toBeLessThanOrEqual(0.25);
  await expect(row).toHaveAttribute("aria-current", "true");
  await shoot(page, "segment-click-desktop");
});

test("clicking a word seeks to that word", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  const transcript = (await (await page.request.get(`/api/calls/${recorded}/transcript`)).json()) as { segments: Segment[]; words: { startMs: number[]; endMs: number[] } | null };
  expect(transcript.words, "call analyses carry word timings").not.toBeNull();
  await openCall(page, recorded);
  // The fourth word of the second line, clicked in its middle.
  const word = await wordPoint(page, 1, 3);
  const [first, second] = transcript.segments.slice(1, 3);
  const { startMs, endMs } = transcript.words!;
  const inLine = startMs.map((s, i) => ({ s, mid: (s + endMs[i]) / 2 })).filter((w) => w.mid >= first.startMs && (!second || w.mid < second.startMs));
  await page.mouse.click(word.x, word.y);
  await expect.poll(async () => Math.abs((await currentTime(page)) - inLine[3].s / 1000)).toBeLessThanOrEqual(0.25);
});

test("a click on a word seeks before the page's scripts have loaded, and the player takes that position over", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  const transcript = (await (await page.request.get(`/api/calls/${recorded}/transcript`)).json()) as { segments: Segment[]; words: { startMs: number[]; endMs: number[] } | null };
  // The page's scripts are held until the click has been made.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/calls/${recorded}`, { waitUntil: "commit" });
  const rows = page.getByRole("list", { name: "Transcript" }).getByRole("listitem");
  await expect(rows.nth(2)).toBeVisible();
  // The fourth word of the second line, as in the test above.
  const word = await wordPoint(page, 1, 3);
  const [first, second] = transcript.segments.slice(1, 3);
  const { startMs, endMs } = transcript.words!;
  const target = startMs.map((s, i) => ({ s, mid: (s + endMs[i]) / 2 })).filter((w) => w.mid >= first.startMs && (!second || w.mid < second.startMs))[3].s / 1000;
  await page.mouse.click(word.x, word.y);
  expect(await page.evaluate(() => window.__callEarlySeek?.live), "the player has not attached yet").toBe(false);
  await expect.poll(async () => Math.abs((await currentTime(page)) - target)).toBeLessThanOrEqual(0.25);
  // The clicked line is lit at once, and only that one.
  await expect(rows.nth(1)).toHaveAttribute("data-early-current", "true");
  // A click on the line's time: the line's start.
  const lineStart = Number(await rows.nth(2).getAttribute("data-start"));
  await rows.nth(2).getByRole("button", { name: /^Play from / }).click();
  await expect.poll(async () => Math.abs((await currentTime(page)) - lineStart)).toBeLessThanOrEqual(0.25);
  await expect(rows.nth(2)).toHaveAttribute("data-early-current", "true");
  await expect(page.locator("[data-early-current]")).toHaveCount(1);
  await shoot(page, "early-click-desktop");
  // The recording's load, which the browser begins on its own just after parsing the player, puts the position back
  // to 0: a click that came first is applied again.
  await page.evaluate(() => document.querySelector("audio")!.load());
  await expect.poll(async () => Math.abs((await currentTime(page)) - lineStart)).toBeLessThanOrEqual(0.25);

  // The scripts load: the player starts where the click put it, and the line is lit.
  release();
  await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
  await expect(rows.nth(2)).toHaveAttribute("aria-current", "true");
  // The player lights the line from now on; the early mark is gone.
  await expect(page.locator("[data-early-current]")).toHaveCount(0);
  expect(Math.abs((await currentTime(page)) - lineStart)).toBeLessThanOrEqual(0.25);
  // From now on the page's own handlers seek: the same word again, where it stands now.
  const again = await wordPoint(page, 1, 3);
  await page.mouse.click(again.x, again.y);
  await expect.poll(async () => Math.abs((await currentTime(page)) - target)).toBeLessThanOrEqual(0.25);
});

test("while playing, the highlighted segment is the one being spoken", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  await openCall(page, recorded);
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect.poll(async () => (await audio(page)).paused).toBe(false);
  await page.waitForTimeout(2_000);
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect.poll(async () => (await audio(page)).paused).toBe(true);
  const t = await currentTime(page);
  expect(t).toBeGreaterThan(1.5);
  const active = await activeRow(page);
  const segments = await segmentsOf(page, recorded);
  const next = segments[active.index + 1];
  // Inside the segment, or in the pause after it before the next one starts.
  expect(active.start).toBeLessThanOrEqual(t + 0.05);
  expect(t <= active.end + 0.05 || (next !== undefined && t < next.startMs / 1000)).toBe(true);
  await expect(page.locator('li[aria-current="true"]')).toBeInViewport();
  await shoot(page, "playing-desktop");
});

test("?t=30 starts the call at 30 seconds", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  await openCall(page, recorded, "?t=30");
  await expect.poll(() => currentTime(page)).toBeGreaterThan(29.5);
  expect(await currentTime(page)).toBeLessThan(30.5);
  const active = await activeRow(page);
  expect(active.start).toBeLessThanOrEqual(30.05);
  await expect(page.locator('li[aria-current="true"]')).toBeInViewport();
  expect(page.url()).toContain("t=30");
  await shoot(page, "deep-link-desktop");
});

test("keyboard shortcuts and the speed control drive the player", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  const segments = await segmentsOf(page, recorded);
  await openCall(page, recorded, "?t=20");
  await expect.poll(() => currentTime(page)).toBeGreaterThan(19.5);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await page.keyboard.press("Space");
  await expect.poll(async () => (await audio(page)).paused).toBe(false);
  await page.keyboard.press("Space");
  await expect.poll(async () => (await audio(page)).paused).toBe(true);

  const t0 = await currentTime(page);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => currentTime(page)).toBeCloseTo(t0 + 5, 0);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => currentTime(page)).toBeCloseTo(t0, 0);

  const t1 = await currentTime(page);
  const next = segments.find((s) => s.startMs / 1000 > t1 + 0.05)!;
  await page.keyboard.press("k");
  await expect.poll(async () => Math.abs((await currentTime(page)) - next.startMs / 1000)).toBeLessThanOrEqual(0.25);
  const nextIndex = segments.indexOf(next);
  await page.keyboard.press("j");
  await expect.poll(async () => Math.abs((await currentTime(page)) - segments[nextIndex - 1].startMs / 1000)).toBeLessThanOrEqual(0.25);

  // Typing in the search box is typing, not shortcuts.
  const before = await currentTime(page);
  await page.getByRole("searchbox", { name: "Search transcript" }).fill("k j");
  await page.getByRole("searchbox", { name: "Search transcript" }).press("k");
  expect(await currentTime(page)).toBeCloseTo(before, 1);

  await page.getByLabel("Playback speed").selectOption("1.5");
  await expect.poll(async () => (await audio(page)).playbackRate).toBe(1.5);
  await shoot(page, "shortcuts-desktop");
});

test("the recording answers a byte range with exactly those bytes", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  const url = `/api/calls/${recorded}/recording`;
  const full = await page.request.get(url);
  expect(full.status()).toBe(200);
  const body = await full.body();
  const partial = await page.request.get(url, { headers: { Range: "bytes=100-199" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-range"]).toBe(`bytes 100-199/${body.length}`);
  const bytes = await partial.body();
  expect(bytes.length).toBe(100);
  expect(bytes.equals(body.subarray(100, 200))).toBe(true);
  await openCall(page, recorded);
  // Scrolled down, the player and the transcript stay in view.
  await page.mouse.move(300, 600);
  await page.mouse.wheel(0, 1500);
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeInViewport();
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem").first()).toBeInViewport();
  await shoot(page, "scrolled-desktop");
});

test("search finds a word, counts the hits and steps through them", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  const segments = await segmentsOf(page, recorded);
  // The transcript's most frequent longer word, so there are hits to step through.
  const counts = new Map<string, number>();
  for (const s of segments) for (const w of s.text.toLowerCase().match(/[a-z]{5,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [word] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  await openCall(page, recorded);
  await page.getByRole("searchbox", { name: "Search transcript" }).fill(word);
  const count = page.getByTestId("search-count");
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(" of ")[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  const current = page.locator("[data-current-hit]").first();
  await expect(current).toHaveAttribute("data-hit", "0");
  await expect(current).toContainText(new RegExp(word, "i"));
  await expect(page.locator("[data-hit-tick]").first()).toBeVisible();

  await page.getByRole("button", { name: "Next match" }).click();
  await expect(count).toHaveText(`2 of ${total}`);
  await expect(page.locator("[data-current-hit]").first()).toHaveAttribute("data-hit", "1");
  await expect(page.locator("[data-current-hit]").first()).toBeInViewport();
  await page.getByRole("button", { name: "Previous match" }).click();
  await expect(count).toHaveText(`1 of ${total}`);
  await shoot(page, "search-desktop");
});

test("the follow mode stops when the reader scrolls away, and comes back", async ({ asManager: page }) => {
  const { recorded } = await findCalls(page);
  // Early in the call, so scrolling down leaves the line being spoken behind.
  await openCall(page, recorded, "?t=2");
  await expect(page.locator('li[aria-current="true"]')).toBeInViewport();
  await expect(page.getByRole("button", { name: "Back to now" })).toHaveCount(0);
  await page.getByRole("list", { name: "Transcript" }).hover();
  await page.mouse.wheel(0, 4000);
  await expect(page.getByRole("button", { name: "Back to now" })).toBeVisible();
  await expect(page.locator('li[aria-current="true"]')).not.toBeInViewport();
  await page.getByRole("button", { name: "Back to now" }).click();
  await expect(page.locator('li[aria-current="true"]')).toBeInViewport();
  await expect(page.getByRole("button", { name: "Back to now" })).toHaveCount(0);
});

test("a call without a recording still shows its transcript, and clicks highlight", async ({ asManager: page }) => {
  const { silent } = await findCalls(page);
  await page.goto(`/calls/${silent}`);
  await expect(page.getByText("No recording for this call")).toBeVisible();
  const row = page.getByRole("list", { name: "Transcript" }).getByRole("listitem").nth(1);
  await row.click({ position: { x: 24, y: 24 } });
  await expect(row).toHaveAttribute("aria-current", "true");
  expect(await page.locator("audio").count()).toBe(0);
  await page.screenshot({ path: "test-results/screenshots/call-no-recording-desktop.png", fullPage: true });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the player, transcript and analysis stack and still play", async ({ asManager: page }) => {
    const { recorded } = await findCalls(page);
    await openCall(page, recorded, "?t=10");
    const player = page.getByRole("region", { name: "Recording" });
    const transcript = page.getByRole("region", { name: /^Transcript/ });
    const playerBox = (await player.boundingBox())!;
    const transcriptBox = (await transcript.boundingBox())!;
    expect(transcriptBox.y).toBeGreaterThan(playerBox.y + playerBox.height - 1);
    expect(transcriptBox.width).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForTimeout(1_000);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await shoot(page, "phone");
    await page.getByRole("heading", { name: "Skill scores" }).scrollIntoViewIfNeeded();
    await shoot(page, "phone-scores");
    await page.screenshot({ path: "test-results/screenshots/call-phone-full.png", fullPage: true });
  });
});

// npm run bench:ui: the call page on a two-hour call with 20,000 words.
// Seeds a temporary database with that call (its recording a silent Ogg/Opus
// file served with byte ranges from here), starts the built app, and in
// Chromium measures how long until the transcript is shown (rows on screen)
// and interactive (a click on a row is taken: the recording's position is the
// row's, which the browser keeps until the recording's metadata is in, and the
// row is lit), the longest task while loading (until the page's scripts have
// taken over and the whole transcript is in, and a second after), and the
// longest task while playing 10 s at 2x. It also prints, not as targets, when
// the page's scripts took over, when the recording could play, and how long
// the first click the page's own handlers take blocks the page.
// In the same run and browser, back to back with each load of the call page,
// it loads a plain baseline (scripts/bench-ui/plain-list.tsx: React, one
// <audio>, every word of the same transcript in the DOM) and times it until
// all its words are there.
//   npm run bench:ui -- [--words 20000] [--segments 600] [--seconds 7200] [--runs 3] [--profile]
// The loads are measured --runs times in fresh browser contexts (the median
// counts); --profile also prints where the page spent its CPU time, and
// what ran in each task over 50 ms.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { applyMigrations } from "../lib/db/migrations";
import { openSql } from "../lib/db/sql";
import { transcriptText, type Segment, type WordTimings } from "../lib/domain/transcript";
import { saveUser } from "../lib/people/users";
import { serveRecording } from "../simulators/recordings";
import { buildIfNeeded } from "./lib/build";

const { values } = parseArgs({
  options: {
    words: { type: "string", default: "20000" },
    segments: { type: "string", default: "600" },
    seconds: { type: "string", default: "7200" },
    runs: { type: "string", default: "3" },
    profile: { type: "boolean", default: false },
  },
});
const WORDS = Number(values.words);
const SEGMENTS = Number(values.segments);
const SECONDS = Number(values.seconds);
const RUNS = Math.max(1, Number(values.runs));
const TARGET_ROWS_MS = 300;
const TARGET_INTERACTIVE_MS = 700;
const TARGET_RATIO = 1.3;
const TARGET_LONG_TASK_MS = 50;
const TARGET_JS_KB = 150;
const PLAY_SECONDS = 10;
const SIGN_IN = { email: "bench@coachboard.test", password: "bench-password-ui" };
const RECORDING = "silence.ogg";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const log = (line: string) => console.error(`[bench:ui] ${line}`);

const VOCABULARY = (
  "invoice approval pricing budget renewal integration onboarding dashboard timeline quarter forecast contract workflow " +
  "spreadsheet finance controller rollout security migration support pipeline discovery objection schedule decision " +
  "the a and to of we you it that is for on with our your this can what how when team month process"
).split(" ");

/** A transcript of `words` words in `segments` turns over `seconds`, rep and prospect taking turns. */
function makeTranscript(): { segments: Segment[]; words: WordTimings } {
  const words: WordTimings = { startMs: [], endMs: [], text: [], punct: [], speaker: [] };
  const segments: Segment[] = [];
  const turnMs = (SECONDS * 1000) / SEGMENTS;
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let s = 0; s < SEGMENTS; s++) {
    const count = Math.floor(((s + 1) * WORDS) / SEGMENTS) - Math.floor((s * WORDS) / SEGMENTS);
    const start = Math.round(s * turnMs);
    const step = (turnMs * 0.9) / count;
    const voice = s % 2;
    const parts: string[] = [];
    for (let w = 0; w < count; w++) {
      const text = VOCABULARY[next() % VOCABULARY.length];
      const punct = w === count - 1 ? "." : next() % 9 === 0 ? "," : "";
      words.startMs.push(Math.round(start + w * step));
      words.endMs.push(Math.round(start + w * step + step * 0.85));
      words.text.push(text);
      words.punct.push(punct);
      words.speaker.push(voice);
      parts.push(text + punct);
    }
    segments.push({ speaker: voice ? "prospect" : "rep", label: voice ? "Dana Whitfield" : "Marcus Reid", startMs: start, endMs: words.endMs.at(-1)!, text: parts.join(" "), voice });
  }
  return { segments, words };
}

async function seed(url: string, recordingUrl: string, transcript: ReturnType<typeof makeTranscript>): Promise<number> {
  await applyMigrations(url);
  const sql = await openSql(url);
  const now = new Date();
  const [rep] = await sql.all<{ id: number }>(`INSERT INTO reps (email, name, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id`, ["marcus@bench.test", "Marcus Reid", true, now, now]);
  const [call] = await sql.all<{ id: number }>(
    `INSERT INTO calls (vendor, external_id, rep_id, title, started_at, duration_sec, direction, recording_url, prospect_name, prospect_company, raw, content_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ["execvision", "bench-ui-1", Number(rep.id), "Two-hour renewal workshop", now, SECONDS, "outbound", recordingUrl, "Dana Whitfield", "Harbor & Finch", "{}", "bench", now, now],
  );
  const { segments, words } = transcript;
  await sql.run(
    `INSERT INTO transcripts (call_id, source, segment_count, word_count, duration_ms, segments, words, text, content_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [Number(call.id), "bench", segments.length, words.text.length, SECONDS * 1000, JSON.stringify(segments), JSON.stringify(words), transcriptText(segments), "bench", now, now],
  );
  await saveUser(sql, { ...SIGN_IN, name: "Bench Admin", role: "admin" });
  await sql.close();
  return Number(call.id);
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitForHealth(base: string, app: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the app did not answer /api/health within a minute");
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __bench: { rowsAt: number; interactiveAt: number; liveAt: number; clicks: number; target: number; clickedAt: number; fetchAt: number; fetchedAt: number; parsedAt: number; metadataAt: number; seekedAt: number };
  }
}

/**
 * Installed before the page's own scripts: records long tasks, and on the
 * first frame with transcript rows clicks one and notes when the recording
 * has moved there. Timed in the page, so the harness's round trips do not
 * count. A string, because tsx's compiled functions call helpers the page lacks.
 */
const INSTRUMENT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const bench = (window.__bench = { rowsAt: 0, interactiveAt: 0, liveAt: 0, clicks: 0, target: 0, clickedAt: 0, fetchAt: 0, fetchedAt: 0, parsedAt: 0, metadataAt: 0, seekedAt: 0 });
  // Media events do not bubble; caught on their way down instead.
  document.addEventListener("loadedmetadata", () => (bench.metadataAt = bench.metadataAt || performance.now()), true);
  document.addEventListener("seeked", () => (bench.seekedAt = bench.seekedAt || performance.now()), true);
  // When the page's own fetch of the transcript starts, answers, and its JSON is read.
  const fetchOriginal = window.fetch;
  window.fetch = function (input, init) {
    const promise = fetchOriginal.call(this, input, init);
    if (String(input && input.url ? input.url : input).endsWith("/transcript")) {
      bench.fetchAt = performance.now();
      promise.then((response) => {
        bench.fetchedAt = performance.now();
        const json = response.json.bind(response);
        response.json = () => json().then((value) => ((bench.parsedAt = performance.now()), value));
      });
    }
    return promise;
  };
  if (location.pathname.startsWith("/calls/")) {
    const rowAt = (i) => document.querySelectorAll('ol[aria-label="Transcript"] > li')[i];
    // Taken: the recording's position is the line's (before its metadata is in, the browser keeps it
    // as the position to start from) and the line is lit, by the inline script or by the player.
    const taken = (row) => {
      const audio = document.querySelector("audio");
      const lit = row.getAttribute("aria-current") === "true" || row.hasAttribute("data-early-current");
      return audio && lit && Math.abs(audio.currentTime - bench.target) < 0.25;
    };
    // A click, and whether the page took it, read at once, in the same frame, as the plain list's words are.
    const click = (row) => {
      bench.clickedAt = performance.now();
      bench.clicks++;
      row.firstElementChild.click();
      if (taken(row)) bench.interactiveAt = performance.now();
    };
    const poll = () => {
      if (!bench.liveAt && window.__callEarlySeek && window.__callEarlySeek.live) bench.liveAt = performance.now();
      // The fourth line, once the HTML parser is past it (the line after it has begun).
      const row = rowAt(3) && rowAt(3).nextElementSibling ? rowAt(3) : null;
      if (!bench.rowsAt) {
        if (row) {
          bench.rowsAt = performance.now();
          bench.target = Number(row.dataset.start);
          click(row);
        }
      } else if (!bench.interactiveAt && row) {
        // A click the page took later (once the player attached), or, as a reader would, again.
        if (taken(row)) bench.interactiveAt = performance.now();
        else if (performance.now() - bench.clickedAt > 50) click(row);
      }
      if (!bench.interactiveAt || !bench.liveAt) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
`;

/**
 * The plain baseline's files, served from here next to the recording: its page, its script bundled
 * for production, and the same transcript as stored, both compressed as the app's responses are.
 */
async function plainBaseline(transcript: ReturnType<typeof makeTranscript>): Promise<(req: IncomingMessage, res: ServerResponse) => boolean> {
  const bundle = await build({
    entryPoints: [path.join("scripts", "bench-ui", "plain-list.tsx")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain list</title></head><body><div id="root" data-transcript="/plain/transcript.json" data-recording="/${RECORDING}"></div><script src="/plain/app.js"></script></body></html>`;
  const files: Record<string, { type: string; body: Buffer }> = {
    "/plain": { type: "text/html; charset=utf-8", body: gzipSync(html) },
    "/plain/app.js": { type: "text/javascript; charset=utf-8", body: gzipSync(bundle.outputFiles[0].contents) },
    "/plain/transcript.json": { type: "application/json", body: gzipSync(JSON.stringify(transcript)) },
  };
  log(`Plain baseline: ${Math.round(files["/plain/app.js"].body.length / 1024)} KB of script and ${Math.round(files["/plain/transcript.json"].body.length / 1024)} KB of transcript, compressed`);
  return (req, res) => {
    const file = files[(req.url ?? "").split("?")[0]];
    if (!file) return false;
    res.writeHead(200, { "Content-Type": file.type, "Content-Encoding": "gzip", "Content-Length": file.body.length, "Cache-Control": "no-store" });
    res.end(file.body);
    return true;
  };
}

/** On the plain page: the first frame with every word in the DOM. */
const PLAIN_INSTRUMENT = (words: number) => `
  window.__plain = { allWordsAt: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__plain.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  const words = document.getElementsByClassName("w");
  const poll = () => {
    if (words.length >= ${words}) window.__plain.allWordsAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

/**
 * One visit to the plain baseline in a fresh context: milliseconds from navigation until all its words
 * are in the DOM, and its longest task until a second after (for comparison: it loads React too).
 */
async function loadPlain(browser: Browser, plainBase: string): Promise<{ allWordsMs: number; longestMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: PLAIN_INSTRUMENT(WORDS) });
    const page = await context.newPage();
    await page.goto(`${plainBase}/plain`, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __plain?: { allWordsAt: number } }).__plain?.allWordsAt, null, { timeout: 60_000 });
    await page.waitForTimeout(1_000);
    const { allWordsAt, longTasks } = await page.evaluate(() => (window as unknown as { __plain: { allWordsAt: number; longTasks: number[] } }).__plain);
    const longestMs = Math.max(0, ...longTasks);
    log(`  plain list: all words ${Math.round(allWordsAt)} ms, longest task ${Math.round(longestMs)} ms`);
    return { allWordsMs: allWordsAt, longestMs };
  } finally {
    await context.close();
  }
}

interface LoadFigures {
  rowsMs: number;
  /** A click on a line is taken: the recording's position is the line's and the line is lit. */
  interactiveMs: number;
  /** The page's own scripts have taken over from the inline one. */
  liveMs: number;
  /** The recording's metadata is in: playback can start. */
  metadataMs: number;
  /** The first click the page's own handlers take, until the next frame. */
  firstClickMs: number;
  loadLongest: number;
  /** The call page's JavaScript once loaded, and the sign-in page's (the framework and providers every page loads). */
  scripts: { files: number; kb: number };
  signInScripts: { files: number; kb: number };
}

interface Figures {
  loads: LoadFigures[];
  plain: { allWordsMs: number; longestMs: number }[];
  longest: number;
  longTasks: number;
  played: number;
}

/** One visit in a fresh context: nothing comes from the browser's cache. */
async function load(browser: Browser, base: string, callId: number, profile: boolean): Promise<LoadFigures & { page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const signInScripts = await signIn(context, base);
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const profiler = profile ? await startProfile(context, page) : null;
  if (profile) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"] });
  await page.goto(`${base}/calls/${callId}`, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench?.interactiveAt > 0, null, { timeout: 60_000 }).catch(async (error: unknown) => {
    const state = await page.evaluate(() => {
      const audio = document.querySelector("audio");
      return { bench: window.__bench, rows: document.querySelectorAll('ol[aria-label="Transcript"] > li').length, audio: audio && { readyState: audio.readyState, currentTime: audio.currentTime, error: audio.error?.message } };
    });
    throw new Error(`the transcript never became interactive: ${JSON.stringify(state)} (${error instanceof Error ? error.message : String(error)})`);
  });
  // Loaded: the page's scripts have taken over and the whole transcript is in (the tasks that follow,
  // such as indexing it in slices, count as loading too, so a second passes before they are read).
  await page.waitForFunction(() => window.__bench.liveAt > 0 && (window.__bench.fetchAt === 0 || window.__bench.parsedAt > 0), null, { timeout: 60_000 });
  await page.waitForTimeout(1_000);
  const loadLongest = await page.evaluate(() => Math.max(0, ...window.__longTasks.map((t) => t.duration)));
  // The first click the page's own handlers take, on another line: how long until the browser can paint again.
  const firstClickMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const row = document.querySelectorAll('ol[aria-label="Transcript"] > li')[5] as HTMLElement;
        const start = performance.now();
        (row.firstElementChild as HTMLElement).click();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
  const figures = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const transcript = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/transcript")) as PerformanceResourceTiming | undefined;
    return {
      // On screen: in the DOM and painted (rows that came with the first HTML show with the first paint).
      rowsMs: Math.max(window.__bench.rowsAt, performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0),
      interactiveMs: window.__bench.interactiveAt,
      liveMs: window.__bench.liveAt,
      metadataMs: window.__bench.metadataAt,
      phases: {
        htmlFirstByte: Math.round(nav.responseStart),
        html: Math.round(nav.responseEnd),
        htmlKb: Math.round(nav.decodedBodySize / 1024),
        domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
        transcriptRequested: Math.round(transcript?.requestStart ?? -1),
        transcriptAnswered: Math.round(transcript?.responseEnd ?? -1),
        transcriptRequests: performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/transcript")).length,
        scripts: (() => {
          const scripts = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js")) as PerformanceResourceTiming[];
          return `${scripts.length} files, ${Math.round(scripts.reduce((sum, e) => sum + e.encodedBodySize, 0) / 1024)} KB compressed, last at ${Math.round(Math.max(0, ...scripts.map((e) => e.responseEnd)))} ms`;
        })(),
        recording: performance
          .getEntriesByType("resource")
          .filter((e) => e.name.endsWith("/recording"))
          // requested-first byte-last byte
          .map((e) => `${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseStart)}-${Math.round((e as PerformanceResourceTiming).responseEnd)}`)
          .join(" "),
        css: performance
          .getEntriesByType("resource")
          .filter((e) => e.name.endsWith(".css"))
          .map((e) => `${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseEnd)}`)
          .join(" "),
        firstPaint: Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1),
        clicks: window.__bench.clicks,
        elements: document.getElementsByTagName("*").length,
        stylesheetKb: Math.round((performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) => e.name.endsWith(".css")).reduce((sum, e) => sum + e.decodedBodySize, 0) / 1024),
        metadata: Math.round(window.__bench.metadataAt),
        firstSeeked: Math.round(window.__bench.seekedAt),
        queryFetch: Math.round(window.__bench.fetchAt),
        queryFetched: Math.round(window.__bench.fetchedAt),
        queryJsonRead: Math.round(window.__bench.parsedAt),
        longTasks: window.__longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(" "),
      },
    };
  });
  log(`  rows ${Math.round(figures.rowsMs)} ms, interactive ${Math.round(figures.interactiveMs)} ms, scripts took over ${Math.round(figures.liveMs)} ms, recording ready ${Math.round(figures.metadataMs)} ms, first click after ${Math.round(firstClickMs)} ms; phases ${JSON.stringify(figures.phases)}`);
  if (profile) {
    const html = await (await context.request.get(`${base}/calls/${callId}`)).text();
    writeFileSync(path.join(tmpdir(), "coachboard-bench-ui-call-page.html"), html);
    log(`The call page's HTML (${Math.round(html.length / 1024)} KB) is in ${path.join(tmpdir(), "coachboard-bench-ui-call-page.html")}`);
    const files = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) => e.name.endsWith(".js")).map((e) => ({ name: e.name.split("/").pop(), kb: e.encodedBodySize / 1024, at: e.responseEnd })),
    );
    log("Scripts loaded (compressed):");
    for (const s of files.sort((a, b) => b.kb - a.kb)) log(`  ${s.kb.toFixed(1).padStart(6)} KB  ${s.name} (in at ${Math.round(s.at)} ms)`);
  }
  const scripts = await scriptsOf(page);
  const cpu = profiler ? await profiler() : null;
  if (profile) printLongTasks(await browser.stopTracing(), cpu);
  return { rowsMs: figures.rowsMs, interactiveMs: figures.interactiveMs, liveMs: figures.liveMs, metadataMs: figures.metadataMs, firstClickMs, loadLongest, scripts, signInScripts, page, context };
}

async function measure(base: string, callId: number, plainBase: string): Promise<Figures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  try {
    // A first visit warms the server (route compilation, caches); it is not counted.
    log("Warming up the server...");
    await (await load(browser, base, callId, false)).context.close();
    await loadPlain(browser, plainBase);
    log(`Loading the plain list and the call page, back to back, ${RUNS} time(s):`);
    const loads: LoadFigures[] = [];
    const plain: Figures["plain"] = [];
    let last: Awaited<ReturnType<typeof load>> | null = null;
    for (let run = 0; run < RUNS; run++) {
      await last?.context.close();
      plain.push(await loadPlain(browser, plainBase));
      last = await load(browser, base, callId, values.profile && run === RUNS - 1);
      loads.push(last);
    }
    const page = last!.page;

    await page.getByLabel("Playback speed").selectOption("2");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("audio")?.paused === false, null, { timeout: 10_000 });
    const from = await page.evaluate(() => ({ now: performance.now(), time: document.querySelector("audio")!.currentTime }));
    await page.waitForTimeout(PLAY_SECONDS * 1000);
    const playing = await page.evaluate((since) => {
      const tasks = window.__longTasks.filter((t) => t.start >= since);
      return { longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length, time: document.querySelector("audio")!.currentTime };
    }, from.now);
    return { loads, plain, longest: playing.longest, longTasks: playing.count, played: playing.time - from.time };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; type?: string } };
}

/** Each task over 50 ms on the page's main thread while loading, and the largest pieces of work in it. */
function printLongTasks(trace: Buffer, cpu: CpuProfile | null): void {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents.filter((e) => e.ph === "X" && e.dur !== undefined);
  const main = events.find((e) => e.name === "ParseHTML");
  if (!main) return;
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const start = main.ts;
  const file = (url?: string) => (url ? url.split("/").pop() : "");
  log("Tasks over 50 ms while loading (ms after the HTML began to parse), and what took the time in each:");
  for (const task of thread.filter((e) => e.name === "RunTask" && e.dur! > 50_000)) {
    const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= 4_000 && e.name !== "RunTask");
    const within = (outer: TraceEvent, e: TraceEvent) => outer !== e && outer.ts <= e.ts && outer.ts + outer.dur! >= e.ts + e.dur! && outer.dur! >= e.dur!;
    const name = (e: TraceEvent) => `${e.name}${e.args?.data?.url ? ` ${file(e.args.data.url)}` : ""}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ""}${e.args?.data?.type ? ` ${e.args.data.type}` : ""} ${Math.round(e.dur! / 1000)}`;
    // The outermost pieces of work, each with the pieces directly inside it.
    const outermost = inside.filter((e) => !inside.some((outer) => within(outer, e)));
    const parts = outermost.map((e) => {
      const children = inside.filter((c) => within(e, c) && !inside.some((mid) => mid !== e && within(e, mid) && within(mid, c)));
      return children.length ? `${name(e)} [${children.map(name).join(", ")}]` : name(e);
    });
    log(`  at ${Math.round((task.ts - start) / 1000)} ms, ${Math.round(task.dur! / 1000)} ms: ${parts.join(", ") || "(nothing over 4 ms)"}`);
    if (cpu) printTaskFunctions(cpu, task.ts, task.ts + task.dur!);
  }
}

/** A CPU profile as the DevTools protocol returns it (Profiler.stop). */
interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions the CPU samples between two trace times fell in: the most time spent in them and below them. */
function printTaskFunctions(cpu: CpuProfile, from: number, to: number): void {
  const parent = new Map<number, number>();
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  let at = cpu.startTime;
  (cpu.samples ?? []).forEach((id, i) => {
    at += cpu.timeDeltas?.[i] ?? 0;
    if (at < from || at > to) return;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(node)!.callFrame;
      if (!url) continue;
      const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (cpu.timeDeltas?.[i] ?? 0) / 1000);
    }
  });
  for (const [key, ms] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) log(`      ${ms.toFixed(1).padStart(6)} ms  ${key}`);
}

/** A CPU profile of the page; the returned function stops it and prints the functions that took the most time. */
async function startProfile(context: BrowserContext, page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return async () => {
    const { profile } = await cdp.send("Profiler.stop");
    const self = new Map<number, number>();
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
    log("CPU while loading, by function (self time):");
    for (const [key, ms] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
    return profile;
  };
}

/** The JavaScript a page has loaded: files and compressed KB. */
async function scriptsOf(page: Page): Promise<{ files: number; kb: number }> {
  return page.evaluate(() => {
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) => e.name.endsWith(".js"));
    return { files: scripts.length, kb: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0) / 1024 };
  });
}

/** Signs in on the sign-in page; returns that page's JavaScript (the framework, the providers and its form): the floor every page stands on. */
async function signIn(context: BrowserContext, base: string): Promise<{ files: number; kb: number }> {
  const page = await context.newPage();
  await page.goto(`${base}/login`, { waitUntil: "load" });
  const floor = await scriptsOf(page);
  await page.getByLabel("Email").fill(SIGN_IN.email);
  await page.getByLabel("Password").fill(SIGN_IN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.close();
  return floor;
}

const dir = mkdtempSync(path.join(tmpdir(), "coachboard-bench-ui-"));
let app: ChildProcess | null = null;
let plainFiles: ((req: IncomingMessage, res: ServerResponse) => boolean) | null = null;
const recordings = createServer((req, res) => {
  if (!plainFiles?.(req, res)) void serveRecording(req, res, RECORDING, dir);
});
let failed = false;
try {
  log(`Generating a ${SECONDS / 3600} h silent Ogg/Opus recording with ffmpeg...`);
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", String(SECONDS), "-c:a", "libopus", "-b:a", "6k", path.join(dir, RECORDING)]);
  const recordingPort = await listen(recordings);
  const url = `file:${path.join(dir, "bench.db")}`;
  const transcript = makeTranscript();
  const callId = await seed(url, `http://127.0.0.1:${recordingPort}/${RECORDING}`, transcript);
  plainFiles = await plainBaseline(transcript);
  log(`Seeded call ${callId}: ${WORDS.toLocaleString("en-US")} words in ${SEGMENTS} segments over ${SECONDS} s`);

  buildIfNeeded(log);
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("there is no build of the app");
  const port = await freePort();
  app = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    // The seeded call is ExecVision's; its recording is served from here, an address the proxy fetches only when allowed.
    env: { ...process.env, DATABASE_URL: url, EXECVISION_RECORDING_HOSTS: `127.0.0.1:${recordingPort}`, SYNC_SCHEDULE: "false", AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, app);

  const r = await measure(base, callId, `http://127.0.0.1:${recordingPort}`);
  const ok = (pass: boolean) => (pass ? "meets the target" : "MISSES the target");
  const rows = median(r.loads.map((l) => l.rowsMs));
  const interactive = median(r.loads.map((l) => l.interactiveMs));
  const loadLongest = median(r.loads.map((l) => l.loadLongest));
  const plain = median(r.plain.map((p) => p.allWordsMs));
  const ratio = plain / interactive;
  const range = (xs: number[]) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`;
  console.log(`Transcript rows on screen:     ${Math.round(rows)} ms after navigation (${range(r.loads.map((l) => l.rowsMs))}; target ≤ ${TARGET_ROWS_MS} ms): ${ok(rows <= TARGET_ROWS_MS)}`);
  console.log(`Transcript interactive:        ${Math.round(interactive)} ms after navigation (${range(r.loads.map((l) => l.interactiveMs))}; target ≤ ${TARGET_INTERACTIVE_MS} ms): ${ok(interactive <= TARGET_INTERACTIVE_MS)}`);
  console.log(`Longest task while loading:    ${Math.round(loadLongest)} ms (${range(r.loads.map((l) => l.loadLongest))}; target ≤ ${TARGET_LONG_TASK_MS} ms): ${ok(loadLongest <= TARGET_LONG_TASK_MS)}`);
  console.log(`Longest task, 10 s at 2x:      ${Math.round(r.longest)} ms over ${r.longTasks} long task(s), ${r.played.toFixed(1)} s of audio played (target: none over ${TARGET_LONG_TASK_MS} ms): ${ok(r.longTasks === 0)}`);
  console.log(`Scripts took over:             ${Math.round(median(r.loads.map((l) => l.liveMs)))} ms (${range(r.loads.map((l) => l.liveMs))}); recording ready (metadata): ${Math.round(median(r.loads.map((l) => l.metadataMs)))} ms (${range(r.loads.map((l) => l.metadataMs))}); first click after: ${Math.round(median(r.loads.map((l) => l.firstClickMs)))} ms (${range(r.loads.map((l) => l.firstClickMs))})`);
  console.log(`Plain list, all words:         ${range(r.plain.map((p) => p.allWordsMs))} ms; its longest task while loading ${Math.round(median(r.plain.map((p) => p.longestMs)))} ms (${range(r.plain.map((p) => p.longestMs))}); ratio plain/interactive target ≥ ${TARGET_RATIO}: ${ok(ratio >= TARGET_RATIO)}`);
  const js = r.loads.at(-1)!;
  console.log(`Call page JavaScript:          ${Math.round(js.scripts.kb)} KB compressed in ${js.scripts.files} files (target ≤ ${TARGET_JS_KB} KB): ${ok(js.scripts.kb <= TARGET_JS_KB)}; the sign-in page's (framework, providers, its form): ${Math.round(js.signInScripts.kb)} KB in ${js.signInScripts.files} files`);
  console.log(`call page: rows ${Math.round(rows)} ms, interactive ${Math.round(interactive)} ms, longest load task ${Math.round(loadLongest)} ms (median of ${r.loads.length})`);
  console.log(`plain list: all words ${Math.round(plain)} ms (median of ${r.plain.length})`);
  console.log(`ratio plain/interactive: ${ratio.toFixed(2)}`);
} catch (error) {
  failed = true;
  console.error(`[bench:ui] failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  app?.kill("SIGTERM");
  await new Promise((resolve) => recordings.close(resolve));
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

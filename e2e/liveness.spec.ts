// While the heaviest single requests a viewer can make are being answered,
// the server still answers everyone else: GET /api/health within 100 ms.
// Each heavy request is repeated back to back for a while, so the health
// checks land during it, not before or after. Requests go out through Node's
// own HTTP client, not the browser's request context, so the time measured is
// the server's and not a 10 MB body crossing to the browser driver and back.
import http from "node:http";
import { expect, signIn, test } from "./fixtures";

/** The widest period a custom range may span (lib/http/params.ts). */
const MAX_PERIOD_DAYS = 731;
const HEALTH_BUDGET_MS = 100;
/** How long each heavy request is kept going, and the least number of health checks during it. */
const BUSY_MS = 2_000;
const MIN_CHECKS = 8;

/** A status, or "closed" when the server hung up on an upload it refused before it was all sent. */
type Outcome = number | "closed";

interface Heavy {
  name: string;
  run(): Promise<Outcome>;
}

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer; agent?: http.Agent }): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent: options.agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("error", (error: NodeJS.ErrnoException) => (options.body && /ECONNRESET|EPIPE/.test(error.code ?? "") ? resolve("closed") : reject(error)));
    request.end(options.body);
  });
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const widest = () => {
  const today = Date.now();
  return `period=custom&from=${day(today - (MAX_PERIOD_DAYS - 1) * 86_400_000)}&to=${day(today)}`;
};

async function healthDuring(base: string, heavy: Heavy): Promise<{ worst: number; checks: number; heavyRuns: number; outcomes: Outcome[] }> {
  // Health checks on a kept-alive connection of their own, as a load balancer's would be.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const health = async () => {
    const started = performance.now();
    const status = await send(`${base}/api/health`, { agent });
    return { status, took: performance.now() - started };
  };
  try {
    // Once before measuring: the first answer of a route loads its code.
    await heavy.run();
    await health();
    let busy = true;
    const outcomes: Outcome[] = [];
    const load = (async () => {
      const until = Date.now() + BUSY_MS;
      try {
        while (Date.now() < until || outcomes.length < 2) outcomes.push(await heavy.run());
      } finally {
        busy = false;
      }
    })();
    const times: number[] = [];
    while (busy) {
      const { status, took } = await health();
      // Only a check that ended while the heavy request was still going counts as during it.
      if (busy) {
        expect(status).toBe(200);
        times.push(took);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await load;
    return { worst: Math.max(...times), checks: times.length, heavyRuns: outcomes.length, outcomes: [...new Set(outcomes)] };
  } finally {
    agent.destroy();
  }
}

test("while each of the heaviest requests runs, /api/health answers within 100 ms", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const get = (path: string) => () => send(`${baseURL}${path}`, { headers: { cookie } });

  // The rep with the most calls, the call with the longest transcript.
  const board = await (await page.request.get(`/api/leaderboard?${widest()}&minCalls=0`)).json();
  const busiest = [...board.rows].sort((a: { calls: number }, b: { calls: number }) => b.calls - a.calls)[0];
  expect(busiest, "a rep with calls").toBeTruthy();
  const calls: { id: number; durationSec: number | null; hasTranscript: boolean }[] = [];
  for (let n = 1; n <= 10; n++) {
    const list = await (await page.request.get(`/api/calls?pageSize=100&page=${n}`)).json();
    calls.push(...list.calls);
    if (list.calls.length < 100) break;
  }
  const longest = calls.filter((c) => c.hasTranscript).sort((a, b) => (b.durationSec ?? 0) - (a.durationSec ?? 0))[0];
  expect(longest, "a call with a transcript").toBeTruthy();

  const tenMegabytes = Buffer.from(JSON.stringify({ email: "big@org.example", name: "x".repeat(10 * 1024 * 1024), role: "admin", password: "a long enough password" }));
  const heavies: Heavy[] = [
    { name: "rep overview, widest period (API)", run: get(`/api/reps/${busiest.repId}?${widest()}`) },
    { name: "rep page, widest period (document)", run: get(`/reps/${busiest.repId}?${widest()}`) },
    { name: "leaderboard, widest period (API)", run: get(`/api/leaderboard?${widest()}&minCalls=0`) },
    { name: "leaderboard page, widest period (document)", run: get(`/leaderboard?${widest()}&minCalls=0`) },
    { name: "calls export, every call", run: get("/api/calls/export") },
    { name: "leaderboard export, widest period", run: get(`/api/leaderboard/export?${widest()}&minCalls=0`) },
    { name: `transcript of the longest call (${longest.durationSec} s)`, run: get(`/api/calls/${longest.id}/transcript`) },
    {
      name: "10 MB JSON body to POST /api/admin/users",
      run: () =>
        send(`${baseURL}/api/admin/users`, {
          method: "POST",
          // As the app's own page sends it, so the body is not refused unread for where it came from.
          headers: { cookie, "content-type": "application/json", "content-length": String(tenMegabytes.length), "sec-fetch-site": "same-origin" },
          body: tenMegabytes,
        }),
    },
  ];

  // The app's own background sync (scheduled, or polling analyses still processing) writes on this
  // process too; what is measured here is the requests, so a window in which a sync ran is measured again.
  const syncState = async () => {
    const { vendors } = (await (await page.request.get("/api/admin/sync")).json()) as { vendors: { running: boolean; streams: { lastRunAt: string | null }[] }[] };
    return { running: vendors.some((v) => v.running), runs: JSON.stringify(vendors.map((v) => v.streams.map((s) => s.lastRunAt))) };
  };
  const quietWindow = async (heavy: Heavy) => {
    const withSync: number[] = [];
    for (let attempt = 1; ; attempt++) {
      await expect.poll(async () => (await syncState()).running, { timeout: 60_000 }).toBe(false);
      const before = await syncState();
      const result = await healthDuring(baseURL!, heavy);
      const after = await syncState();
      const synced = after.running || after.runs !== before.runs;
      if (!synced || attempt === 4) return { ...result, synced, attempts: attempt, withSync };
      withSync.push(result.worst);
    }
  };

  // A request that holds the server up does so in every window it runs; one slow check in one window
  // can also be the machine (two cores shared with the browser and the test runner). A window over
  // budget is measured again, up to three windows, and the best of them counts; all are reported.
  const measure = async (heavy: Heavy) => {
    const overBudget: number[] = [];
    for (;;) {
      const result = await quietWindow(heavy);
      if (result.worst <= HEALTH_BUDGET_MS || overBudget.length === 2) return { ...result, overBudget };
      overBudget.push(result.worst);
    }
  };

  const results: { name: string; worst: number; checks: number; heavyRuns: number; outcomes: Outcome[] }[] = [];
  for (const heavy of heavies) {
    const result = await measure(heavy);
    results.push({ name: heavy.name, ...result });
    const retried =
      result.attempts > 1 ? ` (measured ${result.attempts} times: a background sync ran during ${result.synced ? "every window" : `the earlier ones, whose worst were ${result.withSync.map((w) => `${w.toFixed(1)} ms`).join(", ")}`})` : "";
    const slowWindows = result.overBudget.length ? ` (after ${result.overBudget.length} window(s) over budget: ${result.overBudget.map((w) => `${w.toFixed(1)} ms`).join(", ")})` : "";
    const line = `${heavy.name}: worst /api/health ${result.worst.toFixed(1)} ms over ${result.checks} checks; ${result.heavyRuns} runs answered ${result.outcomes.join(", ")}${retried}${slowWindows}`;
    console.log(line);
    test.info().annotations.push({ type: "liveness", description: line });
  }
  for (const result of results) {
    expect(result.checks, `${result.name}: health checks during it`).toBeGreaterThanOrEqual(MIN_CHECKS);
    expect(
      result.outcomes.every((o) => o === "closed" || o < 500),
      `${result.name}: answered ${result.outcomes.join(", ")}`,
    ).toBe(true);
  }
  expect(
    results.filter((r) => r.worst > HEALTH_BUDGET_MS).map((r) => `${r.name}: ${r.worst.toFixed(1)} ms`),
    `/api/health slower than ${HEALTH_BUDGET_MS} ms during`,
  ).toEqual([]);
});

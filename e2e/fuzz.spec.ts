// Every API route and page, as each role and signed out, with malformed,
// extreme and hostile parameters and bodies from fast-check: nothing answers
// 500 or more, and no answer shows a stack trace or a file path of the server.
// The routes and pages are read from app/, so a new one is fuzzed as soon as
// it exists (and a new kind of path parameter fails here until it has values).
// FUZZ_SEED=<n> replays or varies a run; the seed is printed with any failure.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Browser } from "@playwright/test";
import fc from "fast-check";
import { expect, type Role, signIn, test } from "./fixtures";
import { AUTH_PATHS, headersArb, jsonOrRaw, queryArb, rawBody, refusedSyncBody, searchOf, segmentArb, type Sent, userBodyArb, valueArb } from "./fuzz-inputs";

const root = path.resolve(import.meta.dirname, "..");
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_331);
/** Requests in flight at once: enough to keep the server busy, few enough to keep its answers quick. */
const CONCURRENCY = 6;

// ─── What exists: routes and pages from the file tree ──────────────────────

interface Endpoint {
  kind: "api" | "page";
  /** The file it comes from, for messages. */
  file: string;
  /** URL segments; dynamic ones as written in app/ ([callId], [...nextauth]). */
  segments: string[];
  methods: string[];
}

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

function urlSegments(file: string): string[] {
  return path
    .relative(path.join(root, "app"), path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.add(match[1]);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of match[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.add(name[1]);
  return [...found];
}

function discover(): Endpoint[] {
  const app = path.join(root, "app");
  const routes = filesNamed(app, "route.ts").map((file) => ({ kind: "api" as const, file: path.relative(root, file), segments: urlSegments(file), methods: exportedMethods(readFileSync(file, "utf8")) }));
  const pages = filesNamed(app, "page.tsx").map((file) => ({ kind: "page" as const, file: path.relative(root, file), segments: urlSegments(file), methods: ["GET"] }));
  return [...routes, ...pages].sort((a, b) => a.file.localeCompare(b.file));
}

// ─── Requests ───────────────────────────────────────────────────────────────

/**
 * Routes that change who counts for whom, what a user may do, or the skill model. Their schemas refuse
 * unknown keys, so every object sent carries one: the fuzz can never link, merge, mark, disable, remap
 * or recompute for real, whatever the seed, and the other tests' sign-ins, reps and figures stay as they are.
 */
const CHANGES_PEOPLE = /^api\/admin\/(?:identities\/link|reps\/merge|reps\/\[repId\]|users\/\[userId\]|skills(?:\/mappings|\/recompute)?)$/;
const refusedPeopleBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue().filter((v) => v === null || typeof v !== "object" || Array.isArray(v)),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((fields) => ({ ...fields, fuzzNotAField: true })),
  fc.record({ vendor: fc.string(), externalId: fc.string(), repId: fc.integer(), fromRepId: fc.integer(), intoRepId: fc.integer(), isAgent: fc.boolean(), disabled: fc.boolean(), fuzzNotAField: fc.constant(1) }),
  fc.record({ label: fc.string(), key: fc.string(), confirm: fc.boolean(), changes: fc.array(fc.record({ skillSet: fc.string(), skill: fc.string(), unifiedSkill: fc.string() })), fuzzNotAField: fc.constant(1) }),
);

interface Probe {
  method: string;
  url: string;
  sent: Sent;
}

interface Known {
  calls: number[];
  reps: number[];
  teams: number[];
  plans: number[];
}

function sample<T>(arb: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return count > 0 ? fc.sample(arb, { numRuns: count, seed }) : [];
}

/** Requests for one endpoint, deterministic for a seed. */
function probesFor(endpoint: Endpoint, method: string, count: number, known: Known, origin: string, seed: number): Probe[] {
  const ids = [...known.calls, ...known.reps, ...known.teams, ...known.plans];
  const segmentValue = (name: string): fc.Arbitrary<string> => {
    if (name === "[callId]") return segmentArb(known.calls);
    if (name === "[repId]") return segmentArb(known.reps);
    if (name === "[userId]") return segmentArb([]);
    if (name === "[commentId]") return segmentArb([]);
    if (name === "[reviewId]") return segmentArb([]);
    if (name === "[...nextauth]") return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...AUTH_PATHS) }, { weight: 1, arbitrary: fc.array(segmentArb([]), { minLength: 1, maxLength: 4 }).map((s) => s.join("/")) });
    throw new Error(`${endpoint.file}: no fuzz values for the path parameter ${name}; add them to e2e/fuzz.spec.ts`);
  };
  const pathArb = fc.tuple(...endpoint.segments.map((s) => (s.startsWith("[") ? segmentValue(s) : fc.constant(s)))).map((parts) => `/${parts.join("/")}`);
  const base = endpoint.segments.join("/");
  const isHealth = base === "api/health";
  // ?ready=1 asks whether every webhook so far was fetched: its 503 is an answer, not a failure.
  const query = queryArb(ids).map((pairs) => (isHealth ? pairs.filter(([key]) => key !== "ready") : pairs));

  let body: fc.Arbitrary<Sent> = fc.constant({ headers: {} });
  if (method !== "GET") {
    const headers = headersArb(origin);
    const bodyText =
      base === "api/admin/users"
        ? jsonOrRaw(userBodyArb(known))
        : CHANGES_PEOPLE.test(base)
          ? jsonOrRaw(refusedPeopleBody)
        : base === "api/admin/sync"
          ? jsonOrRaw(refusedSyncBody)
          : base.startsWith("api/webhooks/")
            ? fc.oneof(jsonOrRaw(fc.record({ id: fc.oneof(fc.string(), valueArb(ids)) }, { requiredKeys: [] })), fc.constant("x".repeat(70_000)))
            : base.startsWith("api/auth")
              ? fc.oneof(fc.array(fc.tuple(fc.constantFrom("email", "password", "csrfToken", "callbackUrl", "json", "redirect"), valueArb(ids)), { maxLength: 5 }).map((pairs) => new URLSearchParams(pairs).toString()), rawBody)
              : jsonOrRaw(fc.jsonValue());
    const signature = fc.oneof(fc.constant(""), fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256=${hex}`), fc.constantFrom("sha256=", "sha256=zz", "md5=abc", "sha256=" + "g".repeat(64)), fc.string({ maxLength: 80 }));
    body = fc.tuple(bodyText, headers, signature).map(([text, h, sig]) => ({
      body: text,
      headers: {
        ...(base === "api/admin/sync" ? { ...h, "content-type": "application/json" } : h),
        ...(base.startsWith("api/webhooks/") && sig ? { "x-coachboard-signature": sig } : {}),
        ...(base.startsWith("api/auth") ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    }));
  }
  return sample(fc.tuple(pathArb, query, body), count, seed).map(([p, q, sent]) => ({ method, url: `${p}${searchOf(q)}`, sent }));
}

// ─── Judging answers ────────────────────────────────────────────────────────

/** A JavaScript stack frame: "at fn (/path/file.js:12:34)" or "at /path/file.js:12:34". */
const STACK_FRAME = /\bat\s+(?:async\s+)?(?:[^\s()]+\s+)?\(?(?:file:\/\/|\/|[A-Za-z]:\\|webpack|node:)[^\s()]*:\d+:\d+\)?/;
/** Paths of the server's own files. */
const SERVER_PATH = /(?:\/work\/|\/home\/|\/app\/(?:lib|app|node_modules)\/|node_modules\/|\.next\/server|webpack-internal:|file:\/\/\/)/;

interface Failure {
  role: string;
  method: string;
  url: string;
  status: number | string;
  excerpt: string;
}

async function send(request: APIRequestContext, probe: Probe): Promise<APIResponse> {
  const options = { headers: probe.sent.headers, data: probe.sent.body, maxRedirects: 0, timeout: 30_000, failOnStatusCode: false };
  return request.fetch(probe.url, { ...options, method: probe.method });
}

async function judge(request: APIRequestContext, probe: Probe, role: string): Promise<{ status: number | string; failure: Failure | null }> {
  let response: APIResponse;
  try {
    response = await send(request, probe);
  } catch (error) {
    // A request the server never answered (reset, hung) is as bad as a 500.
    const status = "no answer";
    return { status, failure: { role, method: probe.method, url: probe.url, status, excerpt: String((error as Error).message).slice(0, 300) } };
  }
  const status = response.status();
  const type = response.headers()["content-type"] ?? "";
  const text = /audio|video|octet-stream|image/.test(type) ? "" : await response.text();
  const leak = STACK_FRAME.exec(text) ?? SERVER_PATH.exec(text);
  if (status < 500 && !leak) return { status, failure: null };
  const at = leak ? Math.max(0, leak.index - 120) : 0;
  return { status, failure: { role, method: probe.method, url: probe.url.slice(0, 300), status, excerpt: text.slice(at, at + 400) } };
}

/** "GET /api/calls: 200×12 400×30": what each endpoint answered, for the log. */
function tally(probes: (Probe & { pattern: string })[], statuses: (number | string)[]): string[] {
  const by = new Map<string, Map<number | string, number>>();
  probes.forEach((probe, i) => {
    const key = `${probe.method} ${probe.pattern}`;
    const counts = by.get(key) ?? new Map<number | string, number>();
    counts.set(statuses[i], (counts.get(statuses[i]) ?? 0) + 1);
    by.set(key, counts);
  });
  return [...by].map(([key, counts]) => `  ${key}: ${[...counts].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([status, n]) => `${status}×${n}`).join(" ")}`);
}

async function inPool<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]);
      }
    }),
  );
  return results;
}

// ─── The runs ───────────────────────────────────────────────────────────────

/** Requests per endpoint and method, for each of the four viewers. */
function countFor(endpoint: Endpoint, method: string): number {
  if (endpoint.kind === "page") return 26;
  if (endpoint.segments[1] === "auth") return method === "GET" ? 30 : 20;
  if (endpoint.segments[1] === "webhooks") return 40;
  return 46;
}

/** Methods a route does not have: a few each, answered 405 by the framework. */
const OTHER_METHOD_PROBES = 3;

async function knownIds(browser: Browser): Promise<Known> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "admin");
  const calls = await (await page.request.get("/api/calls?pageSize=100")).json();
  const users = await (await page.request.get("/api/admin/users")).json();
  const coaching = await (await page.request.get("/api/coaching")).json();
  await context.close();
  return {
    calls: calls.calls.map((c: { id: number }) => c.id).slice(0, 30),
    reps: users.reps.map((r: { id: number }) => r.id).slice(0, 30),
    teams: users.teams.map((t: { id: number }) => t.id),
    plans: coaching.plans.map((p: { id: number }) => p.id).slice(0, 10),
  };
}

const endpoints = discover();
const ROLES = ["signed out", "rep", "manager", "admin"] as const;
type Viewer = (typeof ROLES)[number];
let known: Known | null = null;

/** What one viewer is sent: each method of each endpoint, and a few of the methods it lacks. */
function plan(role: Viewer): { endpoint: Endpoint; method: string; count: number }[] {
  return endpoints.flatMap((endpoint) => [
    ...endpoint.methods
      // Signing in and out is the browser's business: a signed-in viewer's session under test must stay.
      .filter((method) => !(endpoint.segments[1] === "auth" && method !== "GET" && role !== "signed out"))
      .map((method) => ({ endpoint, method, count: countFor(endpoint, method) })),
    ...(endpoint.kind === "api" ? METHODS.filter((m) => !endpoint.methods.includes(m)).map((method) => ({ endpoint, method, count: OTHER_METHOD_PROBES })) : []),
  ]);
}

const planned = (role: Viewer) => plan(role).reduce((n, p) => n + p.count, 0);

test("every route and page is found in app/, and at least 3,000 requests are planned", () => {
  const names = endpoints.map((e) => `${e.methods.join(",")} /${e.segments.join("/")}`);
  expect(names).toEqual(
    expect.arrayContaining(["GET /api/calls", "GET,POST /api/admin/users", "GET,PATCH /api/me/settings", "POST /api/webhooks/analyses", "GET,POST /api/auth/[...nextauth]", "GET /reps/[repId]", "GET /settings", "GET /login", "GET /"]),
  );
  expect(endpoints.filter((e) => e.kind === "api" && e.methods.length === 0)).toEqual([]);
  const total = ROLES.reduce((n, role) => n + planned(role), 0);
  console.log(`fuzz: ${endpoints.length} routes and pages, ${total} requests planned (seed ${SEED})`);
  expect(total).toBeGreaterThanOrEqual(3_000);
});

for (const [index, role] of ROLES.entries()) {
  test(`as ${role}: no malformed, extreme or hostile request gets a 500 or a stack trace`, async ({ browser, baseURL }) => {
    test.setTimeout(150_000);
    known ??= await knownIds(browser);
    const context = await browser.newContext();
    const page = await context.newPage();
    if (role !== "signed out") await signIn(page, role as Role);
    const request = page.request;
    const origin = new URL(baseURL!).origin;

    const probes = plan(role).flatMap(({ endpoint, method, count }, i) =>
      probesFor(endpoint, method, count, known!, origin, SEED + index * 1_000 + i).map((probe) => ({ ...probe, pattern: `/${endpoint.segments.join("/")}` })),
    );
    expect(probes).toHaveLength(planned(role));
    const started = Date.now();
    const answers = await inPool(probes, CONCURRENCY, (probe) => judge(request, probe, role));
    const failures = answers.map((a) => a.failure).filter((f): f is Failure => f !== null);
    console.log(`fuzz as ${role}: ${probes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failed (seed ${SEED})`);
    console.log(tally(probes, answers.map((a) => a.status)).join("\n"));
    if (role !== "signed out") expect((await (await request.get("/api/auth/session")).json()).user?.email, "still signed in after the fuzz").toBeTruthy();
    await context.close();
    expect(failures, `seed ${SEED}`).toEqual([]);
  });
}

test("the inputs that once answered 500 are 400s with words", async ({ browser }) => {
  known ??= await knownIds(browser);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "admin");
  const repId = known.reps[0];
  for (const [url, message] of [
    ["/api/calls?from=2026-13-45", /from: 2026-13-45 is not a day of the calendar/],
    ["/api/calls/export?to=2026-02-30", /to: 2026-02-30 is not a day of the calendar/],
    ["/api/leaderboard?period=custom&from=2026-01-01&to=2026-13-45", /to: 2026-13-45 is not a day of the calendar/],
    ["/api/leaderboard/export?period=custom&from=2026-02-30&to=2026-03-01", /from: 2026-02-30 is not a day of the calendar/],
    [`/api/reps/${repId}?period=custom&from=2026-13-45&to=2026-12-31`, /from: 2026-13-45 is not a day of the calendar/],
    [`/api/reps/${repId}?period=custom&from=0000-01-01&to=9999-12-31`, /must be a day from 1900-01-01 to 2999-12-31/],
    [`/api/reps/${repId}?period=custom&from=2020-01-01&to=2026-12-31`, /a custom period may span at most 731 days/],
    ["/api/leaderboard?period=custom&from=2020-01-01&to=2026-12-31", /a custom period may span at most 731 days/],
  ] as const) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(400);
    expect((await response.json()).error.message, url).toMatch(message);
  }
  for (const url of ["/calls?from=2026-13-45", "/leaderboard?period=custom&from=2026-02-30&to=2026-03-01", `/reps/${repId}?period=custom&from=0000-01-01&to=9999-12-31`]) {
    expect((await page.request.get(url)).status(), url).toBe(200);
  }

  const create = (body: Record<string, unknown>) => page.request.post("/api/admin/users", { data: body, headers: { "sec-fetch-site": "same-origin" } });
  const base = { name: "Fuzz Person", password: "a long enough password" };
  for (const [body, message] of [
    [{ ...base, email: "fuzz1@org.example", role: "rep", repId: 2_000_000 }, /repId: no rep has the id 2000000/],
    [{ ...base, email: "fuzz2@org.example", role: "manager", teamIds: [1_999_999] }, /teamIds: no team has the id 1999999/],
    [{ ...base, email: "fuzz3@org.example", role: "manager", teamIds: [known.teams[0], known.teams[0]] }, /teamIds: names a team more than once/],
    [{ ...base, email: "fuzz4@org.example", role: "manager", teamIds: [2 ** 31] }, /teamIds\.0: is not a team's id/],
  ] as const) {
    const response = await create(body);
    expect(response.status(), JSON.stringify(body)).toBe(400);
    expect((await response.json()).error.message).toMatch(message);
  }
  await context.close();
});

// The malformed, extreme and hostile inputs of the fuzz (fuzz.spec.ts), as
// fast-check arbitraries: query strings, path segments, bodies and headers.
import fc from "fast-check";

// ─── Hostile values ─────────────────────────────────────────────────────────

export const HOSTILE = [
  "", " ", "0", "-0", "-1", "1.5", "1e308", "-1e308", "1e-400", "NaN", "Infinity", "-Infinity", "2147483647", "2147483648", "-2147483649",
  "9007199254740993", "99999999999999999999999999", "0x1F", "0b11", "1_000", "١٢٣", "null", "undefined", "true", "false", "[]", "{}", "[object Object]",
  "__proto__", "constructor", "prototype", "\u0000", "a\u0000b", "%00", "\r\n", "\n\nX-Injected: 1", "\t=1+1", "=HYPERLINK(\"https://evil.example\",\"x\")",
  "@SUM(1+1)", "+1+1", "-1+1", "../../../etc/passwd", "..\\..\\windows\\win.ini", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
  "' OR '1'='1", "1; DROP TABLE calls; --", "1 UNION SELECT password_hash FROM users", "${7*7}", "{{7*7}}", "#{7*7}", "%s%s%s%n", "\u202eevil",
  "😀", "\uD800", "\uFFFF", "a".repeat(2_000), "9".repeat(400), "custom", "7", "30", "90", "180", "365", "asc", "desc", "rank", "skill:", "skill:x",
  "admin", "manager", "rep", "salesfinity", "analyses", "scorecard", "execvision", "revont", "voice-agent", "2026-13-45", "2026-02-30", "2026-02-29",
  "2024-02-29", "0000-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2999-12-31", "3000-01-01", "2026-03-31T00:00:00Z", "-2026-01-01", "+2026-01-01",
  "2026-3-1", "20260301", "1970-01-01", "*", "%", "_", "\\", "'", "\"",
];

/** A date-shaped string: real, impossible (month 13, day 45) or far out of range. */
const dayLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const realDay = fc.date({ min: new Date("1890-01-01"), max: new Date("3010-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export function valueArb(ids: number[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 2, arbitrary: dayLike },
    { weight: 2, arbitrary: realDay },
    { weight: 2, arbitrary: ids.length ? fc.constantFrom(...ids.map(String)) : fc.constant("1") },
    { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 1_500 }) },
  );
}

const QUERY_KEYS = ["period", "from", "to", "team", "vendor", "minCalls", "skillSet", "sort", "dir", "rep", "plan", "page", "pageSize", "minScore", "maxScore", "outcome", "q", "t", "callbackUrl", "error"];

/** A query string: known keys (some repeated) and unknown ones, each with a hostile value. */
export function queryArb(ids: number[]): fc.Arbitrary<[string, string][]> {
  const value = valueArb(ids);
  const key = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) });
  const period = fc.tuple(fc.constantFrom("custom", "7", "30", "90", "180", "custom"), fc.oneof(dayLike, realDay, fc.constantFrom(...HOSTILE)), fc.oneof(dayLike, realDay, fc.constantFrom(...HOSTILE)));
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.tuple(key, value), { maxLength: 8 }) },
    // Periods are what once froze the server: more of them.
    {
      weight: 2,
      arbitrary: fc.tuple(period, fc.array(fc.tuple(key, value), { maxLength: 3 })).map(([[p, from, to], rest]) => [["period", p], ["from", from], ["to", to], ...rest] as [string, string][]),
    },
  );
}

export function searchOf(pairs: [string, string][]): string {
  const search = new URLSearchParams();
  for (const [key, value] of pairs) search.append(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Raw path segments, some deliberately badly encoded. */
const RAW_SEGMENTS = ["%", "%ZZ", "%E0%A4%A", "%2e%2e", "..", ".", "%00", "%252e", "%C0%AF", "a%2Fb", "%F0%9F%98%80", "~", ";", "a;b=c", "%20"];

export function segmentArb(ids: number[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: valueArb(ids).map((v) => encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "x")) || "%20") },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    { weight: 3, arbitrary: ids.length ? fc.constantFrom(...ids.map(String)) : fc.constant("1") },
  );
}

/** next-auth's catch-all: its real endpoints, and nonsense below them. */
export const AUTH_PATHS = ["session", "csrf", "providers", "signin", "signout", "error", "verify-request", "callback/credentials", "signin/credentials", "_log", "callback", "x/y/z"];

// ─── Bodies ─────────────────────────────────────────────────────────────────

export interface Sent {
  body?: string | Buffer;
  headers: Record<string, string>;
}

const CONTENT_TYPES = ["application/json", "application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "", "application/vnd.evil+json"];

/**
 * Where a change says it comes from. Mostly from the app's own page (as a browser says it) or
 * from no browser at all, so the body is read; sometimes from elsewhere, to be refused.
 */
export function headersArb(origin: string): fc.Arbitrary<Record<string, string>> {
  const from = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ "sec-fetch-site": "same-origin" }) },
    { weight: 3, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.constantFrom(...["http://evil.example", "null", "not a url", `${origin}.evil.example`, origin].map((o) => ({ origin: o }))) },
    { weight: 1, arbitrary: fc.constantFrom(...["cross-site", "same-site", "none", "garbage"].map((site) => ({ "sec-fetch-site": site }))) },
  );
  return fc.tuple(fc.constantFrom(...CONTENT_TYPES), from).map(([type, where]) => ({ ...(type ? { "content-type": type } : {}), ...where }));
}

/** Raw bodies no JSON route should accept. */
export const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom("", "{", "[", "{\"a\":", "nul", "\u0000", "{\"email\": \"a@b.c\",}", "[".repeat(50_000), "{\"a\":".repeat(5_000), "\uFEFF{}", "𝟘"),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
);

export function userBodyArb(ids: { reps: number[]; teams: number[] }): fc.Arbitrary<unknown> {
  const value = valueArb([...ids.reps, ...ids.teams]);
  const id = fc.oneof(fc.integer(), fc.constantFrom(...[...ids.reps, ...ids.teams, 0, -1, 2 ** 31, 2 ** 53, 999_999]), fc.double(), value);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record(
        {
          email: fc.oneof(fc.emailAddress(), value, fc.constant("admin@coachboard.demo")),
          name: fc.oneof(fc.string({ maxLength: 60 }), value, fc.string({ minLength: 121, maxLength: 400 })),
          role: fc.oneof(fc.constantFrom("admin", "manager", "rep"), value),
          password: fc.oneof(fc.string({ minLength: 10, maxLength: 30 }), value),
          repId: fc.oneof(fc.constant(null), id),
          teamIds: fc.oneof(
            fc.array(id, { maxLength: 6 }),
            fc.constantFrom([1, 1], [2, 2, 2], [999_999], [-1], [2 ** 31]),
            ids.teams.length ? fc.constantFrom(...ids.teams).map((t) => [t, t]) : fc.constant([1, 1]),
            fc.array(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { minLength: 501, maxLength: 600 }),
            value,
          ),
          extra: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 2, arbitrary: fc.jsonValue() },
  );
}

/** Bodies POST /api/admin/sync must refuse: it would otherwise start a sync. */
export const refusedSyncBody = fc.oneof(
  fc.record({ vendor: fc.oneof(fc.constantFrom(...HOSTILE.filter((v) => !["salesfinity", "analyses", "execvision", "revont", "voice-agent"].includes(v))), fc.integer(), fc.constant(null), fc.array(fc.string())) }),
  fc.oneof(fc.jsonValue(), fc.constant([])).filter((v) => v === null || typeof v !== "object" || Array.isArray(v)),
);

export function jsonOrRaw(json: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: json.map((v) => JSON.stringify(v) ?? "null") }, { weight: 1, arbitrary: rawBody });
}

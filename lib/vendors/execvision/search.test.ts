// ExecVision's live calls/search against its simulator: the ids of the calls
// with a company, and no answer at all (never an error, never a long wait)
// when ExecVision fails, hangs, refuses or answers something else.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { systemClock } from "@/lib/sync/clock";
import { fixedSchedule, LocalRateLimiter } from "@/lib/sync/rate-limit";
import { type RunningSimulators, startSimulators } from "@/simulators";
import { LIVE_SEARCH_TIMEOUT_MS, type LiveSearchConfig, liveSearchConfig, searchCallsByCompany } from "./search";

let sims: RunningSimulators;
let config: LiveSearchConfig;
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  sims = await startSimulators({ execvisionRateLimit: false });
  config = {
    baseUrl: sims.baseUrls.execvision,
    userId: sims.credentials.execvisionUserId,
    password: sims.credentials.execvisionPassword,
    limiter: new LocalRateLimiter(fixedSchedule(1000), systemClock),
  };
  // A server that answers calls/search with something other than a list.
  other = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ids: ["a"] }));
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterEach(() => {
  sims.control.setFaults(null);
  sims.control.clearRequests();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await sims?.close();
  await new Promise((resolve) => other?.close(resolve));
});

/** The companies of the simulator's calls, with the ids of each one's calls. */
function companies(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const call of sims.control.records("execvision")) {
    const company = call.metadata?.company;
    if (typeof company === "string") out.set(company, [...(out.get(company) ?? []), call.id]);
  }
  return out;
}

const searches = () => sims.control.requests.filter((r) => r.vendor === "execvision" && r.path.endsWith("/calls/search")).length;

it("answers the ids of the calls with the company, whatever its case, and asks once a minute at most", async () => {
  const [company, ids] = [...companies()].find(([, list]) => list.length > 1)!;
  expect(((await searchCallsByCompany(`  ${company.toUpperCase()} `, config)) ?? []).sort()).toEqual([...ids].sort());
  expect(searches()).toBe(1);
  // The next page of the same list asks again only after a minute.
  expect(((await searchCallsByCompany(company, config)) ?? []).sort()).toEqual([...ids].sort());
  expect(searches()).toBe(1);
  expect(await searchCallsByCompany(company, config, Date.now() + 61_000)).toHaveLength(ids.length);
  expect(searches()).toBe(2);
  expect(await searchCallsByCompany("no company is called this", config)).toEqual([]);
});

it("answers null at once when ExecVision fails, tries once, and remembers no failure", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  const [company] = [...companies()].at(-1)!;
  sims.control.setFaults({ rate: 1, kinds: ["500"], vendors: ["execvision"] });
  const started = Date.now();
  expect(await searchCallsByCompany(company, config)).toBeNull();
  expect(Date.now() - started).toBeLessThan(LIVE_SEARCH_TIMEOUT_MS);
  expect(searches()).toBe(1);
  sims.control.setFaults(null);
  expect((await searchCallsByCompany(company, config))?.length).toBeGreaterThan(0);
});

it("answers null within its deadline when ExecVision does not answer", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  sims.control.setFaults({ rate: 1, kinds: ["timeout"], vendors: ["execvision"], hangMs: 10_000 });
  const started = Date.now();
  expect(await searchCallsByCompany("hanging co", { ...config, timeoutMs: 300 })).toBeNull();
  expect(Date.now() - started).toBeLessThan(2_000);
  // No deadline is longer than the list may wait, whatever is asked for.
  const slow = Date.now();
  expect(await searchCallsByCompany("hanging co two", { ...config, timeoutMs: 60_000 })).toBeNull();
  expect(Date.now() - slow).toBeLessThan(LIVE_SEARCH_TIMEOUT_MS + 1_000);
});

it("answers null when the credentials are refused, or the answer is not a list", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  expect(await searchCallsByCompany("acme", { ...config, password: "wrong" })).toBeNull();
  expect(await searchCallsByCompany("acme", { ...config, baseUrl: otherUrl })).toBeNull();
});

it("is not configured without ExecVision's credentials", () => {
  const base = { EXECVISION_BASE_URL: "https://users.execvision.io" };
  expect(liveSearchConfig({ ...base, EXECVISION_USER_ID: undefined, EXECVISION_PASSWORD: undefined })).toBeNull();
  expect(liveSearchConfig({ ...base, EXECVISION_USER_ID: "u", EXECVISION_PASSWORD: "p" })).toMatchObject({ baseUrl: base.EXECVISION_BASE_URL, userId: "u", password: "p" });
});

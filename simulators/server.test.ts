import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORDINGS_DIR } from "./dataset/manifest";
import { authHeaders, EV_API, get, start } from "./test-helpers";
import type { RunningSimulators } from "./types";

let sims: RunningSimulators;
let h: ReturnType<typeof authHeaders>;
beforeAll(async () => {
  sims = await start();
  h = authHeaders(sims);
});
afterAll(() => sims.close());

describe("routing and auth", () => {
  it("exposes the documented base URLs", () => {
    expect(sims.baseUrls).toEqual({
      salesfinity: `${sims.url}/salesfinity`, execvision: `${sims.url}/execvision`, analyses: `${sims.url}/analyses`,
      voiceAgent: `${sims.url}/voice-agent`, revont: `${sims.url}/revont/v1`,
    });
    expect(sims.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers 401 with a JSON error for missing or wrong credentials on every vendor", async () => {
    const analysisId = sims.control.records("analyses")[0].id;
    const voiceId = sims.control.records("voice-agent")[0].id;
    const cases: [string, Record<string, string>][] = [
      [`${sims.baseUrls.salesfinity}/v1/scored-calls`, { "x-api-key": "nope" }],
      [`${sims.baseUrls.execvision}${EV_API}/check`, { authorization: `Basic ${Buffer.from("demo-execvision-user:wrong").toString("base64")}` }],
      [`${sims.baseUrls.analyses}/v1/analyses/${analysisId}`, { authorization: "Bearer wrong" }],
      [`${sims.baseUrls.voiceAgent}/calls/${voiceId}`, {}],
      [`${sims.baseUrls.revont}/calls`, { authorization: "Basic abc" }],
    ];
    for (const [url, headers] of cases) {
      const res = await get(url, headers);
      expect(res.status, url).toBe(401);
      expect(res.body.error).toEqual(expect.any(String));
    }
    expect((await get(`${sims.baseUrls.execvision}${EV_API}/check`, h.execvision)).status).toBe(200);
  });

  it("answers 404 JSON for unknown paths and ids", async () => {
    expect((await get(`${sims.url}/nothing-here`)).status).toBe(404);
    expect((await get(`${sims.baseUrls.execvision}${EV_API}/nope`, h.execvision)).body.error).toMatch(/No route/);
    expect((await get(`${sims.baseUrls.analyses}/v1/analyses/3c90c3cc-0d44-4b50-8888-8dd25736052a`, h.analyses)).status).toBe(404);
    expect((await get(`${sims.baseUrls.voiceAgent}/calls/nope`, h.voiceAgent)).status).toBe(404);
    expect((await get(`${sims.baseUrls.revont}/calls/call_nope`, h.revont)).status).toBe(404);
  });

  it("logs every request", async () => {
    sims.control.clearRequests();
    const seen: string[] = [];
    const off = sims.control.onRequest((e) => seen.push(`${e.vendor} ${e.status}`));
    await get(`${sims.baseUrls.revont}/calls?limit=1`, h.revont);
    off();
    await get(`${sims.baseUrls.revont}/calls?limit=1`, h.revont);
    expect(seen).toEqual(["revont 200"]);
    const [first] = sims.control.requests;
    expect(first).toMatchObject({ vendor: "revont", method: "GET", path: "/revont/v1/calls", query: { limit: "1" }, status: 200 });
    expect(first.respondedAt).toBeGreaterThanOrEqual(first.arrivedAt);
  });
});

describe("recordings", () => {
  const file = "ledgerline-cold-call.ogg";
  const whole = () => readFileSync(path.join(RECORDINGS_DIR, file));

  it("serves the whole file with Accept-Ranges, ignoring any query string", async () => {
    const res = await fetch(`${sims.url}/recordings/${file}?token=abc&x=1`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(res.headers.get("content-type")).toBe("audio/ogg");
    expect(bytes.equals(whole())).toBe(true);
  });

  it("serves exact byte ranges with 206 and Content-Range", async () => {
    const all = whole();
    const size = all.length;
    for (const [range, start, end] of [["bytes=0-99", 0, 99], ["bytes=100-", 100, size - 1], ["bytes=-50", size - 50, size - 1], ["bytes=10-999999999", 10, size - 1]] as const) {
      const res = await fetch(`${sims.url}/recordings/${file}`, { headers: { range } });
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.status, range).toBe(206);
      expect(res.headers.get("content-range")).toBe(`bytes ${start}-${end}/${size}`);
      expect(bytes.equals(all.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it("answers 416 for unsatisfiable ranges and 404 for unknown files", async () => {
    const size = whole().length;
    const res = await fetch(`${sims.url}/recordings/${file}`, { headers: { range: `bytes=${size}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe(`bytes */${size}`);
    expect((await get(`${sims.url}/recordings/nope.ogg`)).status).toBe(404);
    expect((await get(`${sims.url}/recordings/..%2Fdataset.json.gz`)).status).toBe(404);
  });

  it("links recorded calls to files the server serves", async () => {
    const withAudio = sims.control.records("analyses").filter((a) => a.recording_url);
    expect(withAudio).toHaveLength(6);
    for (const a of withAudio) {
      expect(a.recording_url.startsWith(`${sims.url}/recordings/`)).toBe(true);
      expect((await fetch(a.recording_url, { method: "HEAD" })).status).toBe(200);
    }
    const voice = sims.control.records("voice-agent").filter((c) => c.recording_url);
    expect(voice).toHaveLength(2);
    for (const c of voice) expect((await fetch(c.recording_url, { headers: { range: "bytes=0-0" } })).status).toBe(206);
  });
});

describe("faults", () => {
  const url = () => `${sims.baseUrls.revont}/calls?limit=2`;

  it("injects each kind", async () => {
    sims.control.setFaults({ rate: 1, kinds: ["429"] });
    let res = await get(url(), h.revont);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    for (const kind of ["500", "503"] as const) {
      sims.control.setFaults({ rate: 1, kinds: [kind] });
      res = await get(url(), h.revont);
      expect(res.status).toBe(Number(kind));
      expect(res.body.error).toEqual(expect.any(String));
    }
    sims.control.setFaults({ rate: 1, kinds: ["reset"] });
    await expect(fetch(url(), { headers: h.revont })).rejects.toThrow();
    sims.control.setFaults({ rate: 1, kinds: ["timeout"], hangMs: 300 });
    const t0 = Date.now();
    await expect(fetch(url(), { headers: h.revont })).rejects.toThrow();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    sims.control.setFaults({ rate: 1, kinds: ["truncated"] });
    res = await get(url(), h.revont);
    sims.control.setFaults(null);
    const full = await get(url(), h.revont);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(full.text.startsWith(res.text)).toBe(true);
    expect(res.text.length).toBe(Math.floor(Buffer.byteLength(full.text) / 2));
    expect(() => JSON.parse(res.text)).toThrow();
    const logged = sims.control.requests.filter((e) => e.fault).map((e) => `${e.fault}:${e.status}`);
    expect(logged).toEqual(expect.arrayContaining(["429:429", "500:500", "503:503", "reset:0", "timeout:0", "truncated:200"]));
  });

  it("is deterministic for a seed, limited to the listed vendors, and never hits recordings", async () => {
    const run = async () => {
      sims.control.setFaults({ rate: 0.5, kinds: ["500", "503"], seed: 42, vendors: ["revont"] });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await get(url(), h.revont)).status);
      out.push((await get(`${sims.baseUrls.salesfinity}/v1/scored-calls?limit=1`, h.salesfinity)).status);
      return out;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect(a.slice(0, 12)).toContain(200);
    expect(a.slice(0, 12).some((s) => s >= 500)).toBe(true);
    expect(a[12]).toBe(200);
    sims.control.setFaults({ rate: 1, kinds: ["500"] });
    expect((await fetch(`${sims.url}/recordings/ledgerline-cold-call.ogg`)).status).toBe(200);
    sims.control.setFaults(null);
  });
});

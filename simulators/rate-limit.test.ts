import { describe, expect, it } from "vitest";
import { ExecVisionRateLimiter, execvisionLimitAt } from "./rate-limit";
import { authHeaders, EV_API, start } from "./test-helpers";

describe("ExecVision rate limit schedule", () => {
  it("is 5/s from 6 AM to 9 PM New York time and 25/s otherwise, following DST", () => {
    expect(execvisionLimitAt(Date.parse("2026-07-15T14:00:00Z"))).toBe(5); // 10:00 EDT
    expect(execvisionLimitAt(Date.parse("2026-07-16T00:59:00Z"))).toBe(5); // 20:59 EDT
    expect(execvisionLimitAt(Date.parse("2026-07-16T01:00:00Z"))).toBe(25); // 21:00 EDT
    expect(execvisionLimitAt(Date.parse("2026-07-15T09:59:00Z"))).toBe(25); // 05:59 EDT
    // 10:30 UTC is 06:30 after the March switch to EDT, but 05:30 the Friday before (EST).
    expect(execvisionLimitAt(Date.parse("2026-03-09T10:30:00Z"))).toBe(5);
    expect(execvisionLimitAt(Date.parse("2026-03-06T10:30:00Z"))).toBe(25);
    // And back in November.
    expect(execvisionLimitAt(Date.parse("2026-10-30T10:30:00Z"))).toBe(5);
    expect(execvisionLimitAt(Date.parse("2026-11-02T10:30:00Z"))).toBe(25);
  });

  it("queues excess requests so the served rate never exceeds the limit", () => {
    const limiter = new ExecVisionRateLimiter(true, 60_000);
    const t = Date.parse("2026-07-15T14:00:00Z");
    const delays = Array.from({ length: 12 }, () => limiter.admit(t).delayMs);
    expect(delays).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000]);
    expect(limiter.overLimit()).toBe(7);
  });

  it("times out requests that would wait a minute or more", () => {
    const limiter = new ExecVisionRateLimiter(true, 60_000);
    const t = Date.parse("2026-07-15T14:00:00Z");
    for (let i = 0; i < 300; i++) limiter.admit(t);
    expect(limiter.admit(t)).toEqual({ delayMs: 60_000, timedOut: true });
  });
});

describe("ExecVision rate limit over HTTP", () => {
  async function burst(clock: () => number, count: number, extra: { execvisionQueueTimeoutMs?: number } = {}) {
    const sims = await start({ execvisionRateLimit: true, now: clock, rebase: false, ...extra });
    try {
      const t0 = Date.now();
      const done: number[] = [];
      const statuses = await Promise.all(Array.from({ length: count }, async () => {
        const res = await fetch(`${sims.baseUrls.execvision}${EV_API}/check`, { headers: authHeaders(sims).execvision });
        done.push(Date.now() - t0);
        return res.status;
      }));
      return { statuses, elapsed: done.sort((a, b) => a - b), overLimit: sims.control.execvisionOverLimit() };
    } finally {
      await sims.close();
    }
  }

  it("serves 5/s by day: the sixth request waits a second", async () => {
    const day = Date.parse("2026-03-09T10:30:00Z"); // 06:30 EDT
    const r = await burst(() => day, 7);
    expect(r.statuses.every((s) => s === 200)).toBe(true);
    expect(r.elapsed[4]).toBeLessThan(700);
    expect(r.elapsed[5]).toBeGreaterThanOrEqual(950);
    expect(r.overLimit).toBe(2);
  });

  it("serves 25/s by night (the same UTC time in EST is night)", async () => {
    const night = Date.parse("2026-03-06T10:30:00Z"); // 05:30 EST
    const r = await burst(() => night, 25);
    expect(r.elapsed[24]).toBeLessThan(700);
    expect(r.overLimit).toBe(0);
  });

  it("answers 504 when a request would be queued past the queue timeout", async () => {
    const day = Date.parse("2026-07-15T14:00:00Z");
    const r = await burst(() => day, 8, { execvisionQueueTimeoutMs: 400 });
    expect(r.statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(r.statuses.filter((s) => s === 504)).toHaveLength(3);
  });

  it("execvisionOverLimit() is zero for a client that paces itself, positive for one that does not", async () => {
    const offset = Date.parse("2026-07-15T14:00:00Z") - Date.now();
    const sims = await start({ execvisionRateLimit: true, now: () => Date.now() + offset, rebase: false });
    try {
      const url = `${sims.baseUrls.execvision}${EV_API}/check`;
      const headers = authHeaders(sims).execvision;
      for (let i = 0; i < 8; i++) {
        await fetch(url, { headers });
        await new Promise((r) => setTimeout(r, 210));
      }
      expect(sims.control.execvisionOverLimit()).toBe(0);
      sims.control.clearRequests();
      await Promise.all(Array.from({ length: 8 }, () => fetch(url, { headers })));
      expect(sims.control.execvisionOverLimit()).toBe(3);
    } finally {
      await sims.close();
    }
  });
});

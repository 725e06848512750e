import { describe, expect, it } from "vitest";
import type { Clock } from "./clock";
import { easternBusinessHoursSchedule, easternHourAt, LocalRateLimiter } from "./rate-limit";

/** A clock that only moves when someone sleeps. */
function manualClock(start: number): Clock & { time: number } {
  const clock = {
    time: start,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += Math.max(0, ms);
    },
  };
  return clock;
}

/** The most grants in any sliding one-second window. */
function busiestSecond(grants: number[]): number {
  let best = 0;
  let first = 0;
  for (let last = 0; last < grants.length; last++) {
    while (grants[last] - grants[first] >= 1000) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}

async function grantTimes(start: number, count: number): Promise<number[]> {
  const clock = manualClock(start);
  const limiter = new LocalRateLimiter(easternBusinessHoursSchedule(), clock);
  const grants: number[] = [];
  for (let i = 0; i < count; i++) {
    await limiter.acquire();
    grants.push(clock.time);
  }
  return grants;
}

describe("ExecVision's rate limit", () => {
  it("knows US Eastern time across daylight saving", () => {
    // 2026-01-15 12:00 UTC is 7 AM EST; 2026-07-15 12:00 UTC is 8 AM EDT.
    expect(easternHourAt(Date.UTC(2026, 0, 15, 12))).toBe(7);
    expect(easternHourAt(Date.UTC(2026, 6, 15, 12))).toBe(8);
    // 2026-03-08 is the spring-forward day: 06:30 UTC is 1:30 EST, 07:30 UTC is 3:30 EDT.
    expect(easternHourAt(Date.UTC(2026, 2, 8, 6, 30))).toBe(1);
    expect(easternHourAt(Date.UTC(2026, 2, 8, 7, 30))).toBe(3);
  });

  it("stays under 5 requests in every second from 6AM to 9PM Eastern", async () => {
    const noonEastern = Date.UTC(2026, 6, 15, 16); // 12:00 EDT
    const grants = await grantTimes(noonEastern, 200);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(5);
    expect(busiestSecond(grants)).toBeGreaterThanOrEqual(4);
    // 200 requests at 4/s take about 50 s.
    expect(grants.at(-1)! - grants[0]).toBeGreaterThan(45_000);
  });

  it("uses up to 25 requests a second at night, and never more", async () => {
    const midnightEastern = Date.UTC(2026, 0, 15, 5); // 00:00 EST
    const grants = await grantTimes(midnightEastern, 500);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(25);
    expect(busiestSecond(grants)).toBeGreaterThanOrEqual(20);
  });

  it("switches to the daytime rate before 6AM Eastern, so the switch is never crossed too fast", async () => {
    // 05:59:30 EST on a winter day: the daytime guard applies a minute early.
    const justBeforeSix = Date.UTC(2026, 0, 15, 10, 59, 30);
    const grants = await grantTimes(justBeforeSix, 100);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(5);
    // DST: 6AM EDT is 10:00 UTC in July; at 09:59:30 UTC the daytime rate already holds.
    expect(busiestSecond(await grantTimes(Date.UTC(2026, 6, 15, 9, 59, 30), 100))).toBeLessThanOrEqual(5);
    // ...while at 09:00 UTC in January (4 AM EST) it is night.
    expect(busiestSecond(await grantTimes(Date.UTC(2026, 0, 15, 9, 0), 200))).toBeGreaterThan(5);
  });

  it("spaces requests evenly, so delays on the way out cannot bunch them into a burst", async () => {
    const grants = await grantTimes(Date.UTC(2026, 6, 15, 16), 40);
    const gaps = grants.slice(1).map((t, i) => t - grants[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
  });

  it("serves concurrent callers without going over", async () => {
    const clock = manualClock(Date.UTC(2026, 6, 15, 16));
    const limiter = new LocalRateLimiter(easternBusinessHoursSchedule(), clock);
    const grants: number[] = [];
    await Promise.all(Array.from({ length: 60 }, () => limiter.acquire().then(() => grants.push(clock.time))));
    grants.sort((a, b) => a - b);
    expect(grants).toHaveLength(60);
    expect(busiestSecond(grants)).toBeLessThanOrEqual(5);
  });
});

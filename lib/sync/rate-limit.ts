// Client-side throttling ahead of a vendor's limit. Every attempt, retries
// included, takes a slot; no sliding one-second window ever holds more
// requests than the schedule allows at that moment.
import type { Clock } from "./clock";

/** How many requests may start in any one-second window at a moment. */
export interface RateSchedule {
  limitAt(ms: number): number;
}

const easternHour = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", hourCycle: "h23" });

/** The hour of the day in US Eastern time, daylight saving included. */
export function easternHourAt(ms: number): number {
  return Number(easternHour.format(new Date(ms)));
}

/**
 * ExecVision's documented limit: 5 requests/s from 6AM to 9PM US Eastern, 25
 * otherwise. We keep a margin below both, and use the daytime rate for a
 * minute either side of each switch so clock skew cannot push us over.
 */
export function easternBusinessHoursSchedule(options: { day?: number; night?: number; margin?: number; guardMs?: number } = {}): RateSchedule {
  const { day = 5, night = 25, margin = 0.8, guardMs = 60_000 } = options;
  const dayLimit = Math.max(1, Math.floor(day * margin));
  const nightLimit = Math.max(1, Math.floor(night * margin));
  const isDay = (ms: number) => {
    const hour = easternHourAt(ms);
    return hour >= 6 && hour < 21;
  };
  return { limitAt: (ms) => (isDay(ms) || isDay(ms - guardMs) || isDay(ms + guardMs) ? dayLimit : nightLimit) };
}

export function fixedSchedule(perSecond: number): RateSchedule {
  return { limitAt: () => perSecond };
}

export interface RateLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
}

/** A sliding-window limiter for one process. */
export class LocalRateLimiter implements RateLimiter {
  private readonly grants: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly schedule: RateSchedule,
    private readonly clock: Clock,
  ) {}

  acquire(signal?: AbortSignal): Promise<void> {
    // Callers are served in order, one slot at a time.
    const turn = this.queue.then(() => this.take(signal));
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.grants.length && this.grants[0] <= now - 1000) this.grants.shift();
      const wait = waitForSlot(this.grants, now, this.schedule.limitAt(now));
      if (wait === 0) {
        this.grants.push(now);
        return;
      }
      await this.clock.sleep(wait, signal);
    }
  }
}

/**
 * How long until a request may start, given the grants of the last second
 * (oldest first). Two rules: no more than `limit` in any one-second window,
 * and grants spaced at least 1/limit of a second apart, so requests delayed
 * between their grant and the wire (a busy event loop) cannot bunch up into a
 * burst the vendor would count against us.
 */
export function waitForSlot(grants: readonly number[], now: number, limit: number): number {
  const spacing = Math.floor(1000 / limit);
  const last = grants.at(-1);
  const spacingWait = last === undefined ? 0 : last + spacing - now;
  const windowWait = grants.length < limit ? 0 : grants[grants.length - limit] + 1000 - now + 1;
  return Math.max(0, spacingWait, windowWait);
}

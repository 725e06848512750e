// ExecVision's documented rate limit: 5 requests/s from 6 AM to 9 PM New York
// time, 25/s otherwise. Excess requests are queued, not rejected; a request
// that would wait a minute or more times out instead.

const hourFormat = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", hourCycle: "h23" });

/** The allowed requests per second at that instant (DST-aware through Intl). */
export function execvisionLimitAt(ms: number): number {
  const hour = Number(hourFormat.format(new Date(ms)));
  return hour >= 6 && hour < 21 ? 5 : 25;
}

export type Admission = { delayMs: number; timedOut: false } | { delayMs: number; timedOut: true };

export class ExecVisionRateLimiter {
  /** when admitted requests are (or will be) served, on the simulator clock; ascending */
  private dispatches: number[] = [];
  private arrivals: number[] = [];

  constructor(private readonly enabled: boolean, private readonly queueTimeoutMs: number) {}

  /**
   * Books the earliest moment, no earlier than any request already queued
   * (first come, first served), at which the trailing second holds fewer
   * requests than the limit then in force.
   */
  admit(arrivalMs: number): Admission {
    this.arrivals.push(arrivalMs);
    if (!this.enabled) return { delayMs: 0, timedOut: false };
    const last = this.dispatches.length ? this.dispatches[this.dispatches.length - 1] : -Infinity;
    let at = Math.max(arrivalMs, last);
    for (;;) {
      const limit = execvisionLimitAt(at);
      let inWindow = 0;
      for (let i = this.dispatches.length - 1; i >= 0 && this.dispatches[i] > at - 1000; i--) inWindow++;
      if (inWindow < limit) break;
      at = this.dispatches[this.dispatches.length - limit] + 1000;
    }
    if (at - arrivalMs >= this.queueTimeoutMs) return { delayMs: this.queueTimeoutMs, timedOut: true };
    this.dispatches.push(at);
    if (this.dispatches.length > 4096) this.dispatches.splice(0, this.dispatches.length - 256);
    return { delayMs: at - arrivalMs, timedOut: false };
  }

  /** Requests that arrived while the trailing second already held the allowed number. */
  overLimit(): number {
    const sorted = [...this.arrivals].sort((a, b) => a - b);
    let over = 0;
    let lo = 0;
    for (let i = 0; i < sorted.length; i++) {
      while (sorted[lo] <= sorted[i] - 1000) lo++;
      if (i - lo + 1 > execvisionLimitAt(sorted[i])) over++;
    }
    return over;
  }

  clearArrivals() {
    this.arrivals = [];
  }
}

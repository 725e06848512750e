// A rate limiter whose window is in PostgreSQL, so any number of workers
// together stay under a vendor's limit. Grants are taken one at a time under
// a transaction-scoped advisory lock, and timed by the database's clock, so
// the workers' clocks cannot disagree about the window.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import type { Clock } from "./clock";
import { type RateLimiter, type RateSchedule, waitForSlot } from "./rate-limit";

export class SharedRateLimiter implements RateLimiter {
  constructor(
    private readonly sql: SqlConnection,
    private readonly key: string,
    private readonly schedule: RateSchedule,
    private readonly clock: Clock,
  ) {
    if (sql.provider !== "postgresql") throw new Error("a shared rate limit needs PostgreSQL");
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const waitMs = await this.sql.transaction(async (tx) => {
        await tx.all(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`rate:${this.key}`]);
        const [{ now }] = await tx.all<{ now: number }>(`SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint AS now`);
        const at = Number(now);
        await tx.run(`DELETE FROM rate_limit_grants WHERE key = ? AND granted_at <= ?`, [this.key, at - 1000]);
        const recent = await tx.all<{ granted_at: number }>(`SELECT granted_at FROM rate_limit_grants WHERE key = ? ORDER BY granted_at`, [this.key]);
        const wait = waitForSlot(recent.map((r) => Number(r.granted_at)), at, this.schedule.limitAt(at));
        if (wait === 0) await tx.run(`INSERT INTO rate_limit_grants (key, granted_at) VALUES (?, ?)`, [this.key, at]);
        return wait;
      });
      if (waitMs === 0) return;
      await this.clock.sleep(waitMs, signal);
    }
  }
}

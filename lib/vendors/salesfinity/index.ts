// The Salesfinity connector: scored calls over a frozen time window.
import { offsetWindowPages, recentlyChangedPages } from "@/lib/sync/paging";
import type { Connector, StreamDefinition } from "@/lib/sync/types";
import { readKey } from "../shared/zod";
import { SALESFINITY_CREDENTIALS, SALESFINITY_MAX_LIMIT, SalesfinityClient } from "./client";
import { mapScoredCall } from "./map";
import { scoredCallSchema, type SalesfinityScoredCall } from "./schemas";

export interface SalesfinityConnectorOptions {
  client: SalesfinityClient;
  initialSince: Date;
  /** Scores can be revised after a call; each run re-reads this much before its high-water mark. */
  lookbackMs?: number;
  lagMs?: number;
  limit?: number;
  now?: () => Date;
}

export function salesfinityConnector(options: SalesfinityConnectorOptions): Connector {
  const { client } = options;
  const scoredCalls: StreamDefinition<SalesfinityScoredCall> = {
    name: "scored-calls",
    schema: scoredCallSchema,
    keyOf: (raw) => readKey(raw, "_id"),
    pages: (ctx) =>
      offsetWindowPages({
        state: ctx.state,
        initialStart: options.initialSince.toISOString(),
        lookbackMs: options.lookbackMs ?? 3 * 24 * 3600_000,
        lagMs: options.lagMs ?? 60_000,
        now: options.now ?? ctx.now,
        limit: options.limit ?? SALESFINITY_MAX_LIMIT,
        // Oldest first: records created after the walk began fall outside the window.
        fetch: ({ page, limit, start, end }) => client.scoredCalls({ page, limit, startDate: start, endDate: end, sort: "createdAt" }, ctx.signal),
        idOf: (raw) => readKey(raw, "_id"),
      }),
    map: (call, ctx) => ({ calls: [mapScoredCall(call, ctx)] }),
  };
  // Calls re-scored after the window walk passed them: newest updatedAt first.
  const rescored: StreamDefinition<SalesfinityScoredCall> = {
    ...scoredCalls,
    name: "rescored-calls",
    pages: (ctx) =>
      recentlyChangedPages({
        state: ctx.state,
        initialSince: new Date((options.now ?? ctx.now)().getTime() - (options.lookbackMs ?? 3 * 24 * 3600_000)).toISOString(),
        overlapMs: 3600_000,
        now: options.now ?? ctx.now,
        limit: options.limit ?? SALESFINITY_MAX_LIMIT,
        fetch: ({ page, limit }) => client.scoredCalls({ page, limit, sort: "-updatedAt" }, ctx.signal),
        modifiedAt: (raw) => readKey(raw, "updatedAt"),
      }),
  };
  return {
    vendor: "salesfinity",
    credentialNames: SALESFINITY_CREDENTIALS,
    streams: [scoredCalls as StreamDefinition, rescored as StreamDefinition],
    checkConnection: (signal) => client.check(signal),
  };
}

export { SalesfinityClient } from "./client";

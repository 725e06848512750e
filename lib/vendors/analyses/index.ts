// The analyses connector: no list endpoint. Ids arrive by webhook; an
// analysis that is not final is fetched again until it is.
import { pendingPages } from "@/lib/sync/paging";
import type { Connector, StreamDefinition } from "@/lib/sync/types";
import { pendingDeliveries } from "../shared/by-id";
import { readKey } from "../shared/zod";
import { ANALYSES_CREDENTIALS, AnalysesClient } from "./client";
import { mapAnalysis } from "./map";
import { analysisSchema, type Analysis } from "./schemas";

export function analysesConnector(options: { client: AnalysesClient }): Connector {
  const { client } = options;
  const analyses: StreamDefinition<Analysis> = {
    name: "analyses",
    schema: analysisSchema,
    keyOf: (raw) => readKey(raw, "id"),
    pages: (ctx) =>
      pendingPages({
        concurrency: 4,
        pending: async (exclude) => {
          const due = await ctx.sql.all<{ id: string }>(
            `SELECT external_id AS id FROM analyses WHERE vendor = 'analyses' AND status IN ('queued', 'processing') AND next_fetch_at <= ? ORDER BY next_fetch_at LIMIT 200`,
            [ctx.now()],
          );
          return pendingDeliveries(ctx.sql, "analyses", exclude, due);
        },
        fetchOne: (id) => client.getAnalysis(id, ctx.signal),
      }),
    map: (analysis) => mapAnalysis(analysis),
  };
  return {
    vendor: "analyses",
    credentialNames: ANALYSES_CREDENTIALS,
    streams: [analyses as StreamDefinition],
    checkConnection: (signal) => client.check(signal),
    fetchById: { stream: "analyses", fetch: (id, signal) => client.getAnalysis(id, signal) },
  };
}

export { AnalysesClient } from "./client";

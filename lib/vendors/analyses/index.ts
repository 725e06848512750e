// The analyses connector: no list endpoint. Ids arrive by webhook; an
// analysis that is not final (any status but completed, failed, cancelled)
// is fetched again until it is.
import { FINAL_ANALYSIS_STATUSES } from "@/lib/domain/records";
import { pendingPages } from "@/lib/sync/paging";
import type { Connector, StreamDefinition } from "@/lib/sync/types";
import { pendingDeliveries } from "../shared/by-id";
import { readKey } from "../shared/zod";
import { ANALYSES_CREDENTIALS, AnalysesClient } from "./client";
import { mapAnalysis } from "./map";
import { analysisSchema, type Analysis } from "./schemas";

const PERSON_TRIGGERS = ["cli", "manual"];

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
          // A person asking for a sync wants every unfinished analysis now, whatever its backoff.
          const byPerson = PERSON_TRIGGERS.includes(ctx.trigger);
          const due = await ctx.sql.all<{ id: string }>(
            `SELECT external_id AS id FROM analyses WHERE vendor = 'analyses' AND status NOT IN (${FINAL_ANALYSIS_STATUSES.map(() => "?").join(", ")})${byPerson ? "" : " AND next_fetch_at <= ?"} ORDER BY next_fetch_at LIMIT ?`,
            // Ids this pass already fetched come back until their refetch time moves: read past them.
            [...FINAL_ANALYSIS_STATUSES, ...(byPerson ? [] : [ctx.now()]), 200 + exclude.size],
          );
          return pendingDeliveries(ctx.sql, "analyses", exclude, due);
        },
        fetchOne: (id) => client.getAnalysis(id, ctx.signal),
      }),
    map: (analysis, ctx) => mapAnalysis(analysis, ctx),
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

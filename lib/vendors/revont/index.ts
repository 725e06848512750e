// The Revont connector: the newest-first call list, then each new call's transcript.
import { newestFirstPages, pendingPages } from "@/lib/sync/paging";
import type { Connector, StreamDefinition } from "@/lib/sync/types";
import { readKey } from "../shared/zod";
import { REVONT_CREDENTIALS, REVONT_MAX_LIMIT, RevontClient } from "./client";
import { mapCall, mapCallSummary } from "./map";
import { callSchema, callSummarySchema, type RevontCall, type RevontCallSummary } from "./schemas";

export interface RevontConnectorOptions {
  client: RevontClient;
  initialSince: Date;
  lookbackMs?: number;
  limit?: number;
}

/** Calls listed but not fetched yet: they have no transcript. */
export const PENDING_REVONT_TRANSCRIPTS = `SELECT c.external_id AS id FROM calls c
  WHERE c.vendor = 'revont' AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM transcripts t WHERE t.call_id = c.id)
  ORDER BY c.started_at DESC LIMIT 200`;

export function revontConnector(options: RevontConnectorOptions): Connector {
  const { client } = options;
  const calls: StreamDefinition<RevontCallSummary> = {
    name: "calls",
    schema: callSummarySchema,
    keyOf: (raw) => readKey(raw, "id"),
    pages: (ctx) =>
      newestFirstPages({
        state: ctx.state,
        initialFrom: options.initialSince.toISOString(),
        lookbackMs: options.lookbackMs ?? 24 * 3600_000,
        limit: options.limit ?? REVONT_MAX_LIMIT,
        fetch: ({ cursor, from, limit }) => client.listCalls({ cursor, from, limit }, ctx.signal),
        createdAt: (raw) => readKey(raw, "created_at"),
      }),
    map: (call) => ({ calls: [mapCallSummary(call)] }),
  };
  const transcripts: StreamDefinition<RevontCall> = {
    name: "transcripts",
    after: ["calls"],
    schema: callSchema,
    keyOf: (raw) => readKey(raw, "id"),
    pages: (ctx) =>
      pendingPages({
        concurrency: 4,
        pending: async (exclude) => (await ctx.sql.all<{ id: string }>(PENDING_REVONT_TRANSCRIPTS)).map((r) => ({ id: r.id })).filter((r) => !exclude.has(r.id)),
        fetchOne: (id) => client.getCall(id, ctx.signal),
      }),
    map: (call) => ({ calls: [mapCall(call)] }),
    mapMissing: (ids) => ({ missingCalls: ids.map((externalId) => ({ vendor: "revont" as const, externalId })) }),
  };
  return {
    vendor: "revont",
    credentialNames: REVONT_CREDENTIALS,
    streams: [calls as StreamDefinition, transcripts as StreamDefinition],
    checkConnection: (signal) => client.check(signal),
    fetchById: { stream: "transcripts", fetch: (id, signal) => client.getCall(id, signal) },
  };
}

export { RevontClient } from "./client";

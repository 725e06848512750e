// The Revont connector. The list has no modification time and each call's
// transcript comes only with GET /calls/{id}: every pass re-reads a lookback
// window of the list, fetches in full each call that is new or whose listed
// fields changed, and hides the stored calls of that window the list no
// longer has.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { parseJsonColumn, stableJson, toBool } from "@/lib/db/values";
import { pendingPages } from "@/lib/sync/paging";
import { lookbackPages } from "@/lib/sync/paging-lookback";
import { selectIn } from "@/lib/sync/store/common";
import type { Connector, StreamDefinition } from "@/lib/sync/types";
import { readKey } from "../shared/zod";
import { REVONT_CREDENTIALS, REVONT_MAX_LIMIT, RevontClient } from "./client";
import { mapCall } from "./map";
import { callSchema, type RevontCall } from "./schemas";

export const DEFAULT_REVONT_LOOKBACK_DAYS = 7;

export interface RevontConnectorOptions {
  client: RevontClient;
  initialSince: Date;
  /** Days of calls every pass reads again for changes and deletions (REVONT_LOOKBACK_DAYS). */
  lookbackDays?: number;
  limit?: number;
  now?: () => Date;
}

/** Calls stored without their transcript (as an earlier list-then-fetch sync could leave them). */
const UNFETCHED = `SELECT c.external_id AS id FROM calls c
  WHERE c.vendor = 'revont' AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM transcripts t WHERE t.call_id = c.id)
  ORDER BY c.started_at DESC LIMIT 200`;

/**
 * The listed calls to fetch in full: not stored, stored without a transcript,
 * hidden (listed again: restored), or whose stored fields differ from the
 * list's. The call's raw holds exactly the listed fields, so the comparison
 * is of JSON values, key order aside.
 */
export async function staleCalls(sql: SqlConnection, listed: { id: string; raw: unknown }[]): Promise<Set<string>> {
  const rows = await selectIn<{ external_id: string; raw: unknown; deleted_at: unknown; transcribed: unknown }>(
    sql,
    (list) => `SELECT c.external_id, c.raw, c.deleted_at, EXISTS (SELECT 1 FROM transcripts t WHERE t.call_id = c.id) AS transcribed
      FROM calls c WHERE c.vendor = 'revont' AND c.external_id IN (${list})`,
    [],
    listed.map((l) => l.id),
  );
  const stored = new Map(rows.map((row) => [row.external_id, row]));
  const stale = new Set<string>();
  for (const { id, raw } of listed) {
    const row = stored.get(id);
    if (!row || row.deleted_at !== null || !toBool(row.transcribed) || stableJson(parseJsonColumn(row.raw)) !== stableJson(raw)) stale.add(id);
  }
  return stale;
}

export function revontConnector(options: RevontConnectorOptions): Connector {
  const { client } = options;
  const lookbackMs = (options.lookbackDays ?? DEFAULT_REVONT_LOOKBACK_DAYS) * 86_400_000;
  const calls: StreamDefinition<RevontCall> = {
    name: "calls",
    schema: callSchema,
    keyOf: (raw) => readKey(raw, "id"),
    pages: async function* (ctx) {
      yield* lookbackPages({
        state: ctx.state,
        initialFrom: options.initialSince.toISOString(),
        lookbackMs,
        now: options.now ?? ctx.now,
        limit: options.limit ?? REVONT_MAX_LIMIT,
        fetch: ({ cursor, from, to, limit }) => client.listCalls({ cursor, from, to, limit }, ctx.signal),
        idOf: (raw) => readKey(raw, "id"),
        stale: (listed) => staleCalls(ctx.sql, listed),
        fetchOne: (id) => client.getCall(id, ctx.signal),
        concurrency: 4,
      });
      yield* pendingPages({
        concurrency: 4,
        pending: async (exclude) => (await ctx.sql.all<{ id: string }>(UNFETCHED)).filter((r) => !exclude.has(r.id)),
        fetchOne: (id) => client.getCall(id, ctx.signal),
      });
    },
    map: (call, ctx) => ({ calls: [mapCall(call, ctx)] }),
    mapMissing: (ids) => ({ missingCalls: ids.map((externalId) => ({ vendor: "revont" as const, externalId })) }),
  };
  return {
    vendor: "revont",
    credentialNames: REVONT_CREDENTIALS,
    streams: [calls as StreamDefinition],
    checkConnection: (signal) => client.check(signal),
    fetchById: { stream: "calls", fetch: (id, signal) => client.getCall(id, signal) },
  };
}

export { RevontClient } from "./client";

// The voice-agent connector: calls learnt by webhook, fetched by id; calls
// still going on are fetched again until they end.
import { pendingPages } from "@/lib/sync/paging";
import type { Connector, StreamContext, StreamDefinition } from "@/lib/sync/types";
import { pendingDeliveries } from "../shared/by-id";
import { readKey } from "../shared/zod";
import { VOICE_AGENT_CREDENTIALS, VoiceAgentClient } from "./client";
import { mapVoiceCall } from "./map";
import { FINAL_VOICE_STATUSES, LIVE_VOICE_STATUSES, type VoiceCall, voiceCallSchema } from "./schemas";

/** How long a scheduled pass leaves an unfinished call before asking for it again. */
export const REFETCH_AFTER_MS = 60_000;

const list = (values: readonly string[]) => values.map(() => "?").join(", ");

/**
 * A call is unfinished while its status says so, or while it has no end time
 * and a status that is not known to be final (a status the doc does not list
 * may be either).
 */
const UNFINISHED = `(LOWER(status) IN (${list(LIVE_VOICE_STATUSES)})
  OR (ended_at IS NULL AND (status IS NULL OR LOWER(status) NOT IN (${list(FINAL_VOICE_STATUSES)}))))`;

/** Unfinished calls due for another look: all of them when a person asked for the pass. */
export async function unfinishedCalls(ctx: Pick<StreamContext, "sql" | "trigger" | "now">): Promise<{ id: string }[]> {
  const byPerson = ctx.trigger === "cli" || ctx.trigger === "manual";
  const params = [...LIVE_VOICE_STATUSES, ...FINAL_VOICE_STATUSES];
  return ctx.sql.all<{ id: string }>(
    `SELECT external_id AS id FROM calls WHERE vendor = 'voice-agent' AND deleted_at IS NULL AND ${UNFINISHED}${byPerson ? "" : " AND updated_at <= ?"} LIMIT 200`,
    byPerson ? params : [...params, new Date(ctx.now().getTime() - REFETCH_AFTER_MS)],
  );
}

export function voiceAgentConnector(options: { client: VoiceAgentClient }): Connector {
  const { client } = options;
  const calls: StreamDefinition<VoiceCall> = {
    name: "calls",
    schema: voiceCallSchema,
    keyOf: (raw) => readKey(raw, "id"),
    pages: (ctx) =>
      pendingPages({
        concurrency: 4,
        pending: async (exclude) => pendingDeliveries(ctx.sql, "voice-agent", exclude, await unfinishedCalls(ctx)),
        fetchOne: (id) => client.getCall(id, ctx.signal),
      }),
    map: (call, ctx) => ({ calls: [mapVoiceCall(call, ctx)] }),
    mapMissing: (ids) => ({ missingCalls: ids.map((externalId) => ({ vendor: "voice-agent" as const, externalId })) }),
  };
  return {
    vendor: "voice-agent",
    credentialNames: VOICE_AGENT_CREDENTIALS,
    streams: [calls as StreamDefinition],
    checkConnection: (signal) => client.check(signal),
    fetchById: { stream: "calls", fetch: (id, signal) => client.getCall(id, signal) },
  };
}

export { VoiceAgentClient } from "./client";

// The voice-agent connector: calls learnt by webhook, fetched by id; calls
// still in progress are fetched again until they end.
import { pendingPages } from "@/lib/sync/paging";
import type { Connector, StreamDefinition } from "@/lib/sync/types";
import { pendingDeliveries } from "../shared/by-id";
import { readKey } from "../shared/zod";
import { VOICE_AGENT_CREDENTIALS, VoiceAgentClient } from "./client";
import { mapVoiceCall } from "./map";
import { FINAL_VOICE_STATUSES, type VoiceCall, voiceCallSchema } from "./schemas";

const REFETCH_AFTER_MS = 60_000;

export function voiceAgentConnector(options: { client: VoiceAgentClient }): Connector {
  const { client } = options;
  const calls: StreamDefinition<VoiceCall> = {
    name: "calls",
    schema: voiceCallSchema,
    keyOf: (raw) => readKey(raw, "id"),
    pages: (ctx) =>
      pendingPages({
        concurrency: 4,
        pending: async (exclude) => {
          const unfinished = await ctx.sql.all<{ id: string }>(
            `SELECT external_id AS id FROM calls WHERE vendor = 'voice-agent' AND deleted_at IS NULL AND status NOT IN (${FINAL_VOICE_STATUSES.map(() => "?").join(", ")}) AND updated_at <= ? LIMIT 200`,
            [...FINAL_VOICE_STATUSES, new Date(ctx.now().getTime() - REFETCH_AFTER_MS)],
          );
          return pendingDeliveries(ctx.sql, "voice-agent", exclude, unfinished);
        },
        fetchOne: (id) => client.getCall(id, ctx.signal),
      }),
    map: (call) => ({ calls: [mapVoiceCall(call)] }),
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

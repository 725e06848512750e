// Revont calls (GET /calls/{id}) → the unified model.
import type { CallRecord, Json } from "@/lib/domain/records";
import type { SpeakerRole } from "@/lib/domain/transcript";
import type { MapContext } from "@/lib/sync/types";
import { elementsOf } from "../shared/tolerant";
import { splitRaw } from "./raw";
import { type RevontCall, transcriptSegmentSchema } from "./schemas";

const asJson = (value: unknown) => value as Json;

// Spellings seen for the two sides: the doc's rep/prospect, capitalised, and agent/customer.
const REP_SIDE = new Set(["rep", "agent", "seller", "host"]);
const PROSPECT_SIDE = new Set(["prospect", "customer", "buyer", "client", "lead"]);

export function speakerRole(speaker: string | null | undefined): SpeakerRole {
  const s = speaker?.trim().toLowerCase() ?? "";
  return REP_SIDE.has(s) ? "rep" : PROSPECT_SIDE.has(s) ? "prospect" : "unknown";
}

export function mapCall(call: RevontCall, ctx: Pick<MapContext, "raw" | "drop">): CallRecord {
  const { listed, transcript } = splitRaw(ctx.raw as Record<string, unknown>);
  const startedAt = new Date(call.created_at);
  const durationSec = call.duration_seconds ?? null;
  const segments = elementsOf(call.transcript, transcriptSegmentSchema, "segment", ctx.drop).map((s) => {
    const role = speakerRole(s.speaker);
    return {
      speaker: role,
      label: role === "rep" ? "Rep" : role === "prospect" ? (call.prospect_email ?? "Prospect") : (s.speaker ?? "Unknown"),
      startMs: s.start_ms,
      endMs: s.end_ms,
      text: s.text,
    };
  });
  return {
    vendor: "revont",
    externalId: call.id,
    repExternalId: call.rep_id ?? null,
    startedAt,
    endedAt: durationSec !== null ? new Date(startedAt.getTime() + durationSec * 1000) : null,
    durationSec,
    outcome: call.outcome ?? null,
    prospectEmail: call.prospect_email ?? null,
    overallScore: call.coaching_score ?? null,
    vendorCreatedAt: startedAt,
    // Exactly the listed fields: what the list is compared with to see a change.
    raw: asJson(listed),
    transcript: {
      source: "call",
      segments,
      durationMs: durationSec !== null ? Math.round(durationSec * 1000) : null,
      raw: asJson(transcript),
    },
  };
}

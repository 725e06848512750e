// Revont calls → the unified model.
import type { CallRecord, Json } from "@/lib/domain/records";
import type { SpeakerRole } from "@/lib/domain/transcript";
import type { RevontCall, RevontCallSummary } from "./schemas";

const asJson = (value: unknown) => value as Json;

function speakerRole(speaker: string): SpeakerRole {
  return speaker === "rep" || speaker === "prospect" ? speaker : "unknown";
}

/** A listed call; its transcript comes with GET /calls/{id}. */
export function mapCallSummary(call: RevontCallSummary): CallRecord {
  const startedAt = new Date(call.created_at);
  const durationSec = call.duration_seconds ?? null;
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
    // The list's fields exactly, so a listed and a fetched copy hash the same.
    raw: asJson({ id: call.id, created_at: call.created_at, duration_seconds: call.duration_seconds, rep_id: call.rep_id, prospect_email: call.prospect_email, coaching_score: call.coaching_score, outcome: call.outcome }),
  };
}

export function mapCall(call: RevontCall): CallRecord {
  return {
    ...mapCallSummary(call),
    transcript: {
      source: "call",
      segments: call.transcript.map((s) => ({
        speaker: speakerRole(s.speaker),
        label: s.speaker === "rep" ? "Rep" : s.speaker === "prospect" ? (call.prospect_email ?? "Prospect") : s.speaker,
        startMs: s.start_ms,
        endMs: s.end_ms,
        text: s.text,
      })),
      durationMs: call.duration_seconds != null ? Math.round(call.duration_seconds * 1000) : null,
      raw: asJson(call.transcript),
    },
  };
}

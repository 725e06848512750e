// Voice-agent calls → the unified model. The voice agent is the rep side.
import type { CallRecord, Json } from "@/lib/domain/records";
import type { Segment, SpeakerRole } from "@/lib/domain/transcript";
import type { MapContext } from "@/lib/sync/types";
import { elementsOf } from "../shared/tolerant";
import { blankToNull, toDate } from "../shared/zod";
import { splitRaw } from "./raw";
import { type VoiceCall, voiceSegmentSchema } from "./schemas";
import { FINAL_VOICE_STATUSES } from "./statuses";

const asJson = (value: unknown) => value as Json;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Spellings seen for the two sides: the doc's agent/caller, and the chat-style
// assistant/user and AI/Customer.
const AGENT_SIDE = new Set(["agent", "assistant", "ai", "bot"]);
const CALLER_SIDE = new Set(["caller", "user", "customer", "human"]);

export function speakerRole(speaker: string | null | undefined): SpeakerRole {
  const s = speaker?.trim().toLowerCase() ?? "";
  return AGENT_SIDE.has(s) ? "agent" : CALLER_SIDE.has(s) ? "caller" : "unknown";
}

function label(speaker: string | null | undefined, agentName: string): string {
  const role = speakerRole(speaker);
  return role === "agent" ? agentName : role === "caller" ? "Caller" : (speaker ?? "Unknown");
}

/** "Agent: ...\n\nCaller: ..." when a call has no timed segments. */
function segmentsFromText(text: string, agentName: string): Segment[] {
  return text
    .split(/\n{2,}/)
    .map((block) => /^([\w -]+?):\s*([\s\S]*)$/.exec(block.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ speaker: speakerRole(m[1]), label: label(m[1], agentName), startMs: 0, endMs: 0, text: m[2].trim() }));
}

/** A non-blank string the call's metadata holds under one of these keys. */
function metaText(metadata: Record<string, unknown> | null | undefined, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = metadata?.[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

/**
 * What came of the call: an outcome the metadata names; else, for a call
 * that never got through, its status ("no-answer", "failed"); else whether
 * the agent booked a meeting, when the metadata says.
 */
export function voiceOutcome(call: Pick<VoiceCall, "status" | "metadata">): string | null {
  const named = metaText(call.metadata, "outcome", "call_outcome", "disposition");
  if (named) return named;
  const status = call.status?.trim().toLowerCase();
  if (status && status !== "completed" && FINAL_VOICE_STATUSES.includes(status)) return status;
  const booked = call.metadata?.booked_meeting;
  return booked === true ? "meeting_booked" : booked === false && status === "completed" ? "no_meeting_booked" : null;
}

export function mapVoiceCall(call: VoiceCall, ctx: Pick<MapContext, "raw" | "drop">): CallRecord {
  const raw = ctx.raw as Record<string, unknown>;
  const startedAt = toDate(call.started_at) ?? new Date(call.created_at);
  const agentName =
    typeof call.metadata?.agent_name === "string" ? call.metadata.agent_name : call.agent_id ? `Voice agent ${call.agent_id.slice(0, 8)}` : "Voice agent";
  const timed = elementsOf(call.transcript_segments, voiceSegmentSchema, "segment", ctx.drop);
  const segments: Segment[] = timed.length
    ? timed.map((s) => ({
        speaker: speakerRole(s.speaker),
        label: label(s.speaker, agentName),
        startMs: Math.round(s.start_time * 1000),
        endMs: Math.round(s.end_time * 1000),
        text: s.text,
      }))
    : call.transcript
      ? segmentsFromText(call.transcript, agentName)
      : [];
  const contactEmail = metaText(call.metadata, "email", "contact_email");
  // The transcript row keeps the transcript keys as sent; the call's raw the rest.
  const split = segments.length ? splitRaw(raw) : null;
  return {
    vendor: "voice-agent",
    externalId: call.id,
    repExternalId: call.agent_id ?? null,
    rep: call.agent_id ? { vendor: "voice-agent", externalId: call.agent_id, displayName: agentName, partial: true, agent: true, raw: null } : null,
    // The campaign names what the call was for ("demo_confirmation"); the page shows it beside the title.
    title: metaText(call.metadata, "campaign"),
    startedAt,
    endedAt: toDate(call.ended_at),
    durationSec: call.duration ?? null,
    direction: call.direction ? call.direction.toLowerCase() : null,
    status: call.status ?? null,
    recordingUrl: blankToNull(call.recording_url),
    fromNumber: call.from_number ?? null,
    toNumber: call.to_number ?? null,
    // Who the agent spoke with, where the metadata says (the doc's example carries only a customer id).
    prospectName: metaText(call.metadata, "contact_name", "customer_name", "name"),
    prospectCompany: metaText(call.metadata, "company", "company_name"),
    prospectEmail: contactEmail && EMAIL.test(contactEmail) ? contactEmail : null,
    outcome: voiceOutcome(call),
    summary: call.call_summary ?? null,
    sentiment: call.sentiment ?? null,
    metadata: asJson(call.metadata ?? null),
    vendorCreatedAt: new Date(call.created_at),
    raw: asJson(split ? split.call : raw),
    transcript: split
      ? { source: "call", segments, durationMs: call.duration != null ? Math.round(call.duration * 1000) : null, raw: asJson(split.transcript) }
      : null,
  };
}

// Voice-agent calls → the unified model. The voice agent is the rep side.
import type { CallRecord, Json } from "@/lib/domain/records";
import type { Segment, SpeakerRole } from "@/lib/domain/transcript";
import { blankToNull, toDate } from "../shared/zod";
import type { VoiceCall } from "./schemas";

const asJson = (value: unknown) => value as Json;

function role(speaker: string): SpeakerRole {
  const s = speaker.toLowerCase();
  return s === "agent" ? "agent" : s === "caller" || s === "user" || s === "customer" ? "caller" : "unknown";
}

/** "Agent: ...\n\nCaller: ..." when a call has no timed segments. */
function segmentsFromText(text: string): Segment[] {
  return text
    .split(/\n{2,}/)
    .map((block) => /^(\w+):\s*([\s\S]*)$/.exec(block.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ speaker: role(m[1]), label: m[1], startMs: 0, endMs: 0, text: m[2].trim() }));
}

export function mapVoiceCall(call: VoiceCall): CallRecord {
  const startedAt = toDate(call.started_at) ?? new Date(call.created_at);
  const agentName = typeof call.metadata?.agent_name === "string" ? call.metadata.agent_name : `Voice agent ${call.agent_id.slice(0, 8)}`;
  const timed = call.transcript_segments ?? [];
  const segments: Segment[] = timed.length
    ? timed.map((s) => ({
        speaker: role(s.speaker),
        label: role(s.speaker) === "agent" ? agentName : s.speaker === "caller" ? "Caller" : s.speaker,
        startMs: Math.round(s.start_time * 1000),
        endMs: Math.round(s.end_time * 1000),
        text: s.text,
      }))
    : call.transcript
      ? segmentsFromText(call.transcript)
      : [];
  const { transcript: _text, transcript_segments: _segments, ...rest } = call;
  return {
    vendor: "voice-agent",
    externalId: call.id,
    repExternalId: call.agent_id,
    rep: { vendor: "voice-agent", externalId: call.agent_id, displayName: agentName, partial: true, raw: null },
    title: typeof call.metadata?.campaign === "string" ? call.metadata.campaign.replace(/_/g, " ") : null,
    startedAt,
    endedAt: toDate(call.ended_at),
    durationSec: call.duration ?? null,
    direction: call.direction ? call.direction.toLowerCase() : null,
    status: call.status,
    recordingUrl: blankToNull(call.recording_url),
    fromNumber: call.from_number ?? null,
    toNumber: call.to_number ?? null,
    summary: call.call_summary ?? null,
    sentiment: call.sentiment ?? null,
    metadata: asJson(call.metadata ?? null),
    vendorCreatedAt: new Date(call.created_at),
    raw: asJson(rest),
    transcript: segments.length
      ? { source: "call", segments, durationMs: call.duration != null ? Math.round(call.duration * 1000) : null, raw: asJson({ transcript: call.transcript ?? null, transcript_segments: call.transcript_segments ?? null }) }
      : null,
  };
}

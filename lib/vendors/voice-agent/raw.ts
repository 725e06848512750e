// A call as the voice-agent API served it, from what Coachboard stored: the
// call's raw column holds the record without the keys the transcript row
// keeps (transcript, transcript_segments, each only if it was sent), so a key
// that was absent stays absent and a null stays null.
import { parseJsonColumn } from "@/lib/db/values";

export const TRANSCRIPT_KEYS = ["transcript", "transcript_segments"] as const;

export function rebuildRaw(call: { raw: unknown }, transcript?: { raw: unknown } | null): unknown {
  const stored = parseJsonColumn<Record<string, unknown>>(call.raw);
  const kept = transcript ? parseJsonColumn<Record<string, unknown>>(transcript.raw) : null;
  return kept ? { ...stored, ...kept } : stored;
}

/** The record split into what the call row keeps and what the transcript row keeps. */
export function splitRaw(raw: Record<string, unknown>): { call: Record<string, unknown>; transcript: Record<string, unknown> } {
  const call: Record<string, unknown> = {};
  const transcript: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((TRANSCRIPT_KEYS as readonly string[]).includes(key)) transcript[key] = value;
    else call[key] = value;
  }
  return { call, transcript };
}

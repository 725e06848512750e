// A call as Revont's GET /calls/{id} served it, from what Coachboard stored:
// the call's raw column holds the record without its transcript (exactly the
// listed fields), the transcript row holds { transcript } as sent, or {} when
// the key was absent.
import { parseJsonColumn } from "@/lib/db/values";

export function rebuildRaw(call: { raw: unknown }, transcript?: { raw: unknown } | null): unknown {
  const stored = parseJsonColumn<Record<string, unknown>>(call.raw);
  const kept = transcript ? parseJsonColumn<Record<string, unknown>>(transcript.raw) : null;
  return kept ? { ...stored, ...kept } : stored;
}

/** The record split into its listed fields (the call's raw) and its transcript. */
export function splitRaw(raw: Record<string, unknown>): { listed: Record<string, unknown>; transcript: Record<string, unknown> } {
  const { transcript, ...listed } = raw;
  return { listed, transcript: "transcript" in raw ? { transcript } : {} };
}

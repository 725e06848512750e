// An ExecVision call as the API served it, from what the sync stored: the
// call's raw payload keeps everything but a transcript stored in the
// transcripts table, which gives its words back exactly (./map): from the
// words document when they were in the API's canonical form, else from the
// word list kept as sent in the transcript's raw.
import { parseJsonColumn } from "@/lib/db/values";
import type { WordTimings } from "@/lib/domain/transcript";
import { canonicalWords } from "./words";

/** The columns read: a calls row and its transcripts row, as SELECT * gives them (JSON as text or parsed). */
export interface StoredCall {
  raw: unknown;
}

export interface StoredTranscript {
  words: unknown;
  raw: unknown;
}

/**
 * The call as served. A payload stored with its `transcript` (null, empty,
 * or with no usable word) is returned as it is. A payload that came without
 * the field at all (not asked for) leaves an earlier transcript stored: the
 * call is then rebuilt with it, as the API would serve it now.
 */
export function rebuildRaw(call: StoredCall, transcript?: StoredTranscript | null): unknown {
  const raw = parseJsonColumn<unknown>(call.raw);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || "transcript" in raw || !transcript) return raw;
  const asSent = parseJsonColumn<unknown>(transcript.raw);
  if (Array.isArray(asSent)) return { ...raw, transcript: asSent };
  const words = parseJsonColumn<WordTimings>(transcript.words);
  return words ? { ...raw, transcript: canonicalWords(words) } : raw;
}

import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { parseJsonColumn, toNumber } from "@/lib/db/values";
import { type Absence, type CallFacts, callCondition, explainAbsence, provides, SOURCE_NAMES } from "@/lib/domain/capabilities";
import { segmentsSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { fetchAndStore } from "@/lib/sync/fetch-one";
import { getSyncRuntime } from "@/lib/sync/runtime";
import { type TranscriptResponse, transcriptResponseSchema } from "./dto";
import { findVisibleCall } from "./get-call";

/** How long a page waits on a vendor for a transcript the sync has not fetched yet. */
const READ_THROUGH_TIMEOUT_MS = 5_000;

/**
 * Transcripts read lately, checked and parsed, by call and content hash: the
 * call page's HTML and the browser's fetch of the whole transcript right after
 * it read the same one, and a long call's is megabytes of JSON to check.
 * A changed transcript has a new hash and time, so nothing stale is ever served.
 */
const recent = new Map<string, TranscriptResponse>();
const RECENT_MAX = 16;

async function readStored(callId: number): Promise<TranscriptResponse | null> {
  const sql = await getSql();
  const [head] = await sql.all<{ content_hash: string; updated_at: unknown }>(`SELECT content_hash, updated_at FROM transcripts WHERE call_id = ?`, [callId]);
  if (!head) return null;
  const key = `${callId}:${head.content_hash}:${String(head.updated_at)}`;
  const cached = recent.get(key);
  if (cached) {
    recent.delete(key);
    recent.set(key, cached);
    return cached;
  }
  const [row] = await sql.all<{ segments: unknown; words: unknown; duration_ms: number | null; content_hash: string; updated_at: unknown }>(
    `SELECT segments, words, duration_ms, content_hash, updated_at FROM transcripts WHERE call_id = ?`,
    [callId],
  );
  if (!row) return null;
  const words = parseJsonColumn(row.words);
  const transcript: TranscriptResponse = { status: "ready", segments: segmentsSchema.parse(parseJsonColumn(row.segments)), words: words ? wordTimingsSchema.parse(words) : null, durationMs: toNumber(row.duration_ms) };
  recent.set(`${callId}:${row.content_hash}:${String(row.updated_at)}`, transcript);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return transcript;
}

/** What a call's row says of where it stands. */
function factsOf(call: { vendor: string; status: string | null; duration_sec: number | null }): CallFacts {
  return { vendor: call.vendor as Vendor, status: call.status, durationSec: toNumber(call.duration_sec) };
}

function unavailable(absence: Absence): TranscriptResponse {
  return transcriptResponseSchema.parse({ status: "unavailable", reason: absence.text, pending: absence.pending });
}

/**
 * The transcript of a call the viewer may see, as stored; null when none is
 * stored (or the call is not the viewer's). Never asks a vendor: for a page's
 * first HTML, which must not wait on one.
 */
export async function getStoredTranscript(viewer: Viewer, callId: number): Promise<TranscriptResponse | null> {
  return (await findVisibleCall(viewer, callId)) ? readStored(callId) : null;
}

/**
 * The transcript of a call the viewer may see: from the database, or, when
 * the sync has not fetched it yet, read through the vendor's connector and
 * stored. Without one, the answer says why in words, and `pending` only when
 * one will still come: never for a source without transcripts, a call in
 * which nobody spoke or one the source could not process (no vendor is asked
 * then). A slow or absent vendor gives "not available yet", never a hang.
 */
export async function getTranscript(viewer: Viewer, callId: number): Promise<TranscriptResponse | null> {
  const call = await findVisibleCall(viewer, callId);
  if (!call) return null;
  const stored = await readStored(callId);
  if (stored) return stored;
  const facts = factsOf(call);
  const kind = callCondition(facts).kind;
  if (!provides(facts.vendor, "transcript") || kind === "no-speech" || kind === "unprocessable") return unavailable(explainAbsence(facts, "transcript"));
  const runtime = await getSyncRuntime();
  const connector = runtime.connector(facts.vendor)?.connector;
  if (!connector?.fetchById) {
    const absence = explainAbsence(facts, "transcript");
    return unavailable(absence.pending ? absence : { text: `Coachboard is not connected to ${VENDOR_LABELS[facts.vendor]}, so it cannot fetch this call's transcript.`, pending: false });
  }
  try {
    const result = await fetchAndStore(runtime.sql, connector, call.external_id, AbortSignal.timeout(READ_THROUGH_TIMEOUT_MS));
    if (result.status === "stored") {
      const fetched = await readStored(callId);
      if (fetched) return fetched;
    }
    // The fetch may have moved the call on (processed, rejected, ended): say what is true now.
    const now = await findVisibleCall(viewer, callId);
    return unavailable(explainAbsence(factsOf(now ?? call), "transcript"));
  } catch {
    return unavailable({ text: `${SOURCE_NAMES[facts.vendor]} did not answer in time. Try again in a minute.`, pending: true });
  }
}

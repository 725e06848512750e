import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { parseJsonColumn, toNumber } from "@/lib/db/values";
import { segmentsSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { fetchAndStore } from "@/lib/sync/fetch-one";
import { getSyncRuntime } from "@/lib/sync/runtime";
import { type TranscriptResponse, transcriptResponseSchema } from "./dto";
import { findVisibleCall } from "./get-call";

/** How long a page waits on a vendor for a transcript the sync has not fetched yet. */
const READ_THROUGH_TIMEOUT_MS = 5_000;

async function readStored(callId: number): Promise<TranscriptResponse | null> {
  const sql = await getSql();
  const [row] = await sql.all<{ segments: unknown; words: unknown; duration_ms: number | null }>(`SELECT segments, words, duration_ms FROM transcripts WHERE call_id = ?`, [callId]);
  if (!row) return null;
  const words = parseJsonColumn(row.words);
  return { status: "ready", segments: segmentsSchema.parse(parseJsonColumn(row.segments)), words: words ? wordTimingsSchema.parse(words) : null, durationMs: toNumber(row.duration_ms) };
}

/**
 * The transcript of a call the viewer may see: from the database, or, when
 * the sync has not fetched it yet, read through the vendor's connector and
 * stored. A slow or absent vendor gives "not available yet", never a hang.
 */
export async function getTranscript(viewer: Viewer, callId: number): Promise<TranscriptResponse | null> {
  const call = await findVisibleCall(viewer, callId);
  if (!call) return null;
  const stored = await readStored(callId);
  if (stored) return stored;
  const vendor = call.vendor as Vendor;
  const runtime = await getSyncRuntime();
  const connector = runtime.connector(vendor)?.connector;
  if (!connector?.fetchById) return transcriptResponseSchema.parse({ status: "unavailable", reason: `${VENDOR_LABELS[vendor]} has no transcript for this call` });
  try {
    const result = await fetchAndStore(runtime.sql, connector, call.external_id, AbortSignal.timeout(READ_THROUGH_TIMEOUT_MS));
    if (result.status === "stored") {
      const fetched = await readStored(callId);
      if (fetched) return fetched;
    }
    return { status: "unavailable", reason: `${VENDOR_LABELS[vendor]} has no transcript for this call yet` };
  } catch {
    return { status: "unavailable", reason: `Not available yet: ${VENDOR_LABELS[vendor]} did not answer in time. Try again in a minute.` };
  }
}

// An analysis as the API served it, from what is stored: the call's raw
// leaves out the transcript exactly when the transcript row keeps it whole.
import { parseJsonColumn } from "@/lib/db/values";
import type { Json } from "@/lib/domain/records";

/** The served record, from a calls row and its transcripts row (as read with SELECT *; either column may be JSON text). */
export function rebuildRaw(callRow: { raw?: unknown }, transcriptRow?: { raw?: unknown } | null): Json {
  const raw = parseJsonColumn<Json>(callRow.raw);
  const transcript = transcriptRow ? parseJsonColumn<Json>(transcriptRow.raw) : null;
  if (transcript === null || raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
  return { ...raw, transcript };
}

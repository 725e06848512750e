// Analyses move queued → processing → completed/failed/cancelled and only
// forward: a stale answer never takes one back. One that is not final is
// fetched again later (next_fetch_at) until it is.
import "server-only";
import { upsertRows } from "@/lib/db/sql";
import { type AnalysisRecord, type AnalysisStatus, FINAL_ANALYSIS_STATUSES } from "@/lib/domain/records";
import { type Counts, dedupeBy, emptyCounts, hashOf, json, selectIn, type StoreContext } from "./common";

const RANK: Record<string, number> = { queued: 0, processing: 1, completed: 2, failed: 2, cancelled: 2 };

/** How far along a status is; a status nobody documented counts as in progress (it may move on to a final one). */
function rank(status: string): number {
  return RANK[status] ?? 1;
}

/** Seconds until an unfinished analysis is fetched again, by how often it was fetched. */
export function refetchDelaySeconds(attempts: number): number {
  return Math.min(900, 15 * 2 ** Math.min(attempts, 6));
}

const COLUMNS = [
  "vendor", "external_id", "status", "recording_url", "transcript_url", "callback_url", "options", "metadata", "error_code",
  "error_message", "error_details", "duration_seconds", "cost_usd_cents", "vendor_created_at", "started_at", "completed_at",
  "partner_org_id", "partner_rep_id", "parent_session_id", "raw", "content_hash", "next_fetch_at", "fetch_attempts",
  "created_at", "updated_at",
] as const;

/** Returns the counts and the external ids actually written (forward moves and changes). */
export async function writeAnalyses(ctx: StoreContext, records: AnalysisRecord[]): Promise<{ counts: Counts; accepted: Set<string> }> {
  const counts = emptyCounts();
  const accepted = new Set<string>();
  const list = dedupeBy(records, (r) => `${r.vendor}\u0000${r.externalId}`);
  if (!list.length) return { counts, accepted };
  const existing = await selectIn<{ external_id: string; status: AnalysisStatus; content_hash: string; fetch_attempts: number }>(
    ctx.sql,
    (l) => `SELECT external_id, status, content_hash, fetch_attempts FROM analyses WHERE vendor = ? AND external_id IN (${l})`,
    [list[0].vendor],
    list.map((r) => r.externalId),
  );
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const rows = [];
  for (const a of list) {
    const row = known.get(a.externalId);
    const hash = hashOf(a.raw);
    const attempts = row ? Number(row.fetch_attempts) + 1 : 1;
    const final = FINAL_ANALYSIS_STATUSES.includes(a.status);
    const nextFetchAt = final ? null : new Date(ctx.now.getTime() + refetchDelaySeconds(attempts - 1) * 1000);
    if (row && (rank(a.status) < rank(row.status) || (rank(row.status) === 2 && row.status !== a.status))) {
      counts.unchanged++;
      continue;
    }
    if (row && row.content_hash === hash) {
      counts.unchanged++;
      // Still not final: only the next fetch time moves.
      if (!final) await ctx.sql.run(`UPDATE analyses SET next_fetch_at = ?, fetch_attempts = ? WHERE vendor = ? AND external_id = ?`, [nextFetchAt, attempts, a.vendor, a.externalId]);
      continue;
    }
    if (row) counts.updated++;
    else counts.created++;
    accepted.add(a.externalId);
    rows.push([
      a.vendor, a.externalId, a.status, a.recordingUrl ?? null, a.transcriptUrl ?? null, a.callbackUrl ?? null, json(a.options),
      json(a.metadata), a.errorCode ?? null, a.errorMessage ?? null, json(a.errorDetails), a.durationSeconds ?? null,
      a.costUsdCents ?? null, a.vendorCreatedAt ?? null, a.startedAt ?? null, a.completedAt ?? null, a.partnerOrgId ?? null,
      a.partnerRepId ?? null, a.parentSessionId ?? null, json(a.raw), hash, nextFetchAt, attempts, ctx.now, ctx.now,
    ]);
  }
  await upsertRows(ctx.sql, { table: "analyses", columns: COLUMNS, conflict: ["vendor", "external_id"], update: COLUMNS.filter((c) => !["vendor", "external_id", "created_at"].includes(c)) }, rows);
  return { counts, accepted };
}

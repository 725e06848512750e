// One incremental pass over several vendors, side by side: each has its own
// lock, rate limit and cursor, so they never wait on one another.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { VENDOR_LABELS } from "@/lib/domain/vendors";
import type { ConfiguredConnector } from "@/lib/vendors";
import { describeHolder, type SyncOptions, syncVendor, type VendorResult } from "./engine";

export async function syncAll(sql: SqlConnection, connectors: ConfiguredConnector[], options: SyncOptions): Promise<VendorResult[]> {
  return Promise.all(
    connectors.map(async ({ connector, requests }) => {
      try {
        return await syncVendor(sql, connector, { ...options, requestCount: requests });
      } catch (error) {
        return { vendor: connector.vendor, ran: true, streams: [], error: (error as Error).message } satisfies VendorResult;
      }
    }),
  );
}

/** The end-of-run table: records new/updated/deleted/dead-lettered and elements dropped per stream. */
export function formatSummary(results: VendorResult[]): string {
  const rows = [["vendor", "stream", "new", "updated", "unchanged", "deleted", "dead-lettered", "dropped", "requests", "result"]];
  for (const result of results) {
    if (!result.ran) {
      rows.push([VENDOR_LABELS[result.vendor], "-", "", "", "", "", "", "", "", `not synced: the ${describeHolder(result.vendor, result.heldBy ?? null)} did not finish in time`]);
      continue;
    }
    for (const s of result.streams) {
      const t = s.totals;
      rows.push([VENDOR_LABELS[result.vendor], s.stream, String(t.created), String(t.updated), String(t.unchanged), String(t.deleted), String(t.deadLettered), String(t.dropped), String(t.requests), s.error ? `failed: ${s.error}` : "ok"]);
    }
    if (!result.streams.length && result.error) rows.push([VENDOR_LABELS[result.vendor], "-", "", "", "", "", "", "", "", `failed: ${result.error}`]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (i === rows[0].length - 1 ? 0 : r[i].length))));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join("  ")).join("\n");
}

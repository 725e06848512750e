// Admin: the call analyses that did not finish (failed or cancelled), with
// the vendor's error and what each cost, and how many elements each vendor's
// records lost to the tolerant readers lately. Admins only.
import "server-only";
import { canManageSync, type Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { parseJsonColumn, toDate, toNumber } from "@/lib/db/values";
import { VENDOR_LABELS, VENDORS, type Vendor } from "@/lib/domain/vendors";
import { forbidden } from "@/lib/http/errors";

/** How many unfinished analyses the page lists, newest first. */
export const UNFINISHED_SHOWN = 50;
/** The window of the dropped-elements counts. */
export const DROPPED_DAYS = 30;

export interface UnfinishedAnalysis {
  id: string;
  status: string;
  /** The call it was for, when Coachboard has one. */
  callId: number | null;
  title: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  durationSeconds: number | null;
  costUsdCents: number | null;
  createdAt: string | null;
}

export interface AnalysesReport {
  unfinished: UnfinishedAnalysis[];
  /** Per status of those that did not finish: how many, and what they cost together. */
  totals: { status: string; count: number; costUsdCents: number }[];
  /** Elements dropped by the tolerant readers in the last DROPPED_DAYS days, per vendor (every vendor listed). */
  dropped: { vendor: Vendor; label: string; count: number; runs: number }[];
}

export async function getAnalysesReport(viewer: Viewer, now = new Date()): Promise<AnalysesReport> {
  if (!canManageSync(viewer)) throw forbidden();
  const sql = await getSql();
  const since = new Date(now.getTime() - DROPPED_DAYS * 86_400_000);
  const [rows, totals, dropped] = await Promise.all([
    sql.all<{ external_id: string; status: string; error_code: string | null; error_message: string | null; duration_seconds: unknown; cost_usd_cents: unknown; vendor_created_at: unknown; created_at: unknown; call_id: unknown; title: string | null; metadata: unknown }>(
      `SELECT a.external_id, a.status, a.error_code, a.error_message, a.duration_seconds, a.cost_usd_cents, a.vendor_created_at, a.created_at, c.id AS call_id, c.title, a.metadata
       FROM analyses a LEFT JOIN calls c ON c.vendor = a.vendor AND c.external_id = a.external_id
       WHERE a.status IN ('failed', 'cancelled') ORDER BY COALESCE(a.vendor_created_at, a.created_at) DESC, a.id DESC LIMIT ${UNFINISHED_SHOWN}`,
    ),
    sql.all<{ status: string; n: number; cost: unknown }>(`SELECT status, COUNT(*) AS n, SUM(cost_usd_cents) AS cost FROM analyses WHERE status IN ('failed', 'cancelled') GROUP BY status ORDER BY status`),
    sql.all<{ vendor: string; n: unknown; runs: number }>(`SELECT vendor, SUM(dropped) AS n, COUNT(*) AS runs FROM sync_runs WHERE started_at >= ? GROUP BY vendor`, [since]),
  ]);
  const droppedBy = new Map(dropped.map((d) => [d.vendor, d]));
  return {
    unfinished: rows.map((r) => {
      const metadata = parseJsonColumn<Record<string, unknown>>(r.metadata);
      const title = r.title ?? (typeof metadata?.title === "string" ? metadata.title : null);
      return {
        id: r.external_id,
        status: r.status,
        callId: toNumber(r.call_id),
        title,
        errorCode: r.error_code,
        errorMessage: r.error_message,
        durationSeconds: toNumber(r.duration_seconds),
        costUsdCents: toNumber(r.cost_usd_cents),
        createdAt: (toDate(r.vendor_created_at) ?? toDate(r.created_at))?.toISOString() ?? null,
      };
    }),
    totals: totals.map((t) => ({ status: t.status, count: Number(t.n), costUsdCents: toNumber(t.cost) ?? 0 })),
    dropped: VENDORS.map((vendor) => ({ vendor, label: VENDOR_LABELS[vendor], count: toNumber(droppedBy.get(vendor)?.n) ?? 0, runs: Number(droppedBy.get(vendor)?.runs ?? 0) })),
  };
}

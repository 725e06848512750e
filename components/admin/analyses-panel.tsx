// Admin: call analyses that did not finish, with the vendor's error and cost,
// and the elements each vendor's records lost to the tolerant readers. Shown
// as rendered on the server: nothing here changes while the page is open.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/responsive-table";
import { EventTime } from "@/components/ui/time-zone";
import { type AnalysesReport, DROPPED_DAYS } from "@/lib/data/analyses-admin";
import { formatCount } from "@/lib/plural";

/** Cents as dollars: "$0.42"; "no cost" when the vendor gave none. */
export function formatCost(cents: number | null): string {
  if (cents === null) return "no cost given";
  return `$${(cents / 100).toFixed(cents < 100 && cents % 1 !== 0 ? 3 : 2)}`;
}

const STATUS_LABEL: Record<string, string> = { failed: "Failed", cancelled: "Cancelled" };

export function AnalysesPanel({ report }: { report: AnalysesReport }) {
  const { unfinished, totals, dropped } = report;
  return (
    <Card title="Analyses that did not finish, and dropped elements">
      <div className="space-y-5">
        <section aria-labelledby="unfinished-heading" className="space-y-3">
          <h3 id="unfinished-heading" className="text-sm font-semibold text-slate-800">
            Call analyses that failed or were cancelled
          </h3>
          {totals.length === 0 ? (
            <p className="text-sm text-slate-600">Every call analysis so far finished.</p>
          ) : (
            <p className="text-sm text-slate-700">
              {totals.map((t, i) => (
                <span key={t.status}>
                  {i > 0 && "; "}
                  {STATUS_LABEL[t.status] ?? t.status}: {formatCount(t.count, "analysis", "analyses")}, {formatCost(t.costUsdCents)} charged
                </span>
              ))}
              {totals.reduce((n, t) => n + t.count, 0) > unfinished.length && `. The latest ${unfinished.length} are listed.`}
            </p>
          )}
          {unfinished.length > 0 && (
            <ScrollRegion label="Analyses that did not finish">
              <table className="w-full min-w-[44rem] text-left text-sm">
                <thead className="bg-slate-50 text-xs text-slate-600">
                  <tr>
                    {["Analysis", "Status", "Why", "Length", "Cost", "Submitted"].map((h) => (
                      <th key={h} scope="col" className="px-3 py-2 font-medium">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {unfinished.map((a) => (
                    <tr key={a.id} className="align-top">
                      <th scope="row" className="px-3 py-2 font-normal">
                        {a.callId ? (
                          <Link href={`/calls/${a.callId}`} className="font-medium text-brand-700 hover:underline">
                            {a.title ?? "The call"}
                          </Link>
                        ) : (
                          <span className="font-medium text-slate-900">{a.title ?? "No call made"}</span>
                        )}
                        <span className="block break-all text-xs text-slate-600">{a.id}</span>
                      </th>
                      <td className="px-3 py-2">{STATUS_LABEL[a.status] ?? a.status}</td>
                      <td className="px-3 py-2">
                        {a.errorMessage ?? (a.status === "cancelled" ? "Cancelled before it finished" : "The vendor gave no reason")}
                        {a.errorCode && <span className="block font-mono text-xs text-slate-600">{a.errorCode}</span>}
                      </td>
                      <td className="px-3 py-2 tabular-nums">{a.durationSeconds === null ? "—" : `${Math.round(a.durationSeconds)} s`}</td>
                      <td className="px-3 py-2 tabular-nums">{formatCost(a.costUsdCents)}</td>
                      <td className="px-3 py-2">{a.createdAt ? <EventTime iso={a.createdAt} /> : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </section>
        <section aria-labelledby="dropped-heading" className="space-y-2 border-t border-slate-100 pt-4">
          <h3 id="dropped-heading" className="text-sm font-semibold text-slate-800">
            Elements dropped in the last {DROPPED_DAYS} days
          </h3>
          <p className="text-sm text-slate-600">A word, an answer or a segment a vendor sent that could not be read is left out; the rest of its record is kept, with the whole body as received.</p>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            {dropped.map((d) => (
              <div key={d.vendor} className="rounded-md bg-slate-50 px-3 py-2">
                <dt className="text-xs text-slate-600">{d.label}</dt>
                <dd className="text-lg font-semibold tabular-nums text-slate-900">
                  {d.count.toLocaleString("en-US")}
                  <span className="block text-xs font-normal text-slate-600">{d.runs ? `in ${formatCount(d.runs, "sync run")}` : "no sync run"}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Card>
  );
}

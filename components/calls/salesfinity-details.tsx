// Salesfinity's reasons behind a facet score, shown under the facet in the
// skill scores: the checks it passed or failed, its metrics, and what to
// improve; and the objections it detected on the call, each a button to its
// moment when the vendor gives one. Rendered on the server.
import type { FacetDetails, FacetMetric, ObjectionView } from "@/lib/data/dto-call-extras";
import { formatClock, formatDuration, formatNumber, humanize } from "./format";
import { SectionCard } from "./section-card";
import { SeekButton } from "./seek-button";

/** A vendor token ("meeting", "current_tools") reads as words; free text stays as sent. */
function word(value: string): string {
  return /^[a-z0-9_]+$/.test(value) ? humanize(value) : value;
}

/** A metric's value by what its name says it measures: seconds, a 0-1 ratio, a percentage, else the number. */
export function metricText(metric: FacetMetric): string {
  const { key, value } = metric;
  if (Array.isArray(value)) return value.map(word).join(", ");
  if (typeof value === "string") return word(value);
  if (/_sec$/.test(key)) return formatDuration(value) ?? formatNumber(value, 1);
  if (/_ratio$/.test(key) && value >= 0 && value <= 1) return `${Math.round(value * 100)}%`;
  if (/_pct$/.test(key)) return `${formatNumber(value, 1)}%`;
  return formatNumber(value, 2);
}

/** "opener_length_sec" → "Opener length", "estimated_wpm" → "Estimated wpm". */
function metricLabel(key: string): string {
  return humanize(key.replace(/_(sec|pct)$/, ""));
}

export function FacetDetailsBlock({ details }: { details: FacetDetails }) {
  return (
    <div className="mt-2 space-y-2 text-sm">
      {details.checks.length > 0 && (
        <ul aria-label="Checks" className="space-y-1">
          {details.checks.map((c, i) => (
            <li key={i} className="flex items-start gap-2">
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${c.passed ? "bg-emerald-100 text-emerald-700" : "bg-rose-100 text-rose-700"}`}
              >
                {c.passed ? "✓" : "✕"}
              </span>
              <span className="min-w-0 break-words text-slate-700">
                <span className="sr-only">{c.passed ? "Passed: " : "Failed: "}</span>
                {c.text}
              </span>
            </li>
          ))}
        </ul>
      )}
      {details.metrics.length > 0 && (
        <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-0.5 rounded-md bg-slate-50 px-3 py-2 text-xs sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
          {details.metrics.map((m) => (
            <div key={m.key} className="contents">
              <dt className="text-slate-500">{metricLabel(m.key)}</dt>
              <dd className="min-w-0 break-words text-right font-medium tabular-nums text-slate-800 sm:text-left">{metricText(m)}</dd>
            </div>
          ))}
        </dl>
      )}
      {details.recommendation && (
        <p className="break-words text-slate-600">
          <span className="mr-1.5 font-medium text-amber-800">Improve:</span>
          {details.recommendation}
        </p>
      )}
    </div>
  );
}

export function ObjectionsCard({ objections }: { objections: ObjectionView[] }) {
  if (objections.length === 0) return null;
  return (
    <SectionCard title="Objections detected" aside={<span className="text-xs text-slate-500">{objections.length}</span>}>
      <ul className="flex flex-wrap gap-2">
        {objections.map((o, i) => {
          const label = word(o.text);
          return (
            <li key={i} className="max-w-full">
              {o.startSec === null ? (
                <span className="inline-block max-w-full break-words rounded-md bg-amber-50 px-2.5 py-1 text-sm text-amber-900 ring-1 ring-inset ring-amber-600/20">{label}</span>
              ) : (
                <SeekButton
                  seconds={o.startSec}
                  aria-label={`Play objection at ${formatClock(o.startSec)}: ${label}`}
                  className="inline-flex max-w-full items-baseline gap-2 rounded-md bg-amber-50 px-2.5 py-1 text-left text-sm text-amber-900 ring-1 ring-inset ring-amber-600/20 hover:bg-amber-100"
                >
                  <span className="shrink-0 text-xs font-medium tabular-nums text-brand-700">{formatClock(o.startSec)}</span>
                  <span className="min-w-0 break-words">{label}</span>
                </SeekButton>
              )}
            </li>
          );
        })}
      </ul>
    </SectionCard>
  );
}

"use client";

// The rep's KPIs as their coaches observed them: one small chart per KPI, its
// target drawn as a dashed line, and the latest value against the target in
// words. Nothing at all when the rep has no observation in the period.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { RepKpi } from "@/lib/data/dto-rep-activity";
import { MONTHS, formatDate } from "@/lib/format";
import { zonedParts, type ZoneRules } from "@/lib/time-zone";
import { ChartLegend } from "@/components/charts/chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "@/components/charts/chart-container";
import { Card } from "@/components/ui/card";
import { useTimeZone } from "@/components/ui/time-zone";

const TARGET_DASH = "6 4";
/** Past this many observations the text alternative summarises them instead of reading each out. */
const LISTED_IN_NAME = 8;

/** "8.5", "1,200": at most two decimals, no trailing zeros. */
export function formatValue(value: number): string {
  return Number(value.toFixed(2)).toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** "weekly" as the card says it: "Weekly"; an unknown frequency is not guessed at. */
function frequencyLabel(frequency: string | null): string | null {
  return frequency ? frequency[0].toUpperCase() + frequency.slice(1) : null;
}

function shortDay(iso: string, zone: ZoneRules): string {
  const parts = zonedParts(Date.parse(iso), zone);
  return parts ? `${MONTHS[parts.month]} ${parts.day}` : "–";
}

/** The latest value against the target, in words: neither side of a target is called good, since a KPI may be a ceiling. */
export function describeLatest(kpi: Pick<RepKpi, "observations" | "target">, zone: ZoneRules): string {
  const latest = kpi.observations[kpi.observations.length - 1];
  const said = `Latest ${formatValue(latest.value)} on ${formatDate(latest.at, zone)}`;
  if (kpi.target === null) return `${said}. No target set.`;
  const diff = latest.value - kpi.target;
  if (Math.abs(diff) < 0.005) return `${said}, on the target of ${formatValue(kpi.target)}.`;
  return `${said}, ${formatValue(Math.abs(diff))} ${diff > 0 ? "above" : "below"} the target of ${formatValue(kpi.target)}.`;
}

/** Who observed, named once each, in order of first observation. */
export function describeObservers(kpi: Pick<RepKpi, "observations">): string | null {
  const named = [...new Set(kpi.observations.map((o) => o.observer).filter((name): name is string => name !== null))];
  const unnamed = kpi.observations.some((o) => o.observer === null);
  const who = unnamed && named.length ? [...named, "someone else"] : named;
  if (!who.length) return null;
  return `Observed by ${who.length === 1 ? who[0] : `${who.slice(0, -1).join(", ")} and ${who[who.length - 1]}`}.`;
}

/** The chart's accessible name: what it draws, short, since the values follow it as text. */
export function kpiChartLabel(kpi: RepKpi): string {
  const name = kpi.description ?? "Unnamed KPI";
  const count = kpi.observations.length === 1 ? "1 observation" : `${kpi.observations.length} observations`;
  return `${name}: ${count}${kpi.target === null ? "" : ` against the target of ${formatValue(kpi.target)}`}`;
}

/** The chart's text alternative, in the server's HTML: every value when there are few, else the first, last, lowest and highest. */
export function kpiChartText(kpi: RepKpi, zone: ZoneRules): string {
  const values = kpi.observations.map((o) => o.value);
  const first = kpi.observations[0];
  const last = kpi.observations[values.length - 1];
  const observations =
    values.length <= LISTED_IN_NAME
      ? kpi.observations.map((o) => `${formatValue(o.value)} on ${shortDay(o.at, zone)}`).join(", ")
      : `${values.length} values from ${formatValue(first.value)} on ${shortDay(first.at, zone)} to ${formatValue(last.value)} on ${shortDay(last.at, zone)}, lowest ${formatValue(Math.min(...values))}, highest ${formatValue(Math.max(...values))}`;
  return `Observed${kpi.frequency ? ` ${kpi.frequency}` : ""}: ${observations}. ${kpi.target === null ? "No target." : `Target ${formatValue(kpi.target)}.`}`;
}

/** A daily KPI reads as a line through its many points; coarser ones (and a lone value) as one bar per observation. */
export function kpiChartKind(kpi: Pick<RepKpi, "frequency" | "observations">): "line" | "bar" {
  return kpi.frequency === "daily" && kpi.observations.length > 1 ? "line" : "bar";
}

function KpiChart({ kpi, zone }: { kpi: RepKpi; zone: ZoneRules }) {
  const data = kpi.observations.map((o) => ({ ...o, day: shortDay(o.at, zone) }));
  const asLine = kpiChartKind(kpi) === "line";
  const axes = (
    <>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="day" tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={12} />
      <YAxis tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} width={44} domain={[(min: number) => Math.min(0, min), "auto"]} />
      {kpi.target !== null && <ReferenceLine y={kpi.target} stroke={CHART_COLORS.team} strokeWidth={2} strokeDasharray={TARGET_DASH} ifOverflow="extendDomain" />}
      <Tooltip
        cursor={asLine ? { stroke: CHART_COLORS.team } : { fill: CHART_COLORS.cursor }}
        content={({ active, payload }) => {
          if (!active || !payload?.length) return null;
          const p = payload[0].payload as (typeof data)[number];
          return (
            <ChartTooltipBox
              title={formatDate(p.at, zone)}
              lines={[
                { label: "Value", value: formatValue(p.value), color: CHART_COLORS.rep },
                ...(kpi.target === null ? [] : [{ label: "Target", value: formatValue(kpi.target), color: CHART_COLORS.team }]),
                { label: "Observer", value: p.observer ?? "Unknown" },
              ]}
            />
          );
        }}
      />
    </>
  );
  const margin = { top: 8, right: 8, bottom: 0, left: -12 };
  return (
    <ChartContainer
      height={150}
      label={kpiChartLabel(kpi)}
      legend={
        kpi.target !== null && (
          <ChartLegend
            entries={[
              asLine ? { label: "Observed", color: CHART_COLORS.rep, line: { symbol: "circle" } } : { label: "Observed", color: CHART_COLORS.rep, bar: "solid" },
              { label: `Target ${formatValue(kpi.target)}`, color: CHART_COLORS.team, line: { dash: TARGET_DASH } },
            ]}
          />
        )
      }
    >
      {asLine ? (
        <LineChart data={data} margin={margin}>
          {axes}
          <Line name="Observed" dataKey="value" stroke={CHART_COLORS.rep} strokeWidth={2} dot={{ r: 2.5, fill: CHART_COLORS.rep }} isAnimationActive={false} />
        </LineChart>
      ) : (
        <BarChart data={data} margin={margin} maxBarSize={32}>
          {axes}
          <Bar name="Observed" dataKey="value" fill={CHART_COLORS.rep} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartContainer>
  );
}

function KpiCard({ kpi }: { kpi: RepKpi }) {
  const zone = useTimeZone();
  const frequency = frequencyLabel(kpi.frequency);
  const observers = describeObservers(kpi);
  return (
    <li className="min-w-0 rounded-md border border-slate-200 p-3">
      <h3 className="text-sm font-medium text-slate-900">{kpi.description ?? "Unnamed KPI"}</h3>
      <p className="text-xs text-slate-600">{[frequency, `${kpi.observations.length === 1 ? "1 observation" : `${kpi.observations.length} observations`}`].filter(Boolean).join(" · ")}</p>
      <div className="mt-2">
        <KpiChart kpi={kpi} zone={zone} />
        <p className="sr-only">{kpiChartText(kpi, zone)}</p>
      </div>
      <p className="mt-2 text-sm text-slate-700">{describeLatest(kpi, zone)}</p>
      {observers && <p className="mt-0.5 text-xs text-slate-600">{observers}</p>}
    </li>
  );
}

export function KpiCards({ kpis }: { kpis: RepKpi[] }) {
  if (!kpis.length) return null;
  return (
    <Card title="KPIs against their targets">
      <ul className="grid gap-3 sm:grid-cols-2">
        {kpis.map((kpi) => (
          <KpiCard key={kpi.key} kpi={kpi} />
        ))}
      </ul>
    </Card>
  );
}

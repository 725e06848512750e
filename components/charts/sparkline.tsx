"use client";

import { Line, LineChart, YAxis } from "recharts";
import { sparklinePoints } from "@/lib/charts/shape";
import { CHART_COLORS } from "./chart-container";

/** A week-by-week trend in a table cell: small, fixed size, no axes. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const points = sparklinePoints(values);
  if (points.filter((p) => p.value !== null).length < 2) return <span className="text-xs text-slate-400">–</span>;
  return (
    <span role="img" aria-label={label} className="inline-block">
      <LineChart width={96} height={28} data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
        <YAxis hide domain={[0, 100]} />
        <Line type="monotone" dataKey="value" stroke={CHART_COLORS.rep} strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
      </LineChart>
    </span>
  );
}

"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { weekLabel } from "@/lib/charts/shape";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";

export function ScoreTrend({ points, repName }: { points: { weekStart: string; rep: number | null; team: number | null; calls: number }[]; repName: string }) {
  const data = points.map((p) => ({ ...p, week: weekLabel(p.weekStart) }));
  const known = points.filter((p) => p.rep !== null);
  const label = known.length ? `Weekly average score of ${repName}, from ${Math.round(known[0].rep!)} to ${Math.round(known[known.length - 1].rep!)}` : `No scored calls for ${repName} in this period`;
  return (
    <ChartContainer height={240} label={label}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" tick={{ fill: CHART_COLORS.text, fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={16} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.text, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line name="Team average" dataKey="team" stroke={CHART_COLORS.team} strokeDasharray="4 3" dot={false} connectNulls isAnimationActive={false} />
        <Line name={repName} dataKey="rep" stroke={CHART_COLORS.rep} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        <Tooltip
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const p = payload[0].payload as (typeof data)[number];
            return (
              <ChartTooltipBox
                title={`Week of ${p.week} · ${p.calls} call${p.calls === 1 ? "" : "s"}`}
                lines={[
                  { label: repName, value: p.rep === null ? "–" : String(Math.round(p.rep)), color: CHART_COLORS.rep },
                  { label: "Team average", value: p.team === null ? "–" : String(Math.round(p.team)), color: CHART_COLORS.team },
                ]}
              />
            );
          }}
        />
      </LineChart>
    </ChartContainer>
  );
}

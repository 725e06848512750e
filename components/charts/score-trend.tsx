"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { weekLabel } from "@/lib/charts/shape";
import { formatCount } from "@/lib/plural";
import { ChartLegend } from "./chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";

const TEAM_DASH = "6 4";

export function ScoreTrend({ points, repName }: { points: { weekStart: string; rep: number | null; team: number | null; calls: number }[]; repName: string }) {
  const data = points.map((p) => ({ ...p, week: weekLabel(p.weekStart) }));
  const known = points.filter((p) => p.rep !== null);
  const label = known.length ? `Weekly average score of ${repName}, from ${Math.round(known[0].rep!)} to ${Math.round(known[known.length - 1].rep!)}` : `No scored calls for ${repName} in this period`;
  return (
    <ChartContainer
      height={240}
      label={label}
      legend={
        <ChartLegend
          entries={[
            { label: repName, color: CHART_COLORS.rep, line: { symbol: "circle" } },
            { label: "Team average", color: CHART_COLORS.team, line: { dash: TEAM_DASH } },
          ]}
        />
      }
    >
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={16} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Line name="Team average" dataKey="team" stroke={CHART_COLORS.team} strokeWidth={2} strokeDasharray={TEAM_DASH} dot={false} connectNulls isAnimationActive={false} />
        <Line name={repName} dataKey="rep" stroke={CHART_COLORS.rep} strokeWidth={2} dot={{ r: 2.5, fill: CHART_COLORS.rep }} connectNulls isAnimationActive={false} />
        <Tooltip
          cursor={{ stroke: CHART_COLORS.team }}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const p = payload[0].payload as (typeof data)[number];
            return (
              <ChartTooltipBox
                title={`Week of ${p.week} · ${formatCount(p.calls, "call")}`}
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

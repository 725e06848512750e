"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { CATEGORY_COLORS, CATEGORY_DASHES, CATEGORY_SYMBOLS } from "@/lib/charts/palette";
import { weekLabel } from "@/lib/charts/shape";
import { ChartLegend } from "@/components/charts/chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "@/components/charts/chart-container";
import type { TopicsReport } from "@/lib/data/dto-topics";
import { chartedTopics, trendDescription } from "./trend";

/** Each topic's line has its own colour, dash and dot shape, so the lines stay apart without colour. */
function seriesStyle(i: number) {
  const k = i % CATEGORY_COLORS.length;
  return { color: CATEGORY_COLORS[k], dash: CATEGORY_DASHES[k], symbol: CATEGORY_SYMBOLS[k] };
}

/** Mentions per week of the most mentioned topics, one line each. */
export function TopicTrendChart({ report }: { report: TopicsReport }) {
  const shown = chartedTopics(report);
  const data = report.weeks.map((week, w) => ({ week: weekLabel(week), ...Object.fromEntries(shown.map((t) => [t.externalId, t.weekly[w]])) }));
  return (
    <ChartContainer
      height={260}
      label={trendDescription(report)}
      legend={<ChartLegend entries={shown.map((t, i) => ({ label: t.name, color: seriesStyle(i).color, line: { dash: seriesStyle(i).dash, symbol: seriesStyle(i).symbol } }))} />}
    >
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="week" tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} minTickGap={16} />
        <YAxis allowDecimals={false} tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Tooltip
          cursor={{ stroke: CHART_COLORS.team }}
          content={({ active, payload, label }) => {
            if (!active || !payload?.length) return null;
            return <ChartTooltipBox title={`Week of ${label}`} lines={payload.map((p) => ({ label: String(p.name), value: String(p.value ?? 0), color: p.color }))} />;
          }}
        />
        {shown.map((t, i) => {
          const style = seriesStyle(i);
          return (
            <Line
              key={t.externalId}
              name={t.name}
              dataKey={t.externalId}
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ symbol: style.symbol, r: 3.5, fill: style.color, strokeDasharray: "none" }}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ChartContainer>
  );
}

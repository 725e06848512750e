"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { CATEGORY_COLORS, CATEGORY_DASHES, CATEGORY_SYMBOLS } from "@/lib/charts/palette";
import { meetingSeries } from "@/lib/charts/shape";
import { ChartLegend } from "./chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";

/** Each skill's line gets its own colour, dash and dot shape, so the lines stay apart without colour. */
function seriesStyle(i: number) {
  const k = i % CATEGORY_COLORS.length;
  return { color: CATEGORY_COLORS[k], dash: CATEGORY_DASHES[k], symbol: CATEGORY_SYMBOLS[k] };
}

/** Skill scores given in each coaching meeting, over time. */
export function MeetingScores({ meetings, skills }: { meetings: { at: string | null; scores: { skill: string; score: number }[] }[]; skills: string[] }) {
  const { data, shown, description } = meetingSeries(meetings, skills);
  return (
    <ChartContainer height={200} label={description} legend={<ChartLegend entries={shown.map((skill, i) => ({ label: skill, color: seriesStyle(i).color, line: { dash: seriesStyle(i).dash, symbol: seriesStyle(i).symbol } }))} />}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="at" tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Tooltip
          cursor={{ stroke: CHART_COLORS.team }}
          content={({ active, payload, label: at }) => {
            if (!active || !payload?.length) return null;
            return (
              <ChartTooltipBox
                title={`Meeting of ${at}`}
                lines={payload.map((p) => ({ label: String(p.name), value: typeof p.value === "number" ? String(Math.round(p.value)) : "–", color: p.color }))}
              />
            );
          }}
        />
        {shown.map((skill, i) => {
          const style = seriesStyle(i);
          return (
            <Line
              key={skill}
              dataKey={skill}
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ symbol: style.symbol, r: 3.5, fill: style.color, strokeDasharray: "none" }}
              connectNulls
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ChartContainer>
  );
}

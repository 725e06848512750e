"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { effectBars } from "@/lib/charts/shape";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";

/** The rep's call scores on each plan skill, before the plan began and since. */
export function CoachingEffect({ effect }: { effect: { skill: string; before: number | null; since: number | null; beforeCalls: number; sinceCalls: number }[] }) {
  const bars = effectBars(effect);
  const label = bars.map((b) => `${b.skill}: ${b.before ?? "no score"} before, ${b.since ?? "no score"} since${b.change !== null ? ` (${b.change >= 0 ? "+" : ""}${b.change})` : ""}`).join("; ");
  return (
    <ChartContainer height={200} label={`Call scores before the plan and since: ${label}`}>
      <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="skill" tick={{ fill: CHART_COLORS.text, fontSize: 11 }} tickLine={false} axisLine={false} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.text, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar name="Before the plan" dataKey="before" fill={CHART_COLORS.before} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        <Bar name="Since" dataKey="since" fill={CHART_COLORS.since} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const b = payload[0].payload as (typeof bars)[number];
            const e = effect.find((x) => x.skill === b.skill)!;
            return (
              <ChartTooltipBox
                title={`${b.skill}${b.change !== null ? ` (${b.change >= 0 ? "+" : ""}${b.change})` : ""}`}
                lines={[
                  { label: `Before (${e.beforeCalls} calls)`, value: b.before === null ? "–" : String(b.before), color: CHART_COLORS.before },
                  { label: `Since (${e.sinceCalls} calls)`, value: b.since === null ? "–" : String(b.since), color: CHART_COLORS.since },
                ]}
              />
            );
          }}
        />
      </BarChart>
    </ChartContainer>
  );
}

"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { radarPoints, type RadarAxis } from "@/lib/charts/shape";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";

export function SkillRadar({ axes, repName }: { axes: RadarAxis[]; repName: string }) {
  const points = radarPoints(axes);
  const label = `Skill radar: ${axes.map((a) => `${a.label} ${a.rep === null ? "no score" : Math.round(a.rep)} (team ${a.team === null ? "no score" : Math.round(a.team)})`).join(", ")}`;
  return (
    <ChartContainer height={320} label={label}>
      <RadarChart data={points} outerRadius="72%">
        <PolarGrid stroke={CHART_COLORS.grid} />
        <PolarAngleAxis dataKey="label" tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
        <Radar name="Team average" dataKey="team" stroke={CHART_COLORS.team} fill={CHART_COLORS.team} fillOpacity={0.2} isAnimationActive={false} />
        <Radar name={repName} dataKey="rep" stroke={CHART_COLORS.rep} fill={CHART_COLORS.rep} fillOpacity={0.3} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Tooltip
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const point = payload[0].payload as ReturnType<typeof radarPoints>[number];
            return (
              <ChartTooltipBox
                title={point.label}
                lines={[
                  { label: repName, value: point.repMissing ? "no score" : String(Math.round(point.rep)), color: CHART_COLORS.rep },
                  { label: "Team average", value: point.teamMissing ? "no score" : String(Math.round(point.team)), color: CHART_COLORS.team },
                ]}
              />
            );
          }}
        />
      </RadarChart>
    </ChartContainer>
  );
}

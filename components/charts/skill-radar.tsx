"use client";

import { useState } from "react";
import { type BaseTickContentProps, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { fitRadar, type RadarLayout } from "@/lib/charts/radar-layout";
import { radarPoints, type RadarAxis } from "@/lib/charts/shape";
import { ChartLegend } from "./chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";

const HEIGHT = 300;
const TEAM_DASH = "6 4";

/** An axis label wrapped (or shortened) to fit; a shortened one carries its full name as a title. */
function RadarTick({ x, y, index, textAnchor, verticalAnchor, layout, names }: Pick<BaseTickContentProps, "x" | "y" | "index" | "textAnchor" | "verticalAnchor"> & { layout: RadarLayout | null; names: string[] }) {
  const label = layout?.labels[index] ?? { lines: [names[index] ?? ""], full: names[index] ?? "", shortened: false };
  const fontSize = layout?.fontSize ?? 12;
  const lineHeight = layout?.lineHeight ?? 15;
  const extra = (label.lines.length - 1) * lineHeight;
  // Same vertical anchoring as recharts' own tick text: above the point at the top, below it at the bottom.
  const firstDy = verticalAnchor === "end" ? -extra : verticalAnchor === "start" ? fontSize * 0.9 : -extra / 2 + fontSize * 0.35;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={CHART_COLORS.tick} fontSize={fontSize} className="recharts-polar-angle-axis-tick-value">
      {label.shortened && <title>{label.full}</title>}
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? firstDy : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function SkillRadar({ axes, repName }: { axes: RadarAxis[]; repName: string }) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const points = radarPoints(axes);
  const names = axes.map((a) => a.label);
  const layout = fitRadar(size.width, size.height, names);
  const label = `Skill radar: ${axes.map((a) => `${a.label} ${a.rep === null ? "no score" : Math.round(a.rep)} (team ${a.team === null ? "no score" : Math.round(a.team)})`).join(", ")}`;
  return (
    <ChartContainer
      height={HEIGHT}
      aspectRatio={1.25}
      label={label}
      onResize={(width, height) => setSize((s) => (s.width === Math.round(width) && s.height === Math.round(height) ? s : { width: Math.round(width), height: Math.round(height) }))}
      legend={
        <ChartLegend
          entries={[
            { label: repName, color: CHART_COLORS.rep, line: { symbol: "circle" } },
            { label: "Team average", color: CHART_COLORS.team, line: { dash: TEAM_DASH, symbol: "square" } },
          ]}
        />
      }
    >
      <RadarChart data={points} outerRadius={layout?.outerRadius ?? "65%"} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <PolarGrid stroke={CHART_COLORS.grid} />
        <PolarAngleAxis dataKey="label" tick={(props: BaseTickContentProps) => <RadarTick {...props} layout={layout} names={names} />} />
        <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
        <Radar
          name="Team average"
          dataKey="team"
          stroke={CHART_COLORS.team}
          strokeWidth={2}
          strokeDasharray={TEAM_DASH}
          fill={CHART_COLORS.team}
          fillOpacity={0.08}
          dot={{ symbol: "square", r: 3, fill: CHART_COLORS.team, strokeDasharray: "none" }}
          isAnimationActive={false}
        />
        <Radar name={repName} dataKey="rep" stroke={CHART_COLORS.rep} strokeWidth={2} fill={CHART_COLORS.rep} fillOpacity={0.2} dot={{ r: 3, fill: CHART_COLORS.rep }} isAnimationActive={false} />
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

"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis, type BaseTickContentProps } from "recharts";
import { wrapLabel } from "@/lib/charts/radar-layout";
import { describeEffect, effectBars, FEW_CALLS, type EffectBar } from "@/lib/charts/shape";
import { formatCount } from "@/lib/plural";
import { ChartLegend } from "./chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "./chart-container";
import { HatchPattern, useSvgId } from "./hatch";

interface BarNoteProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  value?: unknown;
  index?: number;
}

/** Above each bar: its score, and how many calls it rests on. */
function BarNote({ x, y, width, value, calls }: BarNoteProps & { calls: number }) {
  if (typeof value !== "number") return null;
  const cx = Number(x) + Number(width) / 2;
  return (
    <text x={cx} y={Number(y)} textAnchor="middle" fontSize={11}>
      <tspan x={cx} dy={-16} fill={CHART_COLORS.label} fontWeight={600}>
        {Math.round(value)}
      </tspan>
      <tspan x={cx} dy={12} fill={CHART_COLORS.tick}>
        n={calls}
      </tspan>
    </text>
  );
}

function SkillTick({ x, y, payload }: Pick<BaseTickContentProps, "x" | "y" | "payload">) {
  const label = wrapLabel(String(payload.value), 14);
  return (
    <text x={x} y={y} textAnchor="middle" fill={CHART_COLORS.tick} fontSize={11}>
      {label.shortened && <title>{label.full}</title>}
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 10 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The rep's call scores on each plan skill, before the plan began and since, each with the number of calls behind it. */
export function CoachingEffect({ effect }: { effect: { skill: string; before: number | null; since: number | null; beforeCalls: number; sinceCalls: number }[] }) {
  const id = useSvgId();
  const bars = effectBars(effect);
  const anyFew = bars.some((b) => b.beforeFew || b.sinceFew);
  const change = (b: EffectBar) => (b.change !== null ? ` (${b.change >= 0 ? "+" : ""}${b.change})` : "");
  return (
    <ChartContainer
      height={220}
      label={`Call scores before the plan and since: ${describeEffect(bars)}`}
      legend={
        <ChartLegend
          entries={[
            { label: "Before the plan", color: CHART_COLORS.before, bar: "outline" },
            { label: "Since", color: CHART_COLORS.since, bar: "solid" },
            ...(anyFew ? [{ label: `Striped: fewer than ${FEW_CALLS} calls`, color: CHART_COLORS.before, bar: "hatch" as const }] : []),
          ]}
        />
      }
    >
      <BarChart data={bars} margin={{ top: 30, right: 8, bottom: 0, left: -16 }} barGap={3} maxBarSize={56}>
        <defs>
          <HatchPattern id={`${id}-before`} color={CHART_COLORS.before} />
          <HatchPattern id={`${id}-since`} color={CHART_COLORS.since} />
        </defs>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="skill" interval={0} height={34} tick={(props: BaseTickContentProps) => <SkillTick {...props} />} tickLine={false} axisLine={false} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Bar name="Before the plan" dataKey="before" stroke={CHART_COLORS.before} strokeWidth={1.5} radius={[3, 3, 0, 0]} isAnimationActive={false}>
          {bars.map((b) => (
            <Cell key={b.skill} fill={b.beforeFew ? `url(#${id}-before)` : CHART_COLORS.background} />
          ))}
          <LabelList dataKey="before" content={(props) => <BarNote {...(props as BarNoteProps)} calls={bars[(props as BarNoteProps).index ?? 0]?.beforeCalls ?? 0} />} />
        </Bar>
        <Bar name="Since" dataKey="since" stroke={CHART_COLORS.since} strokeWidth={1.5} radius={[3, 3, 0, 0]} isAnimationActive={false}>
          {bars.map((b) => (
            <Cell key={b.skill} fill={b.sinceFew ? `url(#${id}-since)` : CHART_COLORS.since} />
          ))}
          <LabelList dataKey="since" content={(props) => <BarNote {...(props as BarNoteProps)} calls={bars[(props as BarNoteProps).index ?? 0]?.sinceCalls ?? 0} />} />
        </Bar>
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const b = payload[0].payload as EffectBar;
            return (
              <ChartTooltipBox
                title={`${b.skill}${change(b)}`}
                lines={[
                  { label: `Before the plan (${formatCount(b.beforeCalls, "call")}${b.beforeFew ? `, fewer than ${FEW_CALLS}` : ""})`, value: b.before === null ? "–" : String(Math.round(b.before)), color: CHART_COLORS.before },
                  { label: `Since (${formatCount(b.sinceCalls, "call")}${b.sinceFew ? `, fewer than ${FEW_CALLS}` : ""})`, value: b.since === null ? "–" : String(Math.round(b.since)), color: CHART_COLORS.since },
                ]}
              />
            );
          }}
        />
      </BarChart>
    </ChartContainer>
  );
}

"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis, type BaseTickContentProps } from "recharts";
import { ChartLegend } from "@/components/charts/chart-legend";
import { CHART_COLORS, ChartContainer, ChartTooltipBox } from "@/components/charts/chart-container";
import { HatchPattern, useSvgId } from "@/components/charts/hatch";
import { wrapLabel } from "@/lib/charts/radar-layout";
import type { EffectSkill } from "@/lib/data/dto-coaching-effect";
import { barCallsText, callsLabel, describeEvidence, effectChange, type EffectPhase, FEW_CALLS_MARK, isFew, PHASE_LABELS, phaseFigures } from "./plan-effect-text";

/** A bar from too few calls is striped and faded, so it reads as thin evidence without colour. */
const FEW_OPACITY = 0.55;

interface BarNoteProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  value?: unknown;
  index?: number;
}

/** Above each bar: its score, and how many calls it rests on ("n=1<3" when too few). */
function BarNote({ x, y, width, value, calls }: BarNoteProps & { calls: number }) {
  if (typeof value !== "number") return null;
  const cx = Number(x) + Number(width) / 2;
  const few = isFew(value, calls);
  return (
    <text x={cx} y={Number(y)} textAnchor="middle" fontSize={11}>
      <tspan x={cx} dy={-16} fill={CHART_COLORS.label} fontWeight={600}>
        {Math.round(value)}
      </tspan>
      <tspan x={cx} dy={12} fill={CHART_COLORS.tick} fontWeight={few ? 600 : 400}>
        {barCallsText(value, calls)}
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

/** The rep's call scores on each plan skill, before the plan and since, each bar with the number of scored calls behind it. */
export function EffectChart({ effect }: { effect: EffectSkill[] }) {
  const id = useSvgId();
  const anyFew = effect.some((e) => isFew(e.before, e.beforeCalls) || isFew(e.since, e.sinceCalls));
  const line = (phase: EffectPhase, e: EffectSkill) => {
    const [score, calls] = phaseFigures(phase, e);
    return { label: `${PHASE_LABELS[phase]} (${callsLabel(score, calls)})`, value: score === null ? "–" : String(Math.round(score)), color: CHART_COLORS[phase] };
  };
  // A phase's bars (called, not rendered as a component: recharts reads its Bars among the chart's children),
  // filled with `fill`, or striped and faded where they rest on too few calls, each with its note above.
  const phaseBar = (phase: EffectPhase, fill: string) => (
    <Bar name={PHASE_LABELS[phase]} dataKey={phase} stroke={CHART_COLORS[phase]} strokeWidth={1.5} radius={[3, 3, 0, 0]} isAnimationActive={false}>
      {effect.map((e) => {
        const few = isFew(...phaseFigures(phase, e));
        return <Cell key={e.skill} fill={few ? `url(#${id}-${phase})` : fill} fillOpacity={few ? FEW_OPACITY : 1} strokeOpacity={few ? FEW_OPACITY : 1} />;
      })}
      <LabelList
        dataKey={phase}
        content={(props) => {
          const e = effect[(props as BarNoteProps).index ?? 0];
          return <BarNote {...(props as BarNoteProps)} calls={e ? phaseFigures(phase, e)[1] : 0} />;
        }}
      />
    </Bar>
  );
  return (
    <ChartContainer
      height={220}
      label={`Call scores before the plan and since: ${describeEvidence(effect)}`}
      legend={
        <ChartLegend
          entries={[
            { label: PHASE_LABELS.before, color: CHART_COLORS.before, bar: "outline" },
            { label: PHASE_LABELS.since, color: CHART_COLORS.since, bar: "solid" },
            ...(anyFew ? [{ label: `Striped, faded: ${FEW_CALLS_MARK}`, color: CHART_COLORS.before, bar: "hatch" as const }] : []),
          ]}
        />
      }
    >
      <BarChart data={effect} margin={{ top: 30, right: 8, bottom: 0, left: -16 }} barGap={3} maxBarSize={56}>
        <defs>
          <HatchPattern id={`${id}-before`} color={CHART_COLORS.before} />
          <HatchPattern id={`${id}-since`} color={CHART_COLORS.since} />
        </defs>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="skill" interval={0} height={34} tick={(props: BaseTickContentProps) => <SkillTick {...props} />} tickLine={false} axisLine={false} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.tick, fontSize: 11 }} tickLine={false} axisLine={false} />
        {phaseBar("before", CHART_COLORS.background)}
        {phaseBar("since", CHART_COLORS.since)}
        <Tooltip
          cursor={{ fill: CHART_COLORS.cursor }}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const e = payload[0].payload as EffectSkill;
            const change = effectChange(e);
            return <ChartTooltipBox title={`${e.skill}${change ? ` (${change})` : ""}`} lines={[line("before", e), line("since", e)]} />;
          }}
        />
      </BarChart>
    </ChartContainer>
  );
}

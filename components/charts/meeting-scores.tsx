"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { weekLabel } from "@/lib/charts/shape";
import { CHART_COLORS, ChartContainer } from "./chart-container";

const SERIES = ["#1f57cc", "#16a34a", "#d97706", "#9333ea", "#0891b2"];

/** Skill scores given in each coaching meeting, over time. */
export function MeetingScores({ meetings, skills }: { meetings: { at: string | null; scores: { skill: string; score: number }[] }[]; skills: string[] }) {
  const data = meetings.filter((m) => m.at).map((m) => ({ at: weekLabel(m.at!), ...Object.fromEntries(m.scores.map((s) => [s.skill, s.score])) }));
  const shown = [...new Set(meetings.flatMap((m) => m.scores.map((s) => s.skill)))].sort((a, b) => skills.indexOf(a) - skills.indexOf(b));
  return (
    <ChartContainer height={200} label={`Meeting scores per skill over ${data.length} meetings`}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="at" tick={{ fill: CHART_COLORS.text, fontSize: 11 }} tickLine={false} axisLine={false} />
        <YAxis domain={[0, 100]} tick={{ fill: CHART_COLORS.text, fontSize: 11 }} tickLine={false} axisLine={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Tooltip />
        {shown.map((skill, i) => (
          <Line key={skill} dataKey={skill} stroke={SERIES[i % SERIES.length]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </ChartContainer>
  );
}

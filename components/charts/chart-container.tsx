"use client";

import { ResponsiveContainer } from "recharts";

/** The palette every chart uses: the rep, their team, and further series. */
export const CHART_COLORS = { rep: "#1f57cc", team: "#94a3b8", before: "#cbd5e1", since: "#16a34a", grid: "#e2e8f0", text: "#475569" } as const;

/** Owns sizing for every chart: a fixed height, full width, and a text alternative for screen readers. */
export function ChartContainer({ height, label, children }: { height: number; label: string; children: React.ReactElement }) {
  return (
    <figure role="img" aria-label={label} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export function ChartTooltipBox({ title, lines }: { title: string; lines: { label: string; value: string; color?: string }[] }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow">
      <p className="font-medium text-slate-800">{title}</p>
      {lines.map((line) => (
        <p key={line.label} className="mt-0.5 text-slate-600">
          <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: line.color }} />
          {line.label}: <span className="font-medium tabular-nums text-slate-900">{line.value}</span>
        </p>
      ))}
    </div>
  );
}

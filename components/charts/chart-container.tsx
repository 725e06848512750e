"use client";

import { cloneElement } from "react";
import { ResponsiveContainer } from "recharts";

export { CHART_COLORS } from "@/lib/charts/palette";

/**
 * Owns sizing for every chart: a fixed height, full width, and a text alternative. The chart's SVG is one image
 * named by `label`; it stays a keyboard stop because the arrow keys walk its tooltip from point to point.
 */
export function ChartContainer({
  height,
  aspectRatio,
  label,
  legend,
  onResize,
  children,
}: {
  /** The chart's height, or with aspectRatio its largest height. */
  height: number;
  /** Width over height on narrow screens, so a chart that needs width (a radar) does not leave rows of blank space. */
  aspectRatio?: number;
  label: string;
  legend?: React.ReactNode;
  onResize?: (width: number, height: number) => void;
  children: React.ReactElement<{ role?: string; "aria-label"?: string; accessibilityLayer?: boolean }>;
}) {
  return (
    <figure className="w-full">
      <div style={aspectRatio ? { width: "100%", aspectRatio, maxHeight: height, minHeight: Math.round(height * 0.75) } : { height }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={0} onResize={onResize}>
          {cloneElement(children, { role: "img", "aria-label": label, accessibilityLayer: true })}
        </ResponsiveContainer>
      </div>
      {legend}
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

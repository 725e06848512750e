"use client";

import { Symbols } from "recharts";
import { CHART_COLORS } from "@/lib/charts/palette";
import { HatchPattern, useSvgId } from "./hatch";

type SymbolType = "circle" | "cross" | "diamond" | "square" | "star" | "triangle" | "wye";

/** One legend entry: a line (with its dash and dot shape) or a bar (solid, outlined or striped). */
export type LegendEntry = { label: string; color: string } & ({ line: { dash?: string; symbol?: SymbolType } } | { bar: "solid" | "outline" | "hatch" });

function Swatch({ entry, patternId }: { entry: LegendEntry; patternId: string }) {
  if ("line" in entry) {
    return (
      <svg width={28} height={12} aria-hidden="true" className="shrink-0">
        <line x1={1} y1={6} x2={27} y2={6} stroke={entry.color} strokeWidth={2} strokeDasharray={entry.line.dash} />
        {entry.line.symbol && <Symbols type={entry.line.symbol} cx={14} cy={6} size={8} sizeType="diameter" fill={entry.color} stroke={entry.color} />}
      </svg>
    );
  }
  const fill = entry.bar === "solid" ? entry.color : entry.bar === "hatch" ? `url(#${patternId})` : CHART_COLORS.background;
  return (
    <svg width={14} height={12} aria-hidden="true" className="shrink-0">
      {entry.bar === "hatch" && (
        <defs>
          <HatchPattern id={patternId} color={entry.color} />
        </defs>
      )}
      <rect x={1} y={1} width={12} height={10} rx={1.5} fill={fill} stroke={entry.color} strokeWidth={1.5} />
    </svg>
  );
}

/**
 * The key to a chart, in HTML under it: each series drawn the way the chart draws it (dash, dot shape, fill),
 * so series can be told apart without colour.
 */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  const id = useSvgId();
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-600">
      {entries.map((entry, i) => (
        <li key={entry.label} className="flex items-center gap-1.5">
          <Swatch entry={entry} patternId={`${id}-legend-${i}`} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

import { CHART_COLORS } from "@/lib/charts/palette";
import { sparklinePath } from "@/lib/charts/shape";

const WIDTH = 96;
const HEIGHT = 28;

/**
 * A week-by-week trend in a table cell: small, fixed size, no axes. Plain SVG rather than a chart library,
 * so it is in the server HTML and is one named image, never a keyboard stop.
 */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const path = sparklinePath(values, WIDTH, HEIGHT);
  if (!path) {
    return (
      <span className="text-xs text-slate-500">
        <span aria-hidden="true">–</span>
        <span className="sr-only">{label}</span>
      </span>
    );
  }
  return (
    <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="inline-block align-middle">
      <path d={path.d} fill="none" stroke={CHART_COLORS.rep} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={path.last.x} cy={path.last.y} r={2} fill={CHART_COLORS.rep} />
    </svg>
  );
}

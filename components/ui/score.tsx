/** A 0–100 score as a chip colored by band. */
export function scoreBand(score: number | null): "none" | "low" | "mid" | "high" {
  if (score === null) return "none";
  if (score >= 75) return "high";
  if (score >= 55) return "mid";
  return "low";
}

const BAND_CLASS = {
  none: "bg-slate-100 text-slate-500",
  low: "bg-rose-50 text-rose-700 ring-rose-200",
  mid: "bg-amber-50 text-amber-800 ring-amber-200",
  high: "bg-emerald-50 text-emerald-700 ring-emerald-200",
};

export function ScoreChip({ score, label }: { score: number | null; label?: string }) {
  return (
    <span className={`inline-flex min-w-10 justify-center rounded-md px-1.5 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset ring-transparent ${BAND_CLASS[scoreBand(score)]}`} aria-label={label ? `${label}: ${score === null ? "no score" : Math.round(score)}` : undefined}>
      {score === null ? "–" : Math.round(score)}
    </span>
  );
}

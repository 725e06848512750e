// A score coloured by its band, so strong and weak skills read at a glance.
// The bands are the app's own (components/ui/score), so a score has the same
// colour here as on the leaderboard.
import { scoreBand } from "@/components/ui/score";

type Band = ReturnType<typeof scoreBand>;

const CHIP: Record<Band, string> = {
  high: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  mid: "bg-amber-50 text-amber-800 ring-amber-600/25",
  low: "bg-rose-50 text-rose-700 ring-rose-600/20",
  none: "bg-slate-100 text-slate-600 ring-slate-500/20",
};

const BAR: Record<Band, string> = {
  high: "bg-emerald-500",
  mid: "bg-amber-500",
  low: "bg-rose-500",
  none: "bg-slate-300",
};

/** The class of a score bar's fill. */
export const scoreBarClass = (score: number | null) => BAR[scoreBand(score)];

export function ScoreChip({ score, large = false, label }: { score: number | null; large?: boolean; label?: string }) {
  const band = scoreBand(score);
  const size = large ? "min-w-14 px-3 py-1.5 text-2xl" : "min-w-9 px-2 py-0.5 text-xs";
  return (
    <span aria-label={label ? `${label}: ${score === null ? "not scored" : Math.round(score)}` : undefined} className={`inline-flex items-center justify-center rounded-md font-semibold tabular-nums ring-1 ring-inset ${size} ${CHIP[band]}`}>
      {score === null ? "—" : Math.round(score)}
    </span>
  );
}

// The calibration figures in words and numbers, shared by the page's tables.
import type { CalibrationFigures } from "@/lib/data/dto-calibration";

/** "78%", or "—" with no call. */
export function shareText(figures: CalibrationFigures): string {
  return figures.withinShare === null ? "—" : `${Math.round(figures.withinShare * 100)}%`;
}

/** "6.2", or "—" with no call. */
export function madText(figures: CalibrationFigures): string {
  return figures.meanAbsDiff === null ? "—" : figures.meanAbsDiff.toFixed(1);
}

/** Where the calls' people's scores came from, when any did: "4 from reviews, 1 from scorecards". */
export function originText(figures: CalibrationFigures): string | null {
  const parts = [figures.fromReviews ? `${figures.fromReviews} from reviews` : null, figures.fromScorecards ? `${figures.fromScorecards} from scorecards` : null].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

export const PERIODS = [
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 180, label: "Last 180 days" },
  { days: 365, label: "Last 365 days" },
  { days: 731, label: "Last two years" },
] as const;

/** The period choices, with the one asked for by address kept when it is none of them. */
export function periodChoices(days: number): { days: number; label: string }[] {
  return PERIODS.some((p) => p.days === days) ? [...PERIODS] : [...PERIODS, { days, label: `Last ${days} days` }].sort((a, b) => a.days - b.days);
}

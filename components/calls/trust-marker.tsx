// Beside an AI score: how often the AI and the managers agreed on this skill
// and vendor, so a score is read with the trust it has earned. Fewer than
// five reviewed calls judge nothing, and it says so in a few words.
import type { TrustMarker as TrustMarkerData } from "@/lib/data/dto-calibration";
import { formatCount } from "@/lib/plural";

const SCOPE_WORDS: Record<TrustMarkerData["scope"], string> = {
  all: "all calls",
  teams: "your teams' calls",
  team: "your team's calls",
};

/** The sentence the marker says. */
export function trustSentence(marker: TrustMarkerData): string {
  const { calls, withinShare, enough } = marker.figures;
  if (!enough || withinShare === null) {
    const so = calls === 0 ? "none so far" : `${formatCount(calls, "call")} so far`;
    return `Not calibrated yet: too few reviewed calls (${so})`;
  }
  return `AI and managers agree within ${marker.withinPoints} points on ${Math.round(withinShare * 100)}% of ${formatCount(calls, "call")}`;
}

/** What the figure is over: the skill, the vendor, whose calls and how long. */
export function trustDetail(marker: TrustMarkerData): string {
  const mad = marker.figures.enough && marker.figures.meanAbsDiff !== null ? `; mean difference ${marker.figures.meanAbsDiff} points` : "";
  return `${marker.label} by ${marker.vendorLabel}, ${SCOPE_WORDS[marker.scope]} of the last ${marker.days} days${mad}`;
}

function tone(marker: TrustMarkerData): string {
  const share = marker.figures.withinShare;
  if (!marker.figures.enough || share === null) return "bg-slate-300";
  if (share >= 0.8) return "bg-emerald-500";
  if (share >= 0.6) return "bg-amber-500";
  return "bg-rose-500";
}

export function TrustMarker({ marker }: { marker: TrustMarkerData }) {
  return (
    <p data-trust={marker.figures.enough ? "judged" : "too-few"} className="mt-1 flex items-start gap-1.5 text-xs text-slate-600">
      <span aria-hidden="true" className={`mt-1 inline-block h-2 w-2 shrink-0 rounded-full ${tone(marker)}`} />
      <span className="min-w-0 break-words">
        <span className="font-medium text-slate-700">{trustSentence(marker)}</span>
        {/* Too few calls: the sentence is all there is to say, so the card stays short. */}
        {marker.figures.enough && <span> ({trustDetail(marker)})</span>}
      </span>
    </p>
  );
}

// The skill scores: each with its score, why, and the moments that prove it
// (a click plays the moment); a Salesfinity facet also with its checks,
// metrics and what to improve. Without any, it says why: the source never
// scores calls, nobody spoke, or the scores are still to come.
import type { CallDetail, CallScore } from "@/lib/data/dto";
import type { FacetDetails } from "@/lib/data/dto-call-extras";
import { explainAbsence } from "@/lib/domain/capabilities";
import { explanationLines } from "@/lib/domain/explanation";
import { formatClock, humanize } from "./format";
import { FacetDetailsBlock } from "./salesfinity-details";
import { ScoreChip, scoreBarClass } from "./score-chip";
import { Muted, SectionCard } from "./section-card";
import { SeekButton } from "./seek-button";

const SKILL_SET_LABELS: Record<string, string> = { salesfinity: "Salesfinity facets", analyses: "Call analysis", scorecard: "Scorecard" };

function groupBySet(scores: CallScore[]): [string, CallScore[]][] {
  const groups = new Map<string, CallScore[]>();
  for (const s of scores) groups.set(s.skillSet, [...(groups.get(s.skillSet) ?? []), s]);
  return [...groups.entries()];
}

function ScoreItem({ score, details }: { score: CallScore; details?: FacetDetails }) {
  const value = score.insufficientEvidence ? null : score.score;
  return (
    <li className="py-3 first:pt-0 last:pb-0">
      <div className="flex items-center gap-3">
        <span className="min-w-0 flex-1 truncate text-sm font-medium text-slate-800">{score.label}</span>
        {score.weight !== null && <span className="text-xs text-slate-500">weight {score.weight}</span>}
        <ScoreChip score={value} label={score.label} />
      </div>
      <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div className={`h-full rounded-full ${scoreBarClass(value)}`} style={{ width: `${Math.max(0, Math.min(100, value ?? 0))}%` }} />
      </div>
      {explanationLines(score).map((line, i) => (
        <p key={i} className="mt-2 text-sm text-slate-600">
          {line.label && <span className={`mr-1.5 font-medium ${line.label === "Strength" ? "text-emerald-700" : "text-amber-800"}`}>{line.label}:</span>}
          {line.text}
        </p>
      ))}
      {score.insufficientEvidence && <p className="mt-1 text-xs italic text-slate-500">Not enough evidence in this call to score it.</p>}
      {details && <FacetDetailsBlock details={details} />}
      {score.evidence.length > 0 && (
        <ul className="mt-2 space-y-1.5">
          {score.evidence.map((e, i) => (
            <li key={i}>
              <SeekButton
                seconds={e.startSec}
                aria-label={`Play evidence at ${formatClock(e.startSec)}: ${e.text}`}
                className="flex w-full gap-2.5 rounded-md border-l-2 border-violet-400 bg-slate-50 px-3 py-2 text-left text-sm hover:bg-violet-50"
              >
                <span className="shrink-0 pt-px text-xs font-medium tabular-nums text-violet-700">{formatClock(e.startSec)}</span>
                <span className="text-slate-700">“{e.text}”</span>
              </SeekButton>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** `facetDetails`: Salesfinity's checks and metrics per facet (CallDetail.extras.facetDetails). */
export function ScoreList({ call, facetDetails = [] }: { call: Pick<CallDetail, "vendor" | "status" | "durationSec" | "scores">; facetDetails?: FacetDetails[] }) {
  const groups = groupBySet(call.scores);
  const detailsOf = (s: CallScore) => (s.skillSet === "salesfinity" ? facetDetails.find((d) => d.skill === s.skill) : undefined);
  return (
    <SectionCard title="Skill scores">
      {groups.length === 0 && <Muted>{explainAbsence(call, "skillScores").text}</Muted>}
      <div className="space-y-5">
        {groups.map(([set, items]) => (
          <div key={set}>
            {groups.length > 1 && <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{SKILL_SET_LABELS[set] ?? humanize(set)}</h3>}
            <ul className="divide-y divide-slate-100">
              {items.map((s) => (
                <ScoreItem key={`${s.skillSet}:${s.skill}`} score={s} details={detailsOf(s)} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </SectionCard>
  );
}

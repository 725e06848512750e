// How the rep talked: share of the conversation, questions, fillers, pace.
// No figures for a call in which nobody spoke or that its source could not
// process (ExecVision sends a talk ratio of 0 for a rejected call): it says why.
import type { CallDetail } from "@/lib/data/dto";
import { talkStatsAbsence } from "@/lib/domain/capabilities";
import { formatDuration, formatNumber } from "./format";
import { Muted, SectionCard } from "./section-card";

function Stat({ label, value, hint }: { label: string; value: string | null; hint?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2.5">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums text-slate-900">
        {value ?? (
          <>
            <span className="text-slate-500" aria-hidden="true">
              —
            </span>
            <span className="sr-only">Not known</span>
          </>
        )}
        {value && hint && <span className="ml-1 text-xs font-normal text-slate-600">{hint}</span>}
      </dd>
    </div>
  );
}

const count = (n: number | null) => (n === null ? null : formatNumber(n));

export function TalkStats({ call }: { call: Pick<CallDetail, "vendor" | "status" | "durationSec" | "talk"> }) {
  const absent = talkStatsAbsence(call);
  if (absent) {
    return (
      <SectionCard title="Talk stats">
        <Muted>{absent}</Muted>
      </SectionCard>
    );
  }
  const { talk } = call;
  const repShare = talk.talkRatio === null ? null : Math.round(Math.min(1, Math.max(0, talk.talkRatio)) * 100);
  return (
    <SectionCard title="Talk stats">
      <div>
        <div className="flex items-baseline justify-between text-xs">
          <span className="font-medium text-brand-700">Rep {repShare === null ? "—" : `${repShare}%`}</span>
          <span className="text-slate-600">Talk ratio</span>
          <span className="font-medium text-emerald-700">Others {repShare === null ? "—" : `${100 - repShare}%`}</span>
        </div>
        <div className="mt-1.5 flex h-2 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={repShare === null ? "Talk ratio unknown" : `The rep talked ${repShare}% of the time`}>
          {repShare !== null && (
            <>
              <div className="bg-brand-500" style={{ width: `${repShare}%` }} />
              <div className="bg-emerald-500" style={{ width: `${100 - repShare}%` }} />
            </>
          )}
        </div>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Stat label="Questions asked" value={count(talk.questionsAsked)} />
        <Stat label="Filler words" value={count(talk.fillerWords)} />
        <Stat label="Words per minute" value={count(talk.wordsPerMinute)} />
        <Stat label="Interruptions" value={count(talk.interruptions)} />
        <Stat label="Longest monologue" value={formatDuration(talk.longestMonologueSec)} />
      </dl>
    </SectionCard>
  );
}

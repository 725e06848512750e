// How the rep talked: share of the conversation, questions, fillers, pace,
// each figure with where it comes from (Coachboard's own from the transcript,
// or the vendor's for a call without one that knows the rep's side).
// No figures for a call in which nobody spoke or that its source could not
// process (ExecVision sends a talk ratio of 0 for a rejected call): it says why.
import type { CallDetail } from "@/lib/data/dto";
import type { TalkSource, TalkSources } from "@/lib/data/dto-talk-source";
import { SOURCE_NAMES, talkStatsAbsence } from "@/lib/domain/capabilities";
import type { Vendor } from "@/lib/domain/vendors";
import { formatDuration, formatNumber } from "./format";
import { Muted, SectionCard } from "./section-card";

/** "from the transcript", or "from Salesfinity" (the vendor that sent the figure). */
export function talkSourceText(source: TalkSource, vendor: Vendor): string {
  return source === "transcript" ? "from the transcript" : `from ${SOURCE_NAMES[vendor].replace(/^The /, "the ")}`;
}

function Stat({ label, value, hint, source }: { label: string; value: string | null; hint?: string; source?: string }) {
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
      {value && source && <dd className="text-xs text-slate-600">{source}</dd>}
    </div>
  );
}

const count = (n: number | null) => (n === null ? null : formatNumber(n));

export function TalkStats({ call }: { call: Pick<CallDetail, "vendor" | "status" | "durationSec" | "talk"> & { talkSources?: TalkSources } }) {
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
  const source = (metric: keyof TalkSources) => (call.talkSources ? talkSourceText(call.talkSources[metric], call.vendor) : undefined);
  const ratioSource = repShare === null ? undefined : source("talkRatio");
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
        {ratioSource && <p className="mt-1 text-center text-xs text-slate-600">Talk ratio {ratioSource}</p>}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Stat label="Questions asked" value={count(talk.questionsAsked)} source={source("questionsAsked")} />
        <Stat label="Filler words" value={count(talk.fillerWords)} source={source("fillerWords")} />
        <Stat label="Words per minute" value={count(talk.wordsPerMinute)} source={source("wordsPerMinute")} />
        <Stat label="Interruptions" value={count(talk.interruptions)} source={source("interruptions")} />
        <Stat label="Longest monologue" value={formatDuration(talk.longestMonologueSec)} source={source("longestMonologueSec")} />
      </dl>
    </SectionCard>
  );
}

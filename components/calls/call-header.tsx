// Who, with whom, when, how long, and the overall score. The title is the
// call's name by the one rule (lib/domain/call-title), made on the server.
import { memo } from "react";
import type { ClientCall } from "@/lib/data/dto";
import { conditionLabel } from "@/lib/domain/capabilities";
import { VENDOR_LABELS } from "@/lib/domain/vendors";
import { CallDateTime } from "./call-date-time";
import { formatDuration, humanize } from "./format";
import { ScoreChip } from "./score-chip";

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex items-baseline gap-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-700">{children}</dd>
    </div>
  );
}

export const CallHeader = memo(function CallHeader({ call }: { call: ClientCall }) {
  // The contact and company the vendor sent; the address only when there is no name.
  const prospect = [call.prospect.name ?? call.prospect.email, call.prospect.company].filter(Boolean).join(", ");
  const topic = call.topic && call.topic.toLowerCase() !== call.title.toLowerCase() ? call.topic : null;
  const condition = conditionLabel(call);
  return (
    <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 text-xs font-medium text-slate-500">
          <span className="rounded bg-slate-200/70 px-1.5 py-0.5 text-slate-700">{VENDOR_LABELS[call.vendor]}</span>
          {call.direction && <span className="capitalize">{call.direction}</span>}
          {call.outcome && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-700">{humanize(call.outcome)}</span>}
          {condition && <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-800">{condition}</span>}
        </p>
        <h1 className="mt-1.5 break-words text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl">{call.title}</h1>
        {topic && <p className="mt-0.5 text-sm text-slate-600">{topic}</p>}
        <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <Meta label="Rep">
            {call.rep ? call.rep.name : "Unassigned"}
            {call.rep?.team && <span className="text-slate-500"> · {call.rep.team}</span>}
          </Meta>
          {prospect && (
            <Meta label="With">
              <span className="[overflow-wrap:anywhere]">{prospect}</span>
            </Meta>
          )}
          <Meta label="On">
            <CallDateTime iso={call.startedAt} />
          </Meta>
          {call.durationSec !== null && <Meta label="Length">{formatDuration(call.durationSec)}</Meta>}
        </dl>
      </div>
      {call.overallScore !== null && (
        <div className="flex shrink-0 items-center gap-3 sm:flex-col sm:items-end sm:gap-1">
          <ScoreChip score={call.overallScore} large label="Overall score" />
          <span className="text-xs text-slate-500">Overall score</span>
        </div>
      )}
    </header>
  );
});

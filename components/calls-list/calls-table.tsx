import Link from "next/link";
import type { CallListItem } from "@/lib/data/dto";
import { formatDuration, humanize, vendorLabel } from "@/lib/format";
import { Figure, ScrollRegion, STICKY_CELL, STICKY_EDGE, STICKY_HEAD } from "@/components/ui/responsive-table";
import { ScoreChip } from "@/components/ui/score";
import { EventTime } from "@/components/ui/time-zone";
import { formatClock } from "@/components/calls/format";

type Moment = CallListItem["moments"][number];

/** A moment's snippet with the searched words marked. */
function Snippet({ moment }: { moment: Moment }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of moment.highlights) {
    if (start > at) parts.push(moment.text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
        {moment.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(moment.text.slice(at));
  return <>{parts}</>;
}

/** Where a searched call says the words: each moment opens the call playing there, with the search open. */
function Moments({ call, search }: { call: CallListItem; search: string | undefined }) {
  if (!call.moments.length || !search) return null;
  return (
    <ul aria-label={`Where ${call.title} mentions it`} className="mt-1.5 space-y-1">
      {call.moments.map((moment) => {
        const seconds = Math.floor(moment.startMs / 1000);
        return (
          <li key={moment.startMs}>
            <Link
              href={`/calls/${call.id}?t=${seconds}&q=${encodeURIComponent(search)}`}
              className="block rounded px-1.5 py-1 text-xs leading-5 text-slate-700 hover:bg-brand-50"
              aria-label={`Play from ${formatClock(seconds)}, ${moment.speaker}: ${moment.text}`}
            >
              <span className="mr-1.5 font-medium tabular-nums text-brand-700">{formatClock(seconds)}</span>
              <span className="mr-1 font-medium text-slate-900">{moment.speaker}:</span>
              <Snippet moment={moment} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Cards below 640 px, a table above; both list the same calls. */
/** `search`: the transcript search the calls were found by, whose moments each call lists. */
export function CallsTable({ calls, showRep = true, search }: { calls: CallListItem[]; showRep?: boolean; search?: string }) {
  return (
    <>
      <ul aria-label="Calls, newest first" className="space-y-3 sm:hidden">
        {calls.map((call) => (
          <CallCard key={call.id} call={call} showRep={showRep} search={search} />
        ))}
      </ul>
      <div className="hidden sm:block">
        <ScrollRegion label="Calls table" className="rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Calls, newest first</caption>
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className={`left-0 px-3 py-2 font-medium ${STICKY_HEAD} ${STICKY_EDGE}`}>
                  Call
                </th>
                {showRep && <th scope="col" className="px-3 py-2 font-medium">Rep</th>}
                <th scope="col" className="px-3 py-2 font-medium">When</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Length</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Score</th>
                <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
                <th scope="col" className="px-3 py-2 font-medium">Source</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {calls.map((call) => (
                <tr key={call.id} className="group hover:bg-slate-50">
                  <td className={`left-0 min-w-48 max-w-80 px-3 py-2 ${STICKY_CELL} ${STICKY_EDGE}`}>
                    <Link href={`/calls/${call.id}`} className="font-medium text-brand-700 [overflow-wrap:anywhere] hover:underline">
                      {call.title}
                    </Link>
                    <CallBadges call={call} />
                    <Moments call={call} search={search} />
                  </td>
                  {showRep && <td className="whitespace-nowrap px-3 py-2 text-slate-700">{call.repName ?? "–"}</td>}
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600"><EventTime iso={call.startedAt} /></td>
                  <td className="px-3 py-2 text-right tabular-nums text-slate-600">{formatDuration(call.durationSec)}</td>
                  <td className="px-3 py-2 text-right">
                    <ScoreChip score={call.overallScore} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{call.outcome ? humanize(call.outcome) : "–"}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{vendorLabel(call.vendor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </>
  );
}

function CallBadges({ call }: { call: CallListItem }) {
  const prospect = call.prospect;
  if (!prospect && !call.hasRecording && !call.hasTranscript) return null;
  return (
    <div className="mt-0.5 flex flex-wrap gap-1.5 text-xs text-slate-600">
      {prospect && <span className="[overflow-wrap:anywhere]">{prospect}</span>}
      {call.hasRecording && <span className="rounded bg-slate-100 px-1">Recording</span>}
      {call.hasTranscript && <span className="rounded bg-slate-100 px-1">Transcript</span>}
    </div>
  );
}

function CallCard({ call, showRep, search }: { call: CallListItem; showRep: boolean; search: string | undefined }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <Link href={`/calls/${call.id}`} className="inline-block py-0.5 font-medium text-brand-700 [overflow-wrap:anywhere] hover:underline">
            {call.title}
          </Link>
          <CallBadges call={call} />
        </div>
        <div className="flex shrink-0 flex-col items-end gap-0.5">
          <ScoreChip score={call.overallScore} />
          <span className="text-[11px] text-slate-600">score</span>
        </div>
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1.5 text-sm">
        {showRep && <Figure label="Rep">{call.repName ?? "–"}</Figure>}
        <Figure label="When">
          <EventTime iso={call.startedAt} />
        </Figure>
        <Figure label="Length">{formatDuration(call.durationSec)}</Figure>
        <Figure label="Source">{vendorLabel(call.vendor)}</Figure>
        <Figure label="Outcome">{call.outcome ? humanize(call.outcome) : "–"}</Figure>
      </dl>
      <Moments call={call} search={search} />
    </li>
  );
}

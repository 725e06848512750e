import Link from "next/link";
import type { CallListItem } from "@/lib/data/dto";
import { formatDateTime, formatDuration, humanize, vendorLabel } from "@/lib/format";
import { ScoreChip } from "@/components/ui/score";

export function CallsTable({ calls, showRep = true }: { calls: CallListItem[]; showRep?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Calls, newest first</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Call</th>
            {showRep && <th scope="col" className="px-3 py-2 font-medium">Rep</th>}
            <th scope="col" className="px-3 py-2 font-medium">When (UTC)</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Length</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Score</th>
            <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
            <th scope="col" className="px-3 py-2 font-medium">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calls.map((call) => (
            <tr key={call.id} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/calls/${call.id}`} className="font-medium text-brand-700 hover:underline">
                  {call.title ?? call.prospect ?? `Call ${call.id}`}
                </Link>
                <div className="mt-0.5 flex gap-1.5 text-xs text-slate-500">
                  {call.title && call.prospect && <span>{call.prospect}</span>}
                  {call.hasRecording && <span className="rounded bg-slate-100 px-1">Recording</span>}
                  {call.hasTranscript && <span className="rounded bg-slate-100 px-1">Transcript</span>}
                </div>
              </td>
              {showRep && <td className="whitespace-nowrap px-3 py-2 text-slate-700">{call.repName ?? "–"}</td>}
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDateTime(call.startedAt)}</td>
              <td className="px-3 py-2 text-right tabular-nums text-slate-600">{formatDuration(call.durationSec)}</td>
              <td className="px-3 py-2 text-right">
                <ScoreChip score={call.overallScore} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{call.outcome ? humanize(call.outcome) : "–"}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-500">{vendorLabel(call.vendor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

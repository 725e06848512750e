// Listening, from the server: the calls the rep listened to (the latest by
// name, linked only when the viewer may open them) and how much others
// listened to the rep's own calls. Nothing at all when there was neither.
import Link from "next/link";
import type { ListenedCall, RepListening } from "@/lib/data/dto-rep-activity";
import { MONTHS } from "@/lib/format";
import { formatCount } from "@/lib/plural";
import { Card } from "@/components/ui/card";

/** Listening time in words: "45 s", "12 min", "2 h 5 min". */
export function formatListeningTime(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${Math.floor(minutes / 60)} h`;
}

/** A listen is dated by day, with no time of day and no zone: shown as that day, never shifted. */
function listenDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${MONTHS[month - 1]} ${date}, ${year}`;
}

function ListenedRow({ listen }: { listen: ListenedCall }) {
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-3 py-1.5">
      {listen.callId !== null ? (
        <Link href={`/calls/${listen.callId}`} className="min-w-0 truncate text-sm font-medium text-brand-700 hover:underline">
          {listen.title}
        </Link>
      ) : (
        <span className="min-w-0 truncate text-sm text-slate-600">{listen.title}</span>
      )}
      <span className="text-xs tabular-nums text-slate-600">
        <time dateTime={listen.listenedOn}>{listenDay(listen.listenedOn)}</time> · {formatListeningTime(listen.seconds)}
      </span>
    </li>
  );
}

export function ListeningCard({ listening, repName }: { listening: RepListening; repName: string }) {
  const { listened, listenedTo } = listening;
  if (!listened && !listenedTo) return null;
  return (
    <Card title="Listening">
      <div className="space-y-4">
        {listened && (
          <section aria-labelledby="rep-listened">
            <h3 id="rep-listened" className="text-sm font-medium text-slate-900">
              Calls {repName} listened to
            </h3>
            <p className="text-sm text-slate-700">
              {formatCount(listened.count, "listen")}, {formatListeningTime(listened.seconds)} in all.
            </p>
            {listened.latest.length > 0 && (
              <>
                <p className="mt-2 text-xs text-slate-600">Latest</p>
                <ul className="divide-y divide-slate-100">
                  {listened.latest.map((listen, i) => (
                    <ListenedRow key={i} listen={listen} />
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
        {listenedTo && (
          <section aria-labelledby="rep-listened-to">
            <h3 id="rep-listened-to" className="text-sm font-medium text-slate-900">
              Others listening to {repName}&rsquo;s calls
            </h3>
            <p className="text-sm text-slate-700">
              {formatCount(listenedTo.count, "listen")} by {formatCount(listenedTo.listeners, "person", "people")}, {formatListeningTime(listenedTo.seconds)} in all.
            </p>
            <p className="mt-1 text-sm text-slate-700">
              Listened most: {listenedTo.top.name ?? "someone not in Coachboard"} ({formatCount(listenedTo.top.count, "listen")}, {formatListeningTime(listenedTo.top.seconds)}).
            </p>
          </section>
        )}
      </div>
    </Card>
  );
}

// Who listened to the call and who shared it with whom (ExecVision), newest
// first. Rendered on the server.
import type { CallActivity } from "@/lib/data/dto-call-extras";
import { MONTHS } from "@/lib/format";
import { CallDateTime } from "./call-date-time";
import { formatClock } from "./format";
import { SectionCard } from "./section-card";

/** "2026-01-07" → "Jan 7, 2026": a day as the vendor gives it, in no time zone. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${month} ${Number(match[3])}, ${match[1]}` : day;
}

/** "Ben Moss and ana@example.com", "A, B and 2 people not in Coachboard". */
export function recipientsText(recipients: string[], others: number): string {
  const names = [...recipients];
  if (others > 0) names.push(others === 1 ? "1 person not in Coachboard" : `${others} people not in Coachboard`);
  if (names.length === 0) return "no one named";
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function ActivityCard({ activity }: { activity: CallActivity }) {
  const { listens, shares } = activity;
  if (listens.length === 0 && shares.length === 0) return null;
  const counts = [listens.length && `${listens.length} ${listens.length === 1 ? "listen" : "listens"}`, shares.length && `${shares.length} ${shares.length === 1 ? "share" : "shares"}`].filter(Boolean).join(", ");
  return (
    <SectionCard title="Listens and shares" aside={<span className="text-xs text-slate-500">{activity.truncated ? `latest ${counts}` : counts}</span>}>
      <div className="grid gap-5 sm:grid-cols-2">
        {listens.length > 0 && (
          <div className="min-w-0">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Listened</h3>
            <ul aria-label="Listens" className="mt-2 divide-y divide-slate-100">
              {listens.map((l, i) => (
                <li key={i} className="flex flex-wrap items-baseline gap-x-2 py-1.5 text-sm">
                  <span className="min-w-0 flex-1 break-words font-medium text-slate-800">{l.listener ?? "Someone not in Coachboard"}</span>
                  <span className="text-xs text-slate-500">{formatDay(l.listenedOn)}</span>
                  <span className="text-xs tabular-nums text-slate-700" aria-label={`listened for ${formatClock(l.secondsListened)}`}>
                    {formatClock(l.secondsListened)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {shares.length > 0 && (
          <div className="min-w-0">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Shared</h3>
            <ul aria-label="Shares" className="mt-2 divide-y divide-slate-100">
              {shares.map((s, i) => (
                <li key={i} className="py-1.5 text-sm">
                  <p className="break-words text-slate-700">
                    <span className="font-medium text-slate-800">{s.sharedBy ?? "Someone not in Coachboard"}</span> shared with {recipientsText(s.recipients, s.others)}
                  </p>
                  <p className="text-xs text-slate-500">
                    <CallDateTime iso={s.sharedAt} />
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </SectionCard>
  );
}

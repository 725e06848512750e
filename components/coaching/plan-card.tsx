import Link from "next/link";
import type { CoachingPlanView } from "@/lib/data/dto";
import { MeetingScores } from "@/components/charts/meeting-scores";
import { EventTime } from "@/components/ui/time-zone";
import { formatCount } from "@/lib/plural";
import { PlanEffect } from "./plan-effect";
import { planDisplayName } from "./plan-name";
import { describeMeetingsHeld } from "./plan-progress";

function Progress({ plan }: { plan: CoachingPlanView }) {
  const planned = plan.plannedMeetings ?? 0;
  const done = plan.completedMeetings ?? 0;
  const pct = planned ? Math.min(100, Math.round((done / planned) * 100)) : 0;
  return (
    <div>
      <div className="flex justify-between text-xs text-slate-600">
        <span>{describeMeetingsHeld(done, planned)}</span>
        {plan.estimatedMissedMeetings ? <span className="text-amber-700">about {plan.estimatedMissedMeetings} missed</span> : null}
      </div>
      <div className="mt-1 h-2 rounded-full bg-slate-100" role="progressbar" aria-valuemin={0} aria-valuemax={planned || 100} aria-valuenow={done} aria-label="Meetings held">
        <div className="h-2 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export function PlanCard({ plan }: { plan: CoachingPlanView }) {
  const shown = planDisplayName(plan.name, plan.startDate);
  return (
    <article className="rounded-lg border border-slate-200 bg-white shadow-sm" aria-labelledby={`plan-${plan.id}`}>
      <header className="border-b border-slate-100 px-4 py-3">
        <h2 id={`plan-${plan.id}`} className="font-semibold text-slate-900" title={shown.changed ? plan.name : undefined}>
          {shown.name}
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          {plan.rep && (
            <Link href={`/reps/${plan.rep.id}`} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700">
              {plan.rep.name}
            </Link>
          )}
          {plan.coach && <> · coached by {plan.coach}</>}
          {plan.startDate && <> · since <EventTime iso={plan.startDate} day /></>}
        </p>
        {plan.objective && <p className="mt-1 text-sm text-slate-700">{plan.objective}</p>}
        <div className="mt-2 flex flex-wrap gap-1.5">
          {plan.skills.map((s) => (
            <span key={s} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
              {s}
            </span>
          ))}
        </div>
      </header>
      <div className="grid gap-5 p-4 lg:grid-cols-2">
        <div className="space-y-4">
          <Progress plan={plan} />
          <PlanEffect effect={plan.effect} activity={plan.activity} />
        </div>
        <div className="space-y-4">
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Meeting scores over time</h3>
            {plan.meetings.some((m) => m.scores.length) ? <MeetingScores meetings={plan.meetings} skills={plan.skills} /> : <p className="mt-2 text-sm text-slate-500">No scored meetings yet.</p>}
          </div>
          <div>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Meetings and the calls reviewed</h3>
            <ol className="mt-2 space-y-2">
              {plan.meetings.map((m) => (
                <li key={m.id} className="rounded-md border border-slate-100 px-3 py-2 text-sm">
                  <div className="flex justify-between gap-2">
                    <span className="font-medium text-slate-800">{m.at ? <EventTime iso={m.at} day /> : "Not held yet"}</span>
                    <span className="text-xs text-slate-500">{m.scores.map((s) => `${s.skill} ${Math.round(s.score)}`).join(" · ")}</span>
                  </div>
                  {m.reviews.length > 0 && (
                    <ul className="mt-1 space-y-0.5">
                      {m.reviews.map((r, i) => (
                        <li key={i} className="text-xs">
                          {r.callId ? (
                            <Link href={`/calls/${r.callId}`} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700">
                              {r.title}
                            </Link>
                          ) : (
                            <span className="text-slate-500">{r.title}</span>
                          )}
                          <span className="text-slate-500"> · {formatCount(r.questions, "question")} scored</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {m.comments && <p className="mt-1 text-xs text-slate-600">“{m.comments}”</p>}
                </li>
              ))}
            </ol>
          </div>
        </div>
      </div>
    </article>
  );
}

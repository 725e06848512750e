"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { CallList, RepOverview } from "@/lib/data/dto";
import { toSearch } from "@/lib/client/fetch-json";
import { replaceAddress } from "@/lib/client/replace-address";
import { validateRepFilters } from "@/lib/client/filter-validation";
import { useCallsQuery } from "@/lib/client/use-calls-query";
import { useRepQuery } from "@/lib/client/use-rep-query";
import { formatCount } from "@/lib/plural";
import { SkillRadar } from "@/components/charts/skill-radar";
import { ScoreTrend } from "@/components/charts/score-trend";
import { CallsTable } from "@/components/calls-list/calls-table";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreChip } from "@/components/ui/score";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { EventTime } from "@/components/ui/time-zone";
import { planDisplayName } from "@/components/coaching/plan-name";
import { PlanEffect } from "@/components/coaching/plan-effect";
import { describeMeetingsHeld } from "@/components/coaching/plan-progress";
import { CoachingThemes } from "./coaching-themes";
import { ReviewedScoresNote } from "@/components/ui/reviewed-note";

/** A plan as the rep overview lists it; the start date, when sent, is shown and checked against the plan's name. */
type RepPlan = RepOverview["plans"][number] & { startDate?: string | null };

function PlanLink({ plan }: { plan: RepPlan }) {
  const shown = planDisplayName(plan.name, plan.startDate ?? null);
  return (
    <>
      <h3 className="text-sm font-medium">
        <Link href={`/coaching?plan=${plan.id}`} className="text-brand-700 hover:underline" title={shown.changed ? plan.name : undefined}>
          {shown.name}
        </Link>
      </h3>
      <p className="text-xs text-slate-500">
        {describeMeetingsHeld(plan.completedMeetings, plan.plannedMeetings)}
        {plan.startDate && <> · since <EventTime iso={plan.startDate} day /></>}
      </p>
    </>
  );
}

/** Why the period in the address cannot be shown, in words; null when it can. */
function periodProblem(filters: Record<string, string | undefined>): string | null {
  const problems = Object.values(validateRepFilters(filters));
  return problems.length ? `This period cannot be shown. ${problems.join(" ")}` : null;
}

/** The rep's KPIs and listening, drawn by the page on the server for the period [from, to) it opened with. */
export interface RepActivitySlots {
  from: string;
  to: string;
  kpis: React.ReactNode;
  listening: React.ReactNode;
}

/** The skills whose scores were left out of the averages, given on insufficient evidence, with how many. */
export function InsufficientNote({ axes }: { axes: RepOverview["radar"] }) {
  const left = axes.filter((a) => a.insufficient > 0);
  if (!left.length) return null;
  return (
    <p className="mt-3 text-xs text-slate-600">
      Left out of these averages, scored on insufficient evidence: {left.map((a) => `${a.label} (${formatCount(a.insufficient, "call")})`).join(", ")}.
    </p>
  );
}

export function RepView({
  repId,
  initial,
  initialKey,
  initialCalls,
  activity,
}: {
  repId: number;
  initial: RepOverview;
  initialKey: string;
  initialCalls: CallList;
  activity?: RepActivitySlots | null;
}) {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = { period: params.get("period") ?? "90", from: params.get("from") ?? undefined, to: params.get("to") ?? undefined, skillSet: params.get("skillSet") ?? undefined };
  const problem = periodProblem(filters);
  // A period the server could not use was drawn as the default one: that first paint is not this period's.
  const query = useRepQuery(repId, filters, problem || JSON.stringify(filters) === initialKey ? initial : undefined);
  const calls = useCallsQuery({ rep: String(repId), pageSize: "10" }, initialCalls);
  const update = (next: Record<string, string | undefined>) => replaceAddress(`${pathname}${toSearch({ ...filters, ...next })}`);
  const data = query.data;

  if (problem) return <ErrorState error={new Error(problem)} />;
  if (query.isError) return <ErrorState error={query.error} retry={() => query.refetch()} />;
  if (!data) return <Loading />;
  const s = data.stats;
  return (
    <div className="space-y-5">
      <PageHeader
        title={data.rep.name}
        subtitle={[data.rep.team ?? "No team", data.rep.email].filter(Boolean).join(" · ")}
        actions={
          <div className="w-40">
            <SelectField id="rep-period" label="Period" value={filters.period} onChange={(e) => update({ period: e.target.value })}>
              <option value="30">Last 30 days</option>
              <option value="90">Last 90 days</option>
              <option value="180">Last 180 days</option>
              {filters.period === "custom" && (
                <option value="custom">Custom range</option>
              )}
            </SelectField>
          </div>
        }
      />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {[
          ["Calls", s.calls.toLocaleString("en-US")],
          ["Avg score", <ScoreChip key="s" score={s.avgScore} />],
          ["Talk ratio", s.talkRatio === null ? "–" : `${Math.round(s.talkRatio * 100)}%`],
          ["Questions / call", s.questionsAsked ?? "–"],
          ["Filler words / call", s.fillerWords ?? "–"],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <ReviewedScoresNote reviewed={data.reviewed} />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card
          title="Skills against the team"
          action={
            <div className="w-52">
              <SelectField id="skill-set" label="Skill set" value={data.skillSet} onChange={(e) => update({ skillSet: e.target.value })}>
                {data.skillSets.map((set) => (
                  <option key={set.value} value={set.value}>
                    {set.label} ({formatCount(set.calls, "call")})
                  </option>
                ))}
              </SelectField>
            </div>
          }
        >
          {data.radar.some((a) => a.rep !== null) ? <SkillRadar axes={data.radar} repName={data.rep.name} /> : <Empty title="No scores in this skill set" body="Choose another skill set, or a longer period." />}
          <InsufficientNote axes={data.radar} />
        </Card>
        <Card title="Score trend, week by week">
          <ScoreTrend points={data.trend} repName={data.rep.name} />
        </Card>
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Coaching themes from recent calls">
            <CoachingThemes items={data.coaching} />
          </Card>
        </div>
        <Card title="Coaching plans">
          {data.plans.length === 0 ? (
            <p className="text-sm text-slate-500">No coaching plan.</p>
          ) : (
            <ul className="space-y-5 divide-y divide-slate-100">
              {data.plans.map((p: RepPlan) => (
                <li key={p.id} className="space-y-3 pt-5 first:pt-0">
                  <div>
                    <PlanLink plan={p} />
                  </div>
                  <PlanEffect effect={p.effect} activity={p.activity} level={4} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {activity && (activity.kpis || activity.listening) && (
        <div className="space-y-2">
          {/* Only the page's server render reads them: after a change of period they are the first period's until a reload. */}
          {(data.from !== activity.from || data.to !== activity.to) && (
            <p className="text-sm text-slate-600" role="status">
              KPIs and listening below are for the period the page opened with.{" "}
              <a href={`${pathname}${toSearch(filters)}`} className="text-brand-700 hover:underline">
                Reload for this period
              </a>
            </p>
          )}
          <div className="grid gap-5 lg:grid-cols-3">
            {activity.kpis && <div className={activity.listening ? "min-w-0 lg:col-span-2" : "min-w-0 lg:col-span-3"}>{activity.kpis}</div>}
            {activity.listening && <div className={activity.kpis ? "min-w-0" : "min-w-0 lg:col-span-3"}>{activity.listening}</div>}
          </div>
        </div>
      )}
      <section aria-labelledby="rep-calls">
        <div className="mb-2 flex items-center justify-between">
          <h2 id="rep-calls" className="text-sm font-semibold text-slate-800">
            Recent calls
          </h2>
          <Link href={`/calls?rep=${repId}`} className="text-sm text-brand-700 hover:underline">
            All calls of {data.rep.name}
          </Link>
        </div>
        {calls.data && calls.data.calls.length > 0 ? <CallsTable calls={calls.data.calls} showRep={false} /> : <Empty title="No calls yet" />}
      </section>
    </div>
  );
}

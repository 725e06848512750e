import Link from "next/link";
import type { TopicsReport } from "@/lib/data/dto-topics";
import { weekLabel } from "@/lib/charts/shape";
import { formatCount } from "@/lib/plural";
import { ScrollRegion } from "@/components/ui/responsive-table";
import { topicCallsHref } from "./format";
import { chartedTopics } from "./trend";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TH_NUM = "px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "px-3 py-2 text-sm text-slate-800";
const TD_NUM = "px-3 py-2 text-right text-sm tabular-nums text-slate-800";
const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline";

const n = (value: number) => value.toLocaleString("en-US");

/** Every topic of the period: its mentions, the calls mentioning it, and where they came up most. */
export function TopicsTable({ report }: { report: TopicsReport }) {
  return (
    <ScrollRegion label="Topics">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">Topics mentioned in calls, most mentioned first; each topic links to its calls.</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Topic
            </th>
            <th scope="col" className={TH_NUM}>
              Mentions
            </th>
            <th scope="col" className={TH_NUM}>
              Calls mentioning it
            </th>
            {report.byTeam && (
              <th scope="col" className={TH}>
                Most mentions by team
              </th>
            )}
            <th scope="col" className={TH}>
              Most mentions by rep
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.topics.map((t) => (
            <tr key={t.externalId}>
              <th scope="row" className={`${TD} text-left font-normal`}>
                <Link href={topicCallsHref(t.externalId, report)} className={LINK}>
                  {t.name}
                </Link>
              </th>
              <td className={TD_NUM}>{n(t.mentions)}</td>
              <td className={TD_NUM}>{n(t.calls)}</td>
              {report.byTeam && <td className={TD}>{t.teams[0] ? `${t.teams[0].name} (${n(t.teams[0].mentions)})` : "–"}</td>}
              <td className={TD}>{t.reps[0] ? `${t.reps[0].name} (${n(t.reps[0].mentions)})` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Each topic's mentions and calls by team (managers and admins) and by rep, one disclosure per topic. */
export function TopicBreakdown({ report }: { report: TopicsReport }) {
  return (
    <ul className="divide-y divide-slate-100">
      {report.topics.map((t) => (
        <li key={t.externalId}>
          <details className="group py-2">
            <summary className="cursor-pointer text-sm text-slate-800">
              <span className="font-medium">{t.name}</span> · {formatCount(t.mentions, "mention")} in {formatCount(t.calls, "call")}
            </summary>
            <div className="mt-2 grid gap-4 lg:grid-cols-2">
              {report.byTeam && (
                <BreakdownTable
                  caption={`${t.name}: mentions by team`}
                  first="Team"
                  rows={t.teams.map((team) => ({ key: `team-${team.teamId ?? "none"}`, name: team.name, href: team.teamId ? topicCallsHref(t.externalId, report, { team: team.teamId }) : null, mentions: team.mentions, calls: team.calls }))}
                />
              )}
              <div>
                <BreakdownTable
                  caption={`${t.name}: mentions by rep`}
                  first="Rep"
                  rows={t.reps.map((rep) => ({ key: `rep-${rep.repId ?? "none"}`, name: rep.name, detail: report.byTeam ? rep.team : null, href: rep.repId ? topicCallsHref(t.externalId, report, { rep: rep.repId }) : null, mentions: rep.mentions, calls: rep.calls }))}
                />
                {t.repCount > t.reps.length && <p className="mt-1 text-xs text-slate-600">and {formatCount(t.repCount - t.reps.length, "more rep")} with fewer mentions</p>}
              </div>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

function BreakdownTable({ caption, first, rows }: { caption: string; first: string; rows: { key: string; name: string; detail?: string | null; href: string | null; mentions: number; calls: number }[] }) {
  return (
    <table className="min-w-full divide-y divide-slate-200">
      <caption className="mb-1 text-left text-xs font-medium text-slate-600">{caption}</caption>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={TH}>
            {first}
          </th>
          <th scope="col" className={TH_NUM}>
            Mentions
          </th>
          <th scope="col" className={TH_NUM}>
            Calls
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className={`${TD} text-left font-normal`}>
              {r.href ? (
                <Link href={r.href} className={LINK}>
                  {r.name}
                </Link>
              ) : (
                r.name
              )}
              {r.detail && <span className="ml-1 text-xs text-slate-600">({r.detail})</span>}
            </th>
            <td className={TD_NUM}>{n(r.mentions)}</td>
            <td className={TD_NUM}>{n(r.calls)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The chart as a table: the same topics' mentions, week by week. */
export function WeeklyMentionsTable({ report }: { report: TopicsReport }) {
  const shown = chartedTopics(report);
  return (
    <ScrollRegion label="Mentions per week">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">Mentions per week of the topics in the chart</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Week of
            </th>
            {shown.map((t) => (
              <th key={t.externalId} scope="col" className={TH_NUM}>
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.weeks.map((week, w) => (
            <tr key={week}>
              <th scope="row" className={`${TD} text-left font-normal`}>
                {weekLabel(week)}
              </th>
              {shown.map((t) => (
                <td key={t.externalId} className={TD_NUM}>
                  {n(t.weekly[w])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

import type { TopicsReport } from "@/lib/data/dto-topics";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Empty, ErrorState } from "@/components/ui/states";
import { formatCount } from "@/lib/plural";
import { dayLabel } from "./format";
import { TopicsFilterBar, type TopicsFilters } from "./topics-filter-bar";
import { TopicBreakdown, TopicsTable, WeeklyMentionsTable } from "./topics-tables";
import { TopicTrendChart } from "./topic-trend-chart";

/**
 * The topics page: the period, mentions per week as a chart (and as a table),
 * every topic with its totals, and who mentioned it. `report` is null when
 * the address holds a period the server refused (`problem` says why).
 */
export function TopicsView({ report, filters, problem, ownCalls }: { report: TopicsReport | null; filters: TopicsFilters; problem: string | null; ownCalls: boolean }) {
  return (
    <div>
      <PageHeader
        title="Topics"
        subtitle={report ? `${ownCalls ? "Your calls" : "Calls"} from ${dayLabel(report.from)} to ${dayLabel(report.to)} · ${formatCount(report.topics.length, "topic")} mentioned` : undefined}
      />
      <TopicsFilterBar filters={filters} />
      {problem && <ErrorState error={new Error(`This period cannot be used. ${problem}`)} />}
      {report &&
        (report.topics.length === 0 ? (
          <Empty title="No topics mentioned" body={`No tracked topic came up in ${ownCalls ? "your" : "these"} calls in this period. Try a longer period.`} />
        ) : (
          <div className="space-y-4">
            <Card title="Mentions per week">
              <TopicTrendChart report={report} />
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-slate-700">Show mentions per week as a table</summary>
                <div className="mt-2">
                  <WeeklyMentionsTable report={report} />
                </div>
              </details>
            </Card>
            <Card title="All topics">
              <TopicsTable report={report} />
            </Card>
            {/* A rep's report is his own calls: a breakdown would repeat the table. */}
            {report.byTeam && (
              <Card title="By team and rep">
                <TopicBreakdown report={report} />
              </Card>
            )}
          </div>
        ))}
    </div>
  );
}

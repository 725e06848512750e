// What the weekly chart draws and how it is put in words.
import type { TopicRow, TopicsReport } from "@/lib/data/dto-topics";
import { CATEGORY_COLORS } from "@/lib/charts/palette";
import { dayLabel } from "./format";

/** The topics the chart draws: the most mentioned, one per colour, dash and dot shape the palette pairs. */
export function chartedTopics(report: TopicsReport): TopicRow[] {
  return report.topics.filter((t) => t.mentions > 0).slice(0, CATEGORY_COLORS.length);
}

/** The chart's accessible name: what it shows, over which days, and each line's total. */
export function trendDescription(report: TopicsReport): string {
  const shown = chartedTopics(report);
  const span = `from ${dayLabel(report.from)} to ${dayLabel(report.to)}`;
  if (!shown.length) return `No topic mentions ${span}`;
  const totals = shown.map((t) => `${t.name} ${t.mentions.toLocaleString("en-US")}`).join(", ");
  return `Mentions per week of the ${shown.length === 1 ? "most mentioned topic" : `${shown.length} most mentioned topics`} ${span}: ${totals}`;
}

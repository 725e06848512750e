import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { validateCallFilters } from "@/lib/client/filter-validation";
import type { TopicsReport } from "@/lib/data/dto-topics";
import { topicCallsHref } from "./format";
import { TopicBreakdown, TopicsTable, WeeklyMentionsTable } from "./topics-tables";
import { TopicsView } from "./topics-view";
import { trendDescription } from "./trend";

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: () => {} }), usePathname: () => "/topics" }));

const report: TopicsReport = {
  from: "2026-01-01T00:00:00.000Z",
  to: "2026-01-14T00:00:00.000Z",
  weeks: ["2026-01-01T00:00:00.000Z", "2026-01-08T00:00:00.000Z"],
  byTeam: true,
  topics: [
    {
      externalId: "t-pricing",
      name: "Pricing",
      mentions: 7,
      calls: 4,
      weekly: [3, 4],
      teams: [
        { teamId: 1, name: "North", mentions: 4, calls: 3 },
        { teamId: 2, name: "South", mentions: 3, calls: 1 },
      ],
      reps: [
        { repId: 11, name: "Ada Lane", team: "North", mentions: 3, calls: 2 },
        { repId: 13, name: "Cy Ward", team: "South", mentions: 3, calls: 1 },
      ],
      repCount: 3,
    },
    { externalId: "t-comp & co", name: "Competitors", mentions: 2, calls: 2, weekly: [2, 0], teams: [{ teamId: null, name: "No team", mentions: 2, calls: 2 }], reps: [{ repId: null, name: "No rep", team: null, mentions: 2, calls: 2 }], repCount: 1 },
  ],
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the topics page", () => {
  it("renders the period, the chart's text alternative, and every table in the server HTML", () => {
    const html = renderToStaticMarkup(<TopicsView report={report} filters={{ period: "custom", from: "2026-01-01", to: "2026-01-14" }} problem={null} ownCalls={false} />);
    expect(html).toContain("<h1");
    expect(text(html)).toContain("Calls from Jan 1, 2026 to Jan 14, 2026 · 2 topics mentioned");
    // The chart draws once it knows its width; its text alternative, a table, is in the first HTML.
    expect(trendDescription(report)).toBe("Mentions per week of the 2 most mentioned topics from Jan 1, 2026 to Jan 14, 2026: Pricing 7, Competitors 2");
    expect(text(html)).toContain("Show mentions per week as a table");
    expect(html).toContain('aria-label="Mentions per week"');
    expect(text(html)).toContain("All topics");
    expect(text(html)).toContain("By team and rep");
    // The period form works as a plain GET form too.
    expect(html).toMatch(/<form [^>]*action="\/topics" method="get"/);
    expect(html).toContain('<option value="custom" selected="">Custom range</option>');
  });

  it("links each topic to its calls over the same days", () => {
    const html = renderToStaticMarkup(<TopicsTable report={report} />);
    expect(html).toContain('href="/calls?topic=t-pricing&amp;from=2026-01-01&amp;to=2026-01-14"');
    expect(html).toContain('href="/calls?topic=t-comp+%26+co&amp;from=2026-01-01&amp;to=2026-01-14"');
    expect(text(html)).toContain("Pricing 7 4 North (4) Ada Lane (3)");
    expect(text(html)).toContain("Calls mentioning it");
    // The link is a filter the calls form accepts as it is.
    const link = new URLSearchParams(topicCallsHref("t-pricing", report, { rep: 11 }).split("?")[1]);
    expect(validateCallFilters(Object.fromEntries(link))).toEqual({});
    expect(validateCallFilters({ topic: " " })).toEqual({ topic: "Choose a topic from the list." });
  });

  it("breaks each topic down by team and rep, saying how many reps are not listed", () => {
    const html = renderToStaticMarkup(<TopicBreakdown report={report} />);
    expect(text(html)).toContain("Pricing · 7 mentions in 4 calls");
    expect(text(html)).toContain("Pricing: mentions by team Team Mentions Calls North 4 3 South 3 1");
    expect(text(html)).toContain("Ada Lane (North) 3 2");
    expect(text(html)).toContain("and 1 more rep with fewer mentions");
    expect(html).toContain('href="/calls?topic=t-pricing&amp;from=2026-01-01&amp;to=2026-01-14&amp;team=1"');
    expect(html).toContain('href="/calls?topic=t-pricing&amp;from=2026-01-01&amp;to=2026-01-14&amp;rep=11"');
    // Calls without a rep or team have no list of their own to link to.
    expect(text(html)).toContain("No rep 2 2");
    expect(html).not.toContain("rep=null");
  });

  it("gives the chart as a table, week by week", () => {
    const html = renderToStaticMarkup(<WeeklyMentionsTable report={report} />);
    expect(text(html)).toContain("Week of Pricing Competitors Jan 1 3 2 Jan 8 4 0");
  });

  it("shows a rep his own calls, without a team breakdown", () => {
    const own = { ...report, byTeam: false, topics: [{ ...report.topics[0], teams: [] }] };
    const html = renderToStaticMarkup(<TopicsView report={own} filters={{ period: "30" }} problem={null} ownCalls />);
    expect(text(html)).toContain("Your calls from");
    expect(text(html)).not.toContain("By team and rep");
    expect(text(html)).not.toContain("Most mentions by team");
  });

  it("says when nothing was mentioned, and why a period is refused", () => {
    const empty = renderToStaticMarkup(<TopicsView report={{ ...report, topics: [] }} filters={{ period: "30" }} problem={null} ownCalls={false} />);
    expect(text(empty)).toContain("No topics mentioned");
    expect(trendDescription({ ...report, topics: [] })).toBe("No topic mentions from Jan 1, 2026 to Jan 14, 2026");
    const refused = renderToStaticMarkup(<TopicsView report={null} filters={{ period: "365" }} problem="Period must be 7, 30, 90, 180 or custom." ownCalls={false} />);
    expect(refused).toContain('role="alert"');
    expect(text(refused)).toContain("This period cannot be used. Period must be 7, 30, 90, 180 or custom.");
  });
});

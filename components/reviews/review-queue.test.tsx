// The review queue page's parts: the filter tabs with their counts ("999+"
// past the cap), each call linking to the call page told its filter, why it
// is there, and the summary line of the manager's home and inbox.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { QueueItem, ReviewCounts } from "@/lib/data/dto-review-queue";
import { summaryParts } from "./queue-labels";
import { QueueSummary } from "./queue-summary";
import { FilterTabs, QueueList } from "./review-queue";
import { thresholdProblem } from "./threshold-form";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const COUNTS: ReviewCounts = {
  threshold: 65,
  belowDays: 90,
  unreviewedDays: 30,
  counts: { disputes: { count: 2, more: false }, feedback: { count: 1, more: false }, below: { count: 999, more: true }, unreviewed: { count: 14, more: false } },
};
const ITEM: QueueItem = {
  callId: 31,
  title: "Acme",
  startedAt: "2026-01-06T15:00:00.000Z",
  rep: { id: 7, name: "Marcus Reid" },
  vendor: "gong",
  score: 52.4,
  reviewed: false,
  reviewedByMe: false,
  dispute: { count: 2, label: "Discovery", reason: "I asked three questions", quoteStartSec: 83.2, by: "Marcus Reid", createdAt: "2026-01-09T09:00:00.000Z" },
  feedback: { note: "How was my close?", by: "Marcus Reid", createdAt: "2026-01-08T09:00:00.000Z" },
  cursor: "1767711600000.31",
};
const page = (items: QueueItem[]) => [{ filter: "disputes" as const, threshold: 65, items, nextCursor: null }];

describe("the review queue page", () => {
  it("has a tab per filter with its count, the current one marked", () => {
    const html = renderToStaticMarkup(<FilterTabs filter="below" counts={COUNTS} threshold={65} />);
    expect(html).toContain('aria-label="Review queue filters"');
    expect(text(html)).toMatch(/Disputes waiting 2 .*Feedback asked 1 .*Below 65 999\+ .*Not reviewed yet 14/);
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/reviews?filter=disputes", "/reviews?filter=feedback", "/reviews?filter=below", "/reviews?filter=unreviewed"]);
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/reviews\?filter=below"/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("links each call to the call page with its filter, and says why it is there", () => {
    const disputes = renderToStaticMarkup(<QueueList data={page([ITEM])} filter="disputes" />);
    expect(disputes).toContain('href="/calls/31?queue=disputes&amp;t=83"');
    expect(text(disputes)).toContain("Marcus Reid disputes Discovery (and 1 more): I asked three questions");
    expect(text(disputes)).toContain("gong · score 52");

    const feedback = renderToStaticMarkup(<QueueList data={page([{ ...ITEM, reviewed: true }])} filter="feedback" />);
    expect(feedback).toContain('href="/calls/31?queue=feedback"');
    expect(text(feedback)).toContain("Feedback asked on Jan 8, 2026 : How was my close?");
    expect(text(feedback)).toContain("Reviewed");

    expect(text(renderToStaticMarkup(<QueueList data={page([ITEM])} filter="below" />))).toContain("Scored 52, below 65");
  });

  it("says when a filter is empty", () => {
    expect(text(renderToStaticMarkup(<QueueList data={page([])} filter="unreviewed" />))).toContain("Every recent call is reviewed");
  });

  it("checks a threshold as typed: a whole number from 0 to 100", () => {
    for (const ok of ["0", "70", "100", " 55 "]) expect(thresholdProblem(ok), ok).toBeNull();
    for (const bad of ["", "-1", "101", "50.5", "abc", "1000"]) expect(thresholdProblem(bad), bad).toBe("Enter a whole number from 0 to 100");
  });
});

describe("the review queue summary", () => {
  it("reads as one line, each part linking to its filter", () => {
    const html = renderToStaticMarkup(<QueueSummary counts={COUNTS} />);
    expect(text(html).trim()).toBe("Review queue : 2 disputes , 1 feedback request , 14 calls not reviewed");
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/reviews", "/reviews?filter=disputes", "/reviews?filter=feedback", "/reviews?filter=unreviewed"]);
  });

  it("agrees in number and says 999+ past the cap", () => {
    const one = summaryParts({ disputes: { count: 1, more: false }, feedback: { count: 0, more: false }, below: { count: 0, more: false }, unreviewed: { count: 999, more: true } });
    expect(one.map((p) => p.text)).toEqual(["1 dispute", "0 feedback requests", "999+ calls not reviewed"]);
  });
});

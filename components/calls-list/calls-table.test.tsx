import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CallListItem } from "@/lib/data/dto";
import { zoneRules } from "@/lib/time-zone";
import { TimeZoneProvider } from "@/components/ui/time-zone";
import { CallsTable } from "./calls-table";

const call: CallListItem = {
  id: 42,
  vendor: "execvision",
  title: "Northwind Traders",
  repId: 7,
  repName: "Marcus Reid",
  team: "Finance & Risk",
  startedAt: "2024-05-01T14:05:00Z",
  durationSec: 754,
  overallScore: 71.4,
  outcome: "meeting_booked",
  prospect: "Dana Lee",
  hasRecording: true,
  hasTranscript: false,
  moments: [],
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

function render(showRep = true) {
  const html = renderToStaticMarkup(<CallsTable calls={[call]} showRep={showRep} />);
  const at = html.indexOf("<table");
  return { phone: html.slice(0, at), desktop: html.slice(at) };
}

describe("the calls list", () => {
  it("shows each call on a phone as a card with its title, rep, date, length, source, score and outcome", () => {
    const { phone } = render();
    expect(phone).toContain('aria-label="Calls, newest first"');
    expect(phone).toContain('href="/calls/42"');
    expect(text(phone)).toContain("Northwind Traders Dana Lee Recording 71 score Rep Marcus Reid When May 1, 2:05 PM UTC Length 12:34 Source ExecVision Outcome Meeting booked");
  });

  it("shows when each call was in the viewer's zone, named, in the cards and the table", () => {
    const berlin = { rules: zoneRules("Europe/Berlin", new Date("2024-06-01T00:00:00Z")), source: "browser" as const, browser: null };
    const html = renderToStaticMarkup(
      <TimeZoneProvider value={berlin}>
        <CallsTable calls={[call]} />
      </TimeZoneProvider>,
    );
    const at = html.indexOf("<table");
    expect(text(html.slice(0, at))).toContain("When May 1, 4:05 PM GMT+2");
    expect(html.slice(at)).toContain('<th scope="col" class="px-3 py-2 font-medium">When</th>');
    expect(html.slice(at)).toContain('<time dateTime="2024-05-01T14:05:00Z">May 1, 4:05 PM GMT+2</time>');
    expect(html).not.toContain("UTC");
  });

  it("leaves the rep out of the cards on a rep's own list", () => {
    expect(text(render(false).phone)).not.toContain("Marcus Reid");
  });

  it("keeps the call's name in place while a narrow table scrolls, in a named region", () => {
    const { desktop } = render();
    expect(desktop).toMatch(/<th scope="col" class="[^"]*\bsticky\b[^"]*">Call<\/th>/);
    expect(desktop).toMatch(/<tr class="group[^"]*"><td class="[^"]*\bsticky\b[^"]*\bbg-white\b/);
    const html = renderToStaticMarkup(<CallsTable calls={[call]} />);
    expect(html).toContain('role="region" aria-label="Calls table" tabindex="0"');
  });

  it("lists where a searched call says the words, each a link that plays from there with the search open", () => {
    const found: CallListItem = {
      ...call,
      hasTranscript: true,
      moments: [
        { startMs: 95_400, speaker: "Dana Lee", text: "…so pricing is the blocker <b>", highlights: [[4, 11]] },
        { startMs: 3_000, speaker: "Marcus Reid", text: "Pricing first?", highlights: [[0, 7]] },
      ],
    };
    const html = renderToStaticMarkup(<CallsTable calls={[found]} search="pricing & terms" />);
    expect(html).toContain('href="/calls/42?t=95&amp;q=pricing%20%26%20terms"');
    expect(html).toContain('href="/calls/42?t=3&amp;q=pricing%20%26%20terms"');
    expect(html).toContain("<mark");
    expect(text(html)).toContain("1:35 Dana Lee: …so pricing is the blocker &lt;b&gt;");
    expect(html.match(/<mark[^>]*>pricing<\/mark>/gi)).toHaveLength(4); // cards and table, both moments
    // Without the search (a rep's page), no moments.
    expect(renderToStaticMarkup(<CallsTable calls={[found]} />)).not.toContain("<mark");
  });
});

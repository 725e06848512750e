// The review queue: each open dispute with its rep, the call linked at the
// quoted words, the score, the reason, the quote and when; an empty queue says so.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OPEN_DISPUTE } from "@/components/calls/score-review-test-data";
import type { OpenDisputeView } from "@/lib/data/dto-score-reviews";
import { disputeHref, DisputesList } from "./disputes-queue";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const call = { callTitle: "Acme — discovery", callStartedAt: "2026-01-06T15:00:00.000Z", rep: { id: 7, name: "Marcus Reid" } };
const NEWER: OpenDisputeView = { ...OPEN_DISPUTE, id: 20, callId: 31, ...call, skillSet: "gong", skill: "discovery", label: "Discovery", createdAt: "2026-01-09T09:00:00.000Z" };
const OLDER: OpenDisputeView = { ...OPEN_DISPUTE, id: 18, callId: 30, callTitle: "Globex — demo", callStartedAt: null, rep: null, skillSet: null, skill: null, label: "Overall", oldScore: 55, newScore: null, quoteStartSec: 61.9, reason: "Fair call overall." };

describe("the disputes queue", () => {
  const html = renderToStaticMarkup(<DisputesList data={{ disputes: [NEWER, OLDER] }} />);

  it("lists the open disputes in the order given, newest first, each linking to its call at the quoted words", () => {
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/calls/31?t=83", "/calls/30?t=61"]);
    expect(text(html).indexOf("Acme — discovery")).toBeLessThan(text(html).indexOf("Globex — demo"));
  });

  it("shows the rep, the score, the values, the reason, the quote and when", () => {
    const t = text(html);
    expect(t).toContain("Marcus Reid disputes Discovery 40 → 70 proposed");
    expect(t).toContain("A rep disputes Overall 55");
    expect(t).toContain("I asked three discovery questions here.");
    expect(t).toContain("“How do invoices get approved today?”");
    expect(html).toContain('dateTime="2026-01-09T09:00:00.000Z"');
  });

  it("links to the call alone when the dispute has no quoted moment", () => {
    expect(disputeHref({ callId: 30, quoteStartSec: null })).toBe("/calls/30");
  });

  it("says when no dispute waits", () => {
    expect(text(renderToStaticMarkup(<DisputesList data={{ disputes: [] }} />))).toContain("No open disputes");
  });
});

// The rep's "Request feedback" on his call: a button opening a note field,
// the note checked in words before it is sent, and once asked "Feedback asked
// on <date>: <note>"; a manager sees the rep's open request and no form.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FeedbackRequestView } from "@/lib/data/dto-review-queue";
import { noteProblem, RequestFeedbackView } from "./request-feedback";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const OPEN: FeedbackRequestView = { id: 4, callId: 7, note: "Was my pricing answer clear?", requestedBy: { id: 3, name: "Marcus Reid" }, createdAt: "2026-01-09T09:00:00.000Z" };
const none = () => {};

describe("the request-feedback form", () => {
  it("offers the rep a Request feedback button before anything is asked", () => {
    const html = renderToStaticMarkup(<RequestFeedbackView role="rep" open={null} onSubmit={none} />);
    expect(html).toMatch(/<button[^>]*>Request feedback<\/button>/);
    expect(html).not.toContain("<textarea");
  });

  it("opens a labelled note field with its limit, Send and Cancel", () => {
    const html = renderToStaticMarkup(<RequestFeedbackView role="rep" open={null} onSubmit={none} initialFormOpen />);
    const id = /<textarea[^>]*id="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`<label for="${id}"`);
    expect(text(html)).toContain("What would you like feedback on?");
    expect(html).toMatch(/<textarea[^>]*maxLength="1000"/);
    expect(text(html)).toContain("Your managers are told. Up to 1000 characters.");
    expect(html).toMatch(/<button type="submit"[^>]*>Send request<\/button>/);
    expect(text(html)).toContain("Cancel");
  });

  it("shows the server's refusal by the field, marked invalid, and Sending… while it is sent", () => {
    const html = renderToStaticMarkup(<RequestFeedbackView role="rep" open={null} onSubmit={none} initialFormOpen pending error="Feedback on this call was already asked (request 4)" />);
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"/);
    expect(text(html)).toContain("Feedback on this call was already asked (request 4)");
    expect(html).toMatch(/<button type="submit" disabled=""[^>]*>Sending…<\/button>/);
  });

  it("checks the note in words: not empty, at most 1000 characters", () => {
    expect(noteProblem("   ")).toBe("Write a note: what would you like feedback on?");
    expect(noteProblem("x".repeat(1001))).toBe("Keep the note to 1000 characters (it has 1,001)");
    expect(noteProblem(` ${"x".repeat(1000)} `)).toBeNull();
  });

  it("says when feedback was asked and the note, once asked, with no form", () => {
    const html = renderToStaticMarkup(<RequestFeedbackView role="rep" open={OPEN} onSubmit={none} initialFormOpen />);
    expect(text(html)).toBe("Feedback Feedback asked on Jan 9, 2026 : Was my pricing answer clear?");
    expect(html).toContain('dateTime="2026-01-09T09:00:00.000Z"');
    expect(html).not.toContain("<textarea");
    expect(html).not.toContain("Request feedback");
  });

  it("shows a manager the rep's open request, and nothing when none is open", () => {
    expect(text(renderToStaticMarkup(<RequestFeedbackView role="manager" open={OPEN} onSubmit={none} />))).toContain("Marcus Reid asked for feedback on Jan 9, 2026 : Was my pricing answer clear?");
    expect(renderToStaticMarkup(<RequestFeedbackView role="admin" open={null} onSubmit={none} />)).toBe("");
  });
});

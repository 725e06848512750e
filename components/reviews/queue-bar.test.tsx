// The review queue's bar on the call page: R marks the call reviewed and goes
// on, N goes on without marking, shown on the buttons; neither fires while
// typing in an input, a textarea or anything editable, with a modifier, or on
// a held key's repeats.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { queueCallHref, queueCursor } from "@/lib/data/review-queue-filters";
import { QueueBarView } from "./queue-bar";
import { attachQueueKeys, isTypingTarget, resolveQueueKey } from "./queue-keys";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

/** A keydown from a target that looks like the DOM's, through the real listener. */
function press(key: string, target: object = { tagName: "BODY" }, extra: object = {}) {
  const fired: string[] = [];
  const source = Object.assign(new EventTarget(), target);
  const stop = attachQueueKeys(source, { mark: () => fired.push("mark"), next: () => fired.push("next") });
  const event = Object.assign(new Event("keydown", { cancelable: true }), { key, ...extra });
  source.dispatchEvent(event);
  stop();
  return { fired, prevented: event.defaultPrevented };
}

describe("the queue's keys", () => {
  it("marks on R and goes on on N, in either case, taking the key from the page", () => {
    expect(press("r")).toEqual({ fired: ["mark"], prevented: true });
    expect(press("R")).toEqual({ fired: ["mark"], prevented: true });
    expect(press("n")).toEqual({ fired: ["next"], prevented: true });
    expect(press("N", { tagName: "BUTTON" })).toEqual({ fired: ["next"], prevented: true });
    expect(press("j")).toEqual({ fired: [], prevented: false });
  });

  it("does nothing while typing in an input, a textarea, a select or anything editable", () => {
    for (const target of [
      { tagName: "INPUT", type: "text" },
      { tagName: "INPUT", type: "search" },
      { tagName: "INPUT", type: "number" },
      { tagName: "INPUT" },
      { tagName: "TEXTAREA" },
      { tagName: "SELECT" },
      { tagName: "DIV", isContentEditable: true },
      { tagName: "DIV", getAttribute: (name: string) => (name === "role" ? "textbox" : null) },
    ]) {
      expect(press("r", target), JSON.stringify(target)).toEqual({ fired: [], prevented: false });
      expect(press("n", target), JSON.stringify(target)).toEqual({ fired: [], prevented: false });
    }
    // A checkbox or a slider takes no typing.
    expect(press("r", { tagName: "INPUT", type: "checkbox" }).fired).toEqual(["mark"]);
    expect(isTypingTarget({ tagName: "INPUT", type: "range" })).toBe(false);
  });

  it("does nothing with a modifier (the browser's reload, a new window), on a held key's repeats, or once handled", () => {
    for (const extra of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }, { repeat: true }]) {
      expect(press("r", { tagName: "BODY" }, extra).fired, JSON.stringify(extra)).toEqual([]);
    }
    expect(resolveQueueKey({ key: "n", defaultPrevented: true })).toBeNull();
  });

  it("stops listening when detached", () => {
    const fired: string[] = [];
    const source = new EventTarget();
    attachQueueKeys(source, { mark: () => fired.push("mark"), next: () => fired.push("next") })();
    source.dispatchEvent(Object.assign(new Event("keydown"), { key: "r" }));
    expect(fired).toEqual([]);
  });
});

describe("the queue bar", () => {
  const html = renderToStaticMarkup(<QueueBarView filter="feedback" reviewed={false} busy={null} error={null} onMark={() => {}} onNext={() => {}} />);

  it("names the filter it came from, linking back to it, and shows the keys on its buttons", () => {
    expect(html).toContain('aria-label="Review queue"');
    expect(text(html)).toContain("From the review queue: feedback asked");
    expect(html).toContain('href="/reviews?filter=feedback"');
    expect(html).toMatch(/<button[^>]*aria-keyshortcuts="R"[^>]*>Mark reviewed<kbd aria-hidden="true"[^>]*>R<\/kbd><\/button>/);
    expect(html).toMatch(/<button[^>]*aria-keyshortcuts="N"[^>]*>Next call<kbd aria-hidden="true"[^>]*>N<\/kbd><\/button>/);
    expect(text(html)).toContain("Press R to mark this call reviewed and open the next one, N to skip to the next one.");
    expect(html).not.toContain("Reviewed<");
  });

  it("says the call is reviewed, disables both while working, and shows a failure in words", () => {
    const busy = renderToStaticMarkup(<QueueBarView filter="unreviewed" reviewed busy="mark" error="No such call" onMark={() => {}} onNext={() => {}} />);
    expect(text(busy)).toContain("Reviewed");
    expect(text(busy)).toContain("Marking…");
    expect(busy.match(/disabled=""/g)).toHaveLength(2);
    expect(busy).toMatch(/role="alert"[^>]*>No such call</);
  });

  it("opens the next call of the same filter, after the current one in the queue's order", () => {
    expect(queueCursor("2026-01-05T15:00:00.000Z", 12)).toBe(`${Date.UTC(2026, 0, 5, 15)}.12`);
    expect(queueCallHref(31, "disputes", 83.7)).toBe("/calls/31?queue=disputes&t=83");
    expect(queueCallHref(31, "below")).toBe("/calls/31?queue=below");
  });
});

// The rep's listening in the server's HTML: counts and time, the latest calls
// listened to, linked only when the viewer may open them, and who listened
// most to the rep's calls; nothing at all when there was no listening.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { RepListening } from "@/lib/data/dto-rep-activity";
import { formatListeningTime, ListeningCard } from "./listening-card";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const LISTENING: RepListening = {
  listened: {
    count: 4,
    seconds: 510,
    latest: [
      { listenedOn: "2026-01-31", seconds: 300, callId: null, title: "A call outside your teams" },
      { listenedOn: "2026-01-10", seconds: 60, callId: 12, title: "Acme" },
    ],
  },
  listenedTo: { count: 4, seconds: 750, listeners: 3, top: { name: "Ben Moss", count: 2, seconds: 300 } },
};

describe("the listening card", () => {
  it("counts the calls the rep listened to and links only the ones the viewer may open", () => {
    const html = renderToStaticMarkup(<ListeningCard listening={LISTENING} repName="Ada Lane" />);
    expect(text(html)).toContain("Calls Ada Lane listened to 4 listens, 9 min in all.");
    expect(html).toContain('<a class="min-w-0 truncate text-sm font-medium text-brand-700 hover:underline" href="/calls/12">Acme</a>');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(text(html)).toContain("A call outside your teams Jan 31, 2026 · 5 min");
    expect(html).toContain('<time dateTime="2026-01-10">Jan 10, 2026</time>');
  });

  it("says how much others listened to the rep's calls, and who most", () => {
    const html = text(renderToStaticMarkup(<ListeningCard listening={LISTENING} repName="Ada Lane" />));
    expect(html).toContain("Others listening to Ada Lane’s calls 4 listens by 3 people, 13 min in all.");
    expect(html).toContain("Listened most: Ben Moss (2 listens, 5 min).");
  });

  it("shows only the side that has listening, and names an unknown listener as such", () => {
    const html = text(renderToStaticMarkup(<ListeningCard listening={{ listened: null, listenedTo: { count: 1, seconds: 45, listeners: 1, top: { name: null, count: 1, seconds: 45 } } }} repName="Ada Lane" />));
    expect(html).not.toContain("listened to 1");
    expect(html).not.toContain("Calls Ada Lane listened to");
    expect(html).toContain("1 listen by 1 person, 45 s in all.");
    expect(html).toContain("Listened most: someone not in Coachboard (1 listen, 45 s).");
  });

  it("renders nothing without listening", () => {
    expect(renderToStaticMarkup(<ListeningCard listening={{ listened: null, listenedTo: null }} repName="Ada Lane" />)).toBe("");
  });

  it("writes listening time in words", () => {
    expect([formatListeningTime(45), formatListeningTime(600), formatListeningTime(3600), formatListeningTime(7500)]).toEqual(["45 s", "10 min", "1 h", "2 h 5 min"]);
  });
});

// The listens and shares card: who listened, when and how long (m:ss), and who
// shared the call with whom and when; nothing when no one did. And the cards
// under the player leave out every new card for a call that has none of it.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CallDetail } from "@/lib/data/dto";
import type { CallActivity } from "@/lib/data/dto-call-extras";
import { ActivityCard, formatDay, recipientsText } from "./activity-card";
import { CallAnalysis } from "./call-analysis";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const ACTIVITY: CallActivity = {
  listens: [
    { listener: null, listenedOn: "2026-01-09", secondsListened: 30 },
    { listener: "Ben Moss", listenedOn: "2026-01-08", secondsListened: 125.4 },
  ],
  shares: [{ sharedBy: "Ada Lane", sharedAt: "2026-01-10T09:00:00.000Z", recipients: ["Ben Moss", "ext@partner.example"], others: 1 }],
  truncated: false,
};

describe("the listens and shares card", () => {
  it("lists each listen with who, the day and how long, and each share with who, to whom and when", () => {
    const html = renderToStaticMarkup(<ActivityCard activity={ACTIVITY} />);
    const t = text(html);
    expect(t).toContain("2 listens, 1 share");
    expect(t).toMatch(/Ben Moss Jan 8, 2026 2:05/);
    expect(t).toMatch(/Someone not in Coachboard Jan 9, 2026 0:30/);
    expect(t).toContain("Ada Lane shared with Ben Moss, ext@partner.example and 1 person not in Coachboard");
    expect(html).toContain('dateTime="2026-01-10T09:00:00.000Z"');
  });

  it("says when only the latest are listed, and shows a part that has entries alone", () => {
    const t = text(renderToStaticMarkup(<ActivityCard activity={{ ...ACTIVITY, shares: [], truncated: true }} />));
    expect(t).toContain("latest 2 listens");
    expect(t).not.toContain("Shared");
  });

  it("is left out when no one listened to or shared the call", () => {
    expect(renderToStaticMarkup(<ActivityCard activity={{ listens: [], shares: [], truncated: false }} />)).toBe("");
  });

  it("words days and recipients", () => {
    expect(formatDay("2026-12-31")).toBe("Dec 31, 2026");
    expect(formatDay("sometime")).toBe("sometime");
    expect(recipientsText([], 0)).toBe("no one named");
    expect(recipientsText(["A"], 2)).toBe("A and 2 people not in Coachboard");
  });
});

describe("the cards under the player", () => {
  const call: CallDetail = {
    id: 1,
    vendor: "execvision",
    externalId: "ada-1",
    title: "Acme",
    topic: null,
    rep: null,
    startedAt: "2026-01-05T15:00:00.000Z",
    durationSec: 600,
    direction: null,
    outcome: null,
    status: null,
    prospect: { name: null, email: null, company: null },
    summary: null,
    nextSteps: [],
    questionsAndAnswers: [],
    sentiment: null,
    overallScore: null,
    talk: { talkRatio: null, questionsAsked: null, fillerWords: null, wordsPerMinute: null, interruptions: null, longestMonologueSec: null },
    scores: [],
    insight: null,
    coaching: [],
    markers: [],
    notes: [],
    recordingUrl: null,
    hasTranscript: false,
    extras: { scorecards: [], activity: { listens: [], shares: [], truncated: false }, crm: [], facetDetails: [], objections: [] },
  };

  it("leave out scorecards, listens and shares, CRM and objections when the call has none", () => {
    const t = text(renderToStaticMarkup(<CallAnalysis call={call} />));
    expect(t).toContain("Skill scores");
    for (const title of ["Scorecards", "Listens and shares", "CRM", "Objections detected"]) expect(t).not.toContain(title);
  });

  it("show each when the call has it", () => {
    const t = text(
      renderToStaticMarkup(
        <CallAnalysis
          call={{
            ...call,
            extras: {
              scorecards: [{ resultId: "r1", name: "Discovery review", reviewer: null, scoredAt: "2026-01-08T10:00:00.000Z", answers: [] }],
              activity: ACTIVITY,
              crm: [{ system: "Salesforce", account: { name: "memoryBlue", id: null, url: null }, contacts: [], opportunity: null }],
              facetDetails: [],
              objections: [{ text: "budget", startSec: null }],
            },
          }}
        />,
      ),
    );
    for (const title of ["Scorecards", "Listens and shares", "CRM", "Objections detected"]) expect(t).toContain(title);
  });
});

// The talk stats card says, beside each figure, where it comes from: the
// transcript, or the vendor that sent it.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TalkSources } from "@/lib/data/dto-talk-source";
import { talkSourceText, TalkStats } from "./talk-stats";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const talk = { talkRatio: 0.45, questionsAsked: 11, fillerWords: null, wordsPerMinute: 170, interruptions: 4, longestMonologueSec: 42 };
const all = (source: TalkSources["talkRatio"]): TalkSources => ({
  talkRatio: source,
  questionsAsked: source,
  fillerWords: source,
  wordsPerMinute: source,
  interruptions: source,
  longestMonologueSec: source,
});

describe("the talk stats' sources", () => {
  it("says a figure from the transcript is, and names the vendor of one it sent", () => {
    const fromTranscript = text(renderToStaticMarkup(<TalkStats call={{ vendor: "analyses", status: null, durationSec: 600, talk, talkSources: all("transcript") }} />));
    expect(fromTranscript).toContain("Talk ratio from the transcript");
    expect(fromTranscript).toContain("Questions asked 11 from the transcript");
    expect(fromTranscript).not.toMatch(/from (the call analysis service|Call analyses)/);

    const fromVendor = text(renderToStaticMarkup(<TalkStats call={{ vendor: "salesfinity", status: null, durationSec: 600, talk, talkSources: { ...all("vendor"), longestMonologueSec: "transcript" } }} />));
    expect(fromVendor).toContain("Talk ratio from Salesfinity");
    expect(fromVendor).toContain("Words per minute 170 from Salesfinity");
    expect(fromVendor).toContain("from the transcript");
    // No source for a figure that is not known.
    expect(fromVendor).toMatch(/Filler words — Not known Words per minute/);
  });

  it("names a vendor as a sentence does", () => {
    expect(talkSourceText("vendor", "analyses")).toBe("from the call analysis service");
    expect(talkSourceText("vendor", "execvision")).toBe("from ExecVision");
    expect(talkSourceText("transcript", "execvision")).toBe("from the transcript");
  });

  it("shows no source where the page does not know it", () => {
    expect(text(renderToStaticMarkup(<TalkStats call={{ vendor: "salesfinity", status: null, durationSec: 600, talk }} />))).not.toContain(" from ");
  });
});

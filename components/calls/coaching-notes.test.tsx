// Reviewers' comments and highlights on the call page: marked on the lines they
// point at, and not repeated in the coaching card (the Comments panel lists
// them), which keeps to the coaching other sources send.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createPlaybackStore } from "@/lib/client/use-playback-store";
import type { CallDetail, CallNote } from "@/lib/data/dto";
import { CoachingCard } from "./coaching-card";
import { RowNotesProvider, SegmentRow } from "./segment-row";
import { SEGMENTS, WORDS } from "./test-data";
import { buildTranscriptIndex, createCursor } from "./transcript-index";

const NOTES: CallNote[] = [
  { kind: "comment", author: "Rebecca Holt", givenAt: "2026-01-07T16:30:00.000Z", startSec: 6.2, endSec: null, text: "Great discovery question." },
  { kind: "highlight", author: null, givenAt: "2026-01-07T16:31:00.000Z", startSec: 2.5, endSec: 4, text: "Sure, go ahead." },
];

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the coaching card", () => {
  // The call as the page holds it: ExecVision's comments and highlights among its notes (the transcript's lines and the timeline show them).
  const call = (vendor: CallDetail["vendor"], coaching: CallDetail["coaching"], notes: CallNote[]): Pick<CallDetail, "vendor" | "coaching" | "notes"> => ({ vendor, coaching, notes });
  const COACHING: CallDetail["coaching"] = [
    { kind: "win", facet: "rapport", text: "Opened with a question about their goals." },
    { kind: "drill", facet: null, text: "Practise the budget question." },
  ];

  it("leaves ExecVision's comments and highlights to the Comments panel: an ExecVision call has no card", () => {
    expect(renderToStaticMarkup(<CoachingCard call={call("execvision", [], NOTES)} />)).toBe("");
    expect(renderToStaticMarkup(<CoachingCard call={call("execvision", [], [])} />)).toBe("");
  });

  it("shows only the vendor's wins, opportunities and drills, never the synced comments again", () => {
    const html = renderToStaticMarkup(<CoachingCard call={call("execvision", COACHING, NOTES)} />);
    expect(text(html)).toContain("Opened with a question about their goals.");
    expect(text(html)).toContain("Practise the budget question.");
    expect(text(html)).not.toContain("Great discovery question.");
    expect(html).not.toContain("Play from");
    expect(html).not.toContain("Comments and highlights");
    expect(text(html)).not.toMatch(/1 comment|highlight/);
  });

  it("lists a Salesfinity call's coaching under its headings", () => {
    const html = text(renderToStaticMarkup(<CoachingCard call={call("salesfinity", COACHING, [])} />));
    expect(html).toMatch(/Wins.*Opened with a question about their goals\..*Rapport.*Drills.*Practise the budget question\./);
    expect(html).not.toContain("Opportunities");
  });

  it("says why it is empty on a call from another source: which sources send coaching", () => {
    expect(text(renderToStaticMarkup(<CoachingCard call={call("revont", [], [])} />))).toMatch(/Revont does not send coaching notes\. Coaching comes from ExecVision/);
    expect(text(renderToStaticMarkup(<CoachingCard call={call("salesfinity", [], [])} />))).toContain("Salesfinity sent no coaching for this call.");
  });
});

describe("a transcript line", () => {
  const index = buildTranscriptIndex(SEGMENTS, WORDS);
  const row = (n: number) =>
    renderToStaticMarkup(
      <RowNotesProvider notes={NOTES} index={index}>
        <SegmentRow row={n} line={n} top={0} count={index.segments.length} index={index} store={createPlaybackStore()} cursor={createCursor(index)} hits={undefined} currentHit={-1} measure={() => {}} onSeek={() => {}} />
      </RowNotesProvider>,
    );

  it("shows a labelled note for a comment that points at it", () => {
    const html = row(2);
    expect(html).toContain("data-row-notes");
    // The line stays one item of the transcript list.
    expect(html.match(/<li/g)).toHaveLength(1);
    expect(text(html)).toContain("Comment by Rebecca Holt at 0:06: Great discovery question.");
  });

  it("marks a highlight of its own words without repeating them", () => {
    expect(text(row(1))).toContain("Highlight by Unknown reviewer at 0:02");
    expect(text(row(1))).not.toContain("at 0:02: Sure");
  });

  it("shows nothing on a line no note points at", () => {
    expect(row(0)).not.toContain("data-row-notes");
  });
});

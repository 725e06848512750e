// Reviewers' comments and highlights on the call page: listed in the coaching
// card with author, moment and text, and marked on the lines they point at.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createPlaybackStore } from "@/lib/client/use-playback-store";
import type { CallNote } from "@/lib/data/dto";
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
  it("lists every comment and highlight with its author, a button to its moment, and its text", () => {
    const html = renderToStaticMarkup(<CoachingCard call={{ vendor: "execvision", coaching: [], notes: NOTES }} />);
    expect(html).toContain('aria-label="Play from 0:06: comment by Rebecca Holt"');
    expect(html).toContain('aria-label="Play from 0:02: highlight by Unknown reviewer"');
    expect(text(html)).toContain("Great discovery question.");
    expect(text(html)).toContain("1 comment, 1 highlight");
    expect(html).toContain('dateTime="2026-01-07T16:30:00.000Z"');
    expect(text(html)).not.toMatch(/No coaching notes|No one has commented/);
  });

  it("says why it is empty: which sources send coaching", () => {
    expect(text(renderToStaticMarkup(<CoachingCard call={{ vendor: "revont", coaching: [], notes: [] }} />))).toMatch(/Revont does not send coaching notes\. Coaching comes from ExecVision/);
    expect(text(renderToStaticMarkup(<CoachingCard call={{ vendor: "execvision", coaching: [], notes: [] }} />))).toContain("No one has commented on or highlighted this call in ExecVision yet.");
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

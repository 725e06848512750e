import { describe, expect, it } from "vitest";
import { coachingEmptyMessage, noteAuthor, notesByRow, noteTextOnLine } from "./coaching-notes";

describe("coachingEmptyMessage", () => {
  it("says a vendor that sends no coaching does not, and which ones do", () => {
    for (const vendor of ["revont", "voice-agent"] as const) {
      const message = coachingEmptyMessage(vendor);
      expect(message).toMatch(/does not send coaching notes/);
      expect(message).toContain("ExecVision (comments and highlights)");
      expect(message).toContain("Salesfinity");
      expect(message).toContain("Call analyses");
      expect(message).not.toMatch(/no coaching notes for this call/i);
    }
  });

  it("says a vendor that sends coaching sent none for this call", () => {
    expect(coachingEmptyMessage("salesfinity")).toBe("Salesfinity sent no coaching for this call.");
    expect(coachingEmptyMessage("analyses")).toBe("Call analyses sent no coaching for this call.");
    expect(coachingEmptyMessage("execvision")).toMatch(/commented on or highlighted/);
  });
});

describe("noteAuthor", () => {
  it("names the author, or says it is not known", () => {
    expect(noteAuthor({ author: "Rebecca Holt" })).toBe("Rebecca Holt");
    expect(noteAuthor({ author: null })).toBe("Unknown reviewer");
    expect(noteAuthor({ author: " " })).toBe("Unknown reviewer");
  });
});

describe("notesByRow", () => {
  const starts = [0, 2500, 6000];
  const note = (startSec: number) => ({ kind: "comment" as const, author: null, text: `at ${startSec}`, startSec });

  it("puts each note on the line being spoken at its time", () => {
    const rows = notesByRow([note(7), note(3), note(2.6)], starts);
    expect([...rows.keys()].sort()).toEqual([1, 2]);
    expect(rows.get(1)!.map((n) => n.startSec)).toEqual([2.6, 3]);
    expect(rows.get(2)!.map((n) => n.startSec)).toEqual([7]);
  });

  it("takes a note a moment before a line, as vendors round times, as about that line", () => {
    expect([...notesByRow([note(5.9)], starts).keys()]).toEqual([2]);
    expect([...notesByRow([note(5.5)], starts).keys()]).toEqual([1]);
  });

  it("puts a note before any speech on the first line, and one after the last on the last", () => {
    expect([...notesByRow([note(0)], [1000, 3000]).keys()]).toEqual([0]);
    expect([...notesByRow([note(600)], starts).keys()]).toEqual([2]);
  });

  it("places nothing without lines", () => {
    expect(notesByRow([note(1)], []).size).toBe(0);
  });
});

describe("noteTextOnLine", () => {
  const line = "How do invoices get approved today? Approved by whom?";
  it("shows a comment's words", () => {
    expect(noteTextOnLine({ kind: "comment", text: "Great question." }, line)).toBe("Great question.");
  });

  it("leaves out a highlight's words when they are the line's own", () => {
    expect(noteTextOnLine({ kind: "highlight", text: "how do invoices get approved today" }, line)).toBeNull();
    expect(noteTextOnLine({ kind: "highlight", text: "Approved by whom? And when does it pay?" }, line)).toBe("Approved by whom? And when does it pay?");
  });

  it("shows nothing for a note without words", () => {
    expect(noteTextOnLine({ kind: "comment", text: null }, line)).toBeNull();
    expect(noteTextOnLine({ kind: "highlight", text: "  " }, line)).toBeNull();
  });
});

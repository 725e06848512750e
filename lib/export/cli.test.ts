import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./cli";

describe("npm run export's arguments", () => {
  it("keeps the calls export as it was: NDJSON, with or without transcripts", () => {
    expect(parseExportArgs(["calls"])).toEqual({ kind: "calls", format: "ndjson", withTranscript: false, includeDeleted: false });
    expect(parseExportArgs(["calls", "--with-transcript"])).toEqual({ kind: "calls", format: "ndjson", withTranscript: true, includeDeleted: false });
  });

  it("exports comments and reviews, as NDJSON or CSV", () => {
    expect(parseExportArgs(["comments"])).toMatchObject({ kind: "comments", format: "ndjson", includeDeleted: false });
    expect(parseExportArgs(["comments", "--include-deleted", "--format", "csv"])).toMatchObject({ kind: "comments", format: "csv", includeDeleted: true });
    expect(parseExportArgs(["reviews", "--format=csv"])).toMatchObject({ kind: "reviews", format: "csv" });
    expect(parseExportArgs(["reviews", "--format", "ndjson"])).toMatchObject({ kind: "reviews", format: "ndjson" });
  });

  it("says in words what is wrong", () => {
    expect(parseExportArgs([])).toEqual({ error: "Name what to export first: calls, comments or reviews." });
    expect(parseExportArgs(["--with-transcript"])).toEqual({ error: "Name what to export first: calls, comments or reviews." });
    expect(parseExportArgs(["users"])).toEqual({ error: 'There is no export of "users": choose calls, comments or reviews.' });
    expect(parseExportArgs(["reviews", "--include-deleted"])).toEqual({ error: 'The reviews export has no option "--include-deleted".' });
    expect(parseExportArgs(["comments", "--with-transcript"])).toEqual({ error: 'The comments export has no option "--with-transcript".' });
    expect(parseExportArgs(["comments", "--format", "xml"])).toEqual({ error: '--format takes ndjson or csv, not "xml".' });
    expect(parseExportArgs(["comments", "--format"])).toEqual({ error: "--format takes ndjson or csv." });
    expect(parseExportArgs(["calls", "--with-transcript", "--format", "csv"])).toEqual({ error: "--with-transcript needs NDJSON: a CSV has no column for a transcript." });
  });
});

import { describe, expect, it } from "vitest";
import { rebuildRaw } from "./raw";

describe("rebuilding an analysis as served", () => {
  const served = { id: "a1", status: "completed", transcript: { utterances: [{ start: 0, end: 1, speaker: 0 }], words: [{}] }, analysis: null };
  const { transcript, ...rest } = served;

  it("puts the stored transcript back, from JSON text (SQLite) or parsed JSON (PostgreSQL)", () => {
    expect(rebuildRaw({ raw: JSON.stringify(rest) }, { raw: JSON.stringify(transcript) })).toEqual(served);
    expect(rebuildRaw({ raw: rest }, { raw: transcript })).toEqual(served);
  });

  it("gives the call's raw as it is when no transcript was split off", () => {
    expect(rebuildRaw({ raw: JSON.stringify(served) }, undefined)).toEqual(served);
    expect(rebuildRaw({ raw: served }, null)).toEqual(served);
    expect(rebuildRaw({ raw: JSON.stringify({ ...rest, transcript: {} }) }, { raw: null })).toEqual({ ...rest, transcript: {} });
    // Absent stays absent, not null.
    expect(rebuildRaw({ raw: rest }, { raw: null })).not.toHaveProperty("transcript");
  });
});

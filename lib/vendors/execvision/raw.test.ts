// A call is rebuilt from its stored rows exactly as the API served it, as
// SQLite (JSON text) and PostgreSQL (parsed JSON) give the rows back.
import { describe, expect, it } from "vitest";
import { rebuildRaw } from "./raw";

const call = { id: "c1", callTime: "2026-05-01T10:00:00Z", stats: { internalTalkTime: 1 }, metadata: { company: "Acme" } };
const words = { startMs: [1000, 1500], endMs: [1250, 1900], text: ["Hi", "there"], punct: [",", ""], speaker: [0, 1] };
const canonical = [
  { start: "1.000", end: "1.250", word: "Hi", p: ",", v: 0 },
  { start: "1.500", end: "1.900", word: "there", v: 1 },
];

describe("rebuildRaw", () => {
  for (const [db, asStored] of [
    ["SQLite", (value: unknown) => (value === null ? null : JSON.stringify(value))],
    ["PostgreSQL", (value: unknown) => value],
  ] as const) {
    it(`gives back canonical words from the words document (${db})`, () => {
      expect(rebuildRaw({ raw: asStored(call) }, { words: asStored(words), raw: null })).toEqual({ ...call, transcript: canonical });
    });

    it(`gives back words in any other form from the transcript's raw (${db})`, () => {
      const sent = [{ start: 1, end: 1.25, word: "Hi", p: ",", v: 0, x_schema_rev: 1 }, { start: "", word: "broken" }, { start: 1.5, end: 1.9, word: "there", p: null, v: 1 }];
      expect(rebuildRaw({ raw: asStored(call) }, { words: asStored(words), raw: asStored(sent) })).toEqual({ ...call, transcript: sent });
    });

    it(`returns a payload stored with its transcript as it is (${db})`, () => {
      for (const transcript of [null, [], [{ start: "x" }]]) {
        expect(rebuildRaw({ raw: asStored({ ...call, transcript }) }, null)).toEqual({ ...call, transcript });
      }
      expect(rebuildRaw({ raw: asStored(call) })).toEqual(call);
    });
  }
});

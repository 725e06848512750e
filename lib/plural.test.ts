import { describe, expect, it } from "vitest";
import { formatCount, pluralize } from "./plural";

describe("count words", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(formatCount(1, "call")).toBe("1 call");
    expect(formatCount(0, "call")).toBe("0 calls");
    expect(formatCount(2, "question")).toBe("2 questions");
    expect(formatCount(1.5, "meeting")).toBe("1.5 meetings");
  });

  it("forms regular plurals and takes irregular ones as given", () => {
    expect(pluralize(3, "reply")).toBe("replies");
    expect(pluralize(3, "day")).toBe("days");
    expect(pluralize(2, "match")).toBe("matches");
    expect(pluralize(2, "person", "people")).toBe("people");
    expect(pluralize(1, "person", "people")).toBe("person");
  });

  it("groups thousands", () => {
    expect(formatCount(1204, "call")).toBe("1,204 calls");
  });
});

import { describe, expect, it } from "vitest";
import { pageSummary } from "./count";

describe("a page of a list in words", () => {
  it("names a page's range with its noun, and a single page by its count", () => {
    expect(pageSummary(1, 25, 0, "call")).toBe("No calls");
    expect(pageSummary(1, 25, 1, "call")).toBe("1 call");
    expect(pageSummary(1, 25, 25, "call")).toBe("25 calls");
    expect(pageSummary(2, 25, 1204, "call")).toBe("26–50 of 1,204 calls");
    expect(pageSummary(49, 25, 1204, "call")).toBe("1,201–1,204 of 1,204 calls");
    expect(pageSummary(1, 10, 1, "reply")).toBe("1 reply");
    expect(pageSummary(1, 10, 0, "reply")).toBe("No replies");
  });
});

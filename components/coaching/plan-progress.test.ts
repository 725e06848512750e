import { describe, expect, it } from "vitest";
import { describeMeetingsHeld } from "./plan-progress";

describe("meetings held", () => {
  it("agrees with the planned count", () => {
    expect(describeMeetingsHeld(0, 1)).toBe("0 of 1 meeting held");
    expect(describeMeetingsHeld(1, 1)).toBe("1 of 1 meeting held");
    expect(describeMeetingsHeld(2, 10)).toBe("2 of 10 meetings held");
  });

  it("says when the plan has no target", () => {
    expect(describeMeetingsHeld(3, null)).toBe("3 of ? meetings held");
    expect(describeMeetingsHeld(null, 0)).toBe("0 of ? meetings held");
  });
});

import { describe, expect, it } from "vitest";
import { parseTimeParam } from "./time-param";

describe("parseTimeParam", () => {
  it("reads seconds", () => {
    expect(parseTimeParam("90")).toBe(90);
    expect(parseTimeParam("90.5")).toBe(90.5);
    expect(parseTimeParam("0")).toBe(0);
    expect(parseTimeParam(" 30 ")).toBe(30);
  });

  it("reads a clock", () => {
    expect(parseTimeParam("1:30")).toBe(90);
    expect(parseTimeParam("0:05")).toBe(5);
    expect(parseTimeParam("01:30")).toBe(90);
    expect(parseTimeParam("75:00")).toBe(4500);
    expect(parseTimeParam("1:30.5")).toBe(90.5);
    expect(parseTimeParam("1:02:03")).toBe(3723);
    expect(parseTimeParam("0:00:09")).toBe(9);
  });

  it("reads units", () => {
    expect(parseTimeParam("1m30s")).toBe(90);
    expect(parseTimeParam("90s")).toBe(90);
    expect(parseTimeParam("2m")).toBe(120);
    expect(parseTimeParam("1h2m3s")).toBe(3723);
    expect(parseTimeParam("1H")).toBe(3600);
    expect(parseTimeParam("1m30.5s")).toBe(90.5);
  });

  it("takes the first of repeated values", () => {
    expect(parseTimeParam(["1:30", "5"])).toBe(90);
    expect(parseTimeParam([])).toBe(0);
  });

  it("plays from the start for anything else", () => {
    for (const junk of ["", "   ", "abc", "-5", "-1:30", "1:3", "1:60", "1:60:00", "1:2:3", "1e3", "Infinity", "NaN", "0x10", "1.", ".5", "1:30:", ":30", "1m30", "m", "s", "1s30m", "90 s", "1,5", "1".repeat(40)]) {
      expect(parseTimeParam(junk), junk).toBe(0);
    }
    expect(parseTimeParam(undefined)).toBe(0);
    expect(parseTimeParam(null)).toBe(0);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LINE_LANDING_MS, landingMs, lineAtMs, lineLandingMs, snapMs } from "./transcript";

/** Strictly ascending whole-millisecond line starts, as stored. */
const startsArb = fc.uniqueArray(fc.integer({ min: 0, max: 7_200_000 }), { minLength: 1, maxLength: 40 }).map((starts) => starts.sort((a, b) => a - b));

describe("snapMs", () => {
  it("gives back the whole millisecond a time in seconds came from", () => {
    // 1.005 s × 1000 is 1004.9999999999999: read raw, it falls in the line before one starting at 1005.
    expect(1.005 * 1000).toBeLessThan(1005);
    expect(snapMs(1.005 * 1000)).toBe(1005);
    const off: number[] = [];
    for (let ms = 0; ms <= 200_000; ms++) if (snapMs((ms / 1000) * 1000) !== ms) off.push(ms);
    expect(off).toEqual([]);
  });

  it("keeps fractions of a millisecond to the microsecond", () => {
    expect(snapMs(1004.998)).toBe(1004.998);
    expect(snapMs(0.0004)).toBe(0);
  });
});

describe("lineAtMs", () => {
  const starts = [0, 1000, 2500];
  it("is the last line started, exactly at each boundary", () => {
    expect(lineAtMs(starts, -1)).toBe(-1);
    expect(lineAtMs(starts, 0)).toBe(0);
    expect(lineAtMs(starts, 999.999)).toBe(0);
    expect(lineAtMs(starts, 1000)).toBe(1);
    expect(lineAtMs(starts, 2499)).toBe(1);
    expect(lineAtMs(starts, 2500)).toBe(2);
    expect(lineAtMs(starts, 9e9)).toBe(2);
    expect(lineAtMs([], 5)).toBe(-1);
  });

  it("reads a snapped time from seconds on the right side of a boundary", () => {
    expect(lineAtMs([0, 1005], 1.005 * 1000)).toBe(0);
    expect(lineAtMs([0, 1005], snapMs(1.005 * 1000))).toBe(1);
  });
});

describe("lineLandingMs", () => {
  it("lands a few ms past the start", () => {
    expect(lineLandingMs([0, 1000, 2500], 1)).toBe(1000 + LINE_LANDING_MS);
    expect(lineLandingMs([0, 1000, 2500], 2)).toBe(2500 + LINE_LANDING_MS);
  });

  it("stays short of a line that starts sooner", () => {
    expect(lineLandingMs([1000, 1004], 0)).toBe(1002);
    expect(lineAtMs([1000, 1004], lineLandingMs([1000, 1004], 0))).toBe(0);
  });
});

describe("landingMs", () => {
  const starts = [500, 1000, 1004, 4350];

  it("moves a seek to a line's start inside the line", () => {
    expect(landingMs(starts, 1000)).toBe(1002);
    expect(landingMs(starts, 1004)).toBe(1004 + LINE_LANDING_MS);
    expect(landingMs(starts, 4350)).toBe(4350 + LINE_LANDING_MS);
    expect(landingMs(starts, 500)).toBe(505);
  });

  it("moves a seek just before a line's start (a word that starts early) into that line", () => {
    expect(landingMs(starts, 4349)).toBe(4355);
    expect(landingMs(starts, 496)).toBe(505);
  });

  it("leaves any other moment where it is", () => {
    expect(landingMs(starts, 0)).toBe(0);
    expect(landingMs(starts, 495)).toBe(495);
    expect(landingMs(starts, 506)).toBe(506);
    expect(landingMs(starts, 2000)).toBe(2000);
    expect(landingMs(starts, 9000)).toBe(9000);
    expect(landingMs([], 1234)).toBe(1234);
  });

  it("lands every jump to a line inside that line, even read back a few µs early through seconds", () => {
    fc.assert(
      fc.property(startsArb, fc.nat(), fc.integer({ min: 0, max: 4 }), (starts, pick, earlyMicros) => {
        const line = pick % starts.length;
        // The page seeks in seconds; the audio element reports the position back, at times a little early.
        const seconds = landingMs(starts, snapMs((starts[line] / 1000) * 1000)) / 1000;
        const reported = seconds - earlyMicros / 1_000_000;
        expect(lineAtMs(starts, snapMs(seconds * 1000))).toBe(line);
        expect(lineAtMs(starts, snapMs(reported * 1000))).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });
});

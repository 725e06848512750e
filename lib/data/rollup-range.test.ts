import { describe, expect, it } from "vitest";
import { coverDays, dataWeeks, periodDays } from "./rollup-range";

function coveredDays(cover: ReturnType<typeof coverDays>): number[] {
  const days: number[] = [];
  if (cover.weeks) for (let w = cover.weeks[0]; w <= cover.weeks[1]; w++) for (let d = w * 7; d < w * 7 + 7; d++) days.push(d);
  for (const [a, b] of cover.days) for (let d = a; d <= b; d++) days.push(d);
  return days.sort((a, b) => a - b);
}

describe("covering a period with weekly and daily rollups", () => {
  it("covers every day exactly once, whatever the boundaries", () => {
    for (const from of [20_000, 20_001, 20_003, 20_006]) {
      for (const length of [1, 3, 6, 7, 8, 13, 14, 30, 90, 180]) {
        const to = from + length - 1;
        const days = coveredDays(coverDays(from, to));
        expect(days).toEqual(Array.from({ length }, (_, i) => from + i));
      }
    }
  });

  it("uses whole weeks wherever they fit", () => {
    const cover = coverDays(20_001, 20_180);
    expect(cover.weeks).toEqual([Math.ceil(20_001 / 7), Math.floor(20_181 / 7) - 1]);
    expect(cover.days.reduce((n, [a, b]) => n + b - a + 1, 0)).toBeLessThan(14);
  });

  it("turns [from, to) into inclusive days", () => {
    expect(periodDays(new Date("2026-03-01T00:00:00Z"), new Date("2026-03-08T00:00:00Z"))).toEqual({ fromDay: 20513, toDay: 20519 });
  });
});

describe("the weeks of a period that hold data", () => {
  it("from the first week found to the last, within the period", () => {
    expect(dataWeeks([12, 10, 11, 40, -3], 5, 20)).toEqual([10, 12]);
    expect(dataWeeks([], 5, 20)).toEqual([0, -1]);
    expect(dataWeeks([Number.NaN, 1], 0, 10_000_000)).toEqual([1, 1]);
  });
});

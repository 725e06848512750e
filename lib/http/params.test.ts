import { describe, expect, it } from "vitest";
import { callIdParams, isoDay, lastDayShown, MAX_PERIOD_DAYS, pageQuery, parseIsoDay, periodQuery, resolvePeriod } from "./params";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("days in a query", () => {
  it("are days of the calendar", () => {
    expect(parseIsoDay("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    for (const text of ["2026-02-30", "2026-13-45", "2026-00-10", "2026-04-31", "2025-02-29", "2026-01-00", "2026-1-01", "26-01-01", "2026-01-01T00:00"]) {
      expect(parseIsoDay(text), text).toBeNull();
      expect(isoDay.safeParse(text).success, text).toBe(false);
    }
  });

  it("an impossible day is told as one message, in words", () => {
    expect(messages(isoDay.safeParse("2026-13-45"))).toEqual([": 2026-13-45 is not a day of the calendar"]);
    expect(messages(isoDay.safeParse("yesterday"))).toEqual([": must be a date like 2026-03-31"]);
    expect(messages(isoDay.safeParse("0000-01-01"))).toEqual([": must be a day from 1900-01-01 to 2999-12-31"]);
  });
});

describe("a custom period", () => {
  it("may span two years at most", () => {
    expect(periodQuery.safeParse({ period: "custom", from: "2024-01-01", to: "2025-12-31" }).success).toBe(true);
    const tooLong = periodQuery.safeParse({ period: "custom", from: "2024-01-01", to: "2026-01-01" });
    expect(messages(tooLong)).toEqual([`to: a custom period may span at most ${MAX_PERIOD_DAYS} days (two years); 2024-01-01 to 2026-01-01 is 732`]);
  });

  it("the period that froze the server is refused in words", () => {
    expect(messages(periodQuery.safeParse({ period: "custom", from: "0000-01-01", to: "9999-12-31" }))).toEqual([
      "from: must be a day from 1900-01-01 to 2999-12-31",
      "to: must be a day from 1900-01-01 to 2999-12-31",
    ]);
    expect(messages(periodQuery.safeParse({ period: "custom", from: "1900-01-01", to: "2999-12-31" }))[0]).toMatch(/at most 731 days/);
  });

  it("impossible days, a reversed or half period are 400s with words, never a day rolled over", () => {
    expect(messages(periodQuery.safeParse({ period: "custom", from: "2026-02-30", to: "2026-03-10" }))).toEqual(["from: 2026-02-30 is not a day of the calendar"]);
    expect(messages(periodQuery.safeParse({ period: "custom", from: "2026-03-10", to: "2026-03-01" }))).toEqual(["from: from must not be after to"]);
    expect(messages(periodQuery.safeParse({ period: "custom", to: "2026-03-01" }))).toEqual(["from: a custom period needs from and to"]);
    expect(messages(periodQuery.safeParse({ period: "12" }))).toEqual(["period: must be 7, 30, 90, 180 or custom"]);
  });

  it("resolves to whole UTC days, the last included", () => {
    const { from, to } = resolvePeriod({ period: "custom", from: "2026-03-01", to: "2026-03-07" });
    expect([from.toISOString(), to.toISOString()]).toEqual(["2026-03-01T00:00:00.000Z", "2026-03-08T00:00:00.000Z"]);
    const last7 = resolvePeriod({ period: "7" }, new Date("2026-03-07T12:00:00Z"));
    expect([last7.from.toISOString(), last7.to.toISOString()]).toEqual(["2026-03-01T00:00:00.000Z", "2026-03-08T00:00:00.000Z"]);
  });
});

describe("the last day a period is shown as ending on", () => {
  const now = new Date("2026-03-07T23:30:00Z");
  const shown = (query: Parameters<typeof resolvePeriod>[0]) => {
    const { from, to } = resolvePeriod(query, now);
    return lastDayShown(from, to, now).toISOString().slice(0, 10);
  };

  it("is today for the last n days, never tomorrow", () => {
    expect(shown({ period: "30" })).toBe("2026-03-07");
    expect(shown({ period: "7" })).toBe("2026-03-07");
  });

  it("is the last day chosen for a custom period, and today at most", () => {
    expect(shown({ period: "custom", from: "2026-02-01", to: "2026-02-28" })).toBe("2026-02-28");
    expect(shown({ period: "custom", from: "2026-02-01", to: "2026-12-31" })).toBe("2026-03-07");
    expect(shown({ period: "custom", from: "2026-03-07", to: "2026-03-07" })).toBe("2026-03-07");
  });

  it("a period wholly ahead keeps the day it names", () => {
    expect(shown({ period: "custom", from: "2026-04-01", to: "2026-04-30" })).toBe("2026-04-30");
  });
});

describe("ids and pages", () => {
  it("an id past what a database column holds is a 400, not a query that fails", () => {
    expect(callIdParams.safeParse({ callId: "2147483647" }).success).toBe(true);
    expect(messages(callIdParams.safeParse({ callId: "2147483648" }))).toEqual(["callId: is not an id we have"]);
    expect(callIdParams.safeParse({ callId: "1e400" }).success).toBe(false);
  });

  it("pages stop where the count does", () => {
    expect(messages(pageQuery.safeParse({ page: "99999999999" }))).toEqual(["page: must be at most 1000"]);
    expect(messages(pageQuery.safeParse({ pageSize: "abc" }))).toEqual(["pageSize: must be a number"]);
  });
});

import { describe, expect, it } from "vitest";
import { ApiError } from "./fetch-json";
import {
  appliedLeaderboardFilters,
  customRangeOf,
  dayProblem,
  describeServerProblem,
  hasErrors,
  isWholeDay,
  readableError,
  unappliedEdits,
  validateCallFilters,
  validateLeaderboardFilters,
  validateRepFilters,
} from "./filter-validation";

const board = { period: "30", minCalls: "3", skillSet: "salesfinity" };

describe("a date being typed", () => {
  it("is applied only once it is a whole day: the year 0002 a date input reports after one digit is not", () => {
    // What a date input holding 03/05 reports as the year 2026 is typed digit by digit.
    const typed = ["", "0002-03-05", "0020-03-05", "0202-03-05", "2026-03-05"];
    expect(typed.filter(isWholeDay)).toEqual(["2026-03-05"]);
  });

  it("says what is wrong in words", () => {
    expect(dayProblem("0202-03-05")).toBe("Enter a year from 1900 to 2999.");
    expect(dayProblem("2026-02-30")).toBe("There is no such day in the calendar.");
    expect(dayProblem("03/05/2026")).toBe("Enter a whole date: day, month and year.");
    expect(dayProblem("2026-03-05")).toBeNull();
  });
});

describe("leaderboard filters", () => {
  it("the defaults and an empty minimum are fine", () => {
    expect(validateLeaderboardFilters(board)).toEqual({});
    expect(validateLeaderboardFilters({ ...board, minCalls: "" })).toEqual({});
    expect(appliedLeaderboardFilters({ ...board, minCalls: " " }).minCalls).toBe("0");
    expect(appliedLeaderboardFilters({ ...board, minCalls: " 12 " }).minCalls).toBe("12");
  });

  it("minimum calls must be a whole number from 0 to 10,000", () => {
    for (const minCalls of ["abc", "-1", "2.5", "10001", "1e3"]) {
      expect(validateLeaderboardFilters({ ...board, minCalls }), minCalls).toEqual({ minCalls: "Enter a whole number of calls from 0 to 10,000." });
    }
    expect(validateLeaderboardFilters({ ...board, minCalls: "10000" })).toEqual({});
  });

  it("a custom range needs both days, From not after To, and two years at most", () => {
    expect(validateLeaderboardFilters({ ...board, period: "custom" })).toEqual({ from: "Enter the first day of the range.", to: "Enter the last day of the range." });
    expect(validateLeaderboardFilters({ ...board, period: "custom", from: "2026-03-10", to: "2026-03-01" })).toEqual({ from: "From must be on or before To." });
    expect(validateLeaderboardFilters({ ...board, period: "custom", from: "2024-01-01", to: "2025-12-31" })).toEqual({});
    expect(validateLeaderboardFilters({ ...board, period: "custom", from: "2024-01-01", to: "2026-01-01" })).toEqual({
      to: "A custom range can cover at most two years (731 days); this one covers 732 days.",
    });
    expect(validateLeaderboardFilters({ ...board, period: "custom", from: "0002-03-05", to: "2026-03-01" })).toEqual({ from: "Enter a year from 1900 to 2999." });
  });

  it("choices that are not on the list are named", () => {
    expect(validateLeaderboardFilters({ ...board, period: "12", team: "abc", vendor: "zoom", skillSet: "x" })).toEqual({
      period: "Choose a period from the list.",
      team: "Choose a team from the list.",
      vendor: "Choose a source from the list.",
      skillSet: "Choose skill columns from the list.",
    });
  });

  it("a custom range starts as the period it replaces, today included", () => {
    expect(customRangeOf("7", new Date("2026-03-07T23:00:00Z"))).toEqual({ from: "2026-03-01", to: "2026-03-07" });
    expect(customRangeOf("30", new Date("2026-03-07T01:00:00Z"))).toEqual({ from: "2026-02-06", to: "2026-03-07" });
  });
});

describe("calls filters", () => {
  it("scores from 0 to 100, the minimum not above the maximum", () => {
    expect(validateCallFilters({ minScore: "150" })).toEqual({ minScore: "Enter a score from 0 to 100." });
    expect(validateCallFilters({ maxScore: "abc" })).toEqual({ maxScore: "Enter a score from 0 to 100." });
    expect(validateCallFilters({ minScore: "80", maxScore: "20" })).toEqual({ minScore: "Min score must not be above Max score." });
    expect(validateCallFilters({ minScore: "20.5", maxScore: "80" })).toEqual({});
  });

  it("days of the calendar, From not after To, with no limit on the span", () => {
    expect(validateCallFilters({ from: "2026-03-10", to: "2026-03-01" })).toEqual({ from: "From must be on or before To." });
    expect(validateCallFilters({ from: "2020-01-01", to: "2026-03-01" })).toEqual({});
    expect(validateCallFilters({ to: "2026-13-45" })).toEqual({ to: "There is no such day in the calendar." });
  });

  it("a search, a rep and a page from the address are checked too", () => {
    expect(validateCallFilters({ q: "x".repeat(201), rep: "0", page: "0" })).toEqual({
      q: "Search for at most 200 characters.",
      rep: "Choose a rep from the list.",
      page: "Pages run from 1 to 1,000.",
    });
    expect(hasErrors(validateCallFilters({ q: "pricing", page: "2", rep: "12", vendor: "execvision" }))).toBe(false);
  });
});

describe("edits in flight", () => {
  it("are kept until the address holds them, so a late round trip cannot wipe them", () => {
    const edits = { from: "2026-03-15", minCalls: "" };
    // The address still holds an earlier day: both edits stay.
    expect(unappliedEdits(edits, { ...board, from: "2026-03-01" })).toEqual(edits);
    // It caught up with the day; the empty minimum (sent as 0) stays as typed.
    expect(unappliedEdits(edits, { ...board, from: "2026-03-15", minCalls: "0" })).toEqual({ minCalls: "" });
    expect(unappliedEdits<Record<string, string | undefined>>({ to: undefined }, { ...board })).toEqual({});
  });
});

describe("a refusal from the server", () => {
  const labels = { minCalls: "Minimum calls", from: "From", to: "To" };

  it("is put in words with the form's names", () => {
    expect(describeServerProblem("Invalid query: minCalls: must be a number", labels)).toBe("Minimum calls must be a number.");
    expect(describeServerProblem("Invalid query: from: from must not be after to; to: 2026-13-45 is not a day of the calendar", labels)).toBe(
      "From must not be after to. To: 2026-13-45 is not a day of the calendar.",
    );
  });

  it("a 400 replaces the results with its words; other failures keep their message and may be retried", () => {
    const refused = readableError(new ApiError(400, "bad_request", "Invalid query: minCalls: must be a number"), labels);
    expect(refused).toEqual({ error: new Error("These filters cannot be used. Minimum calls must be a number."), refused: true });
    const busy = readableError(new ApiError(503, "busy", "The database is busy"), labels);
    expect([busy.error.message, busy.refused]).toEqual(["The database is busy", false]);
  });
});

describe("a rep page's period", () => {
  it("is said in words when the address holds one that cannot be used", () => {
    expect(validateRepFilters({ period: "90" })).toEqual({});
    expect(validateRepFilters({ period: "custom", from: "2026-01-01", to: "2026-03-31", skillSet: "analyses" })).toEqual({});
    expect(validateRepFilters({ period: "45" })).toEqual({ period: "Choose a period from the list." });
    expect(validateRepFilters({ period: "custom", from: "2026-13-45", to: "2026-03-31" })).toEqual({ from: "There is no such day in the calendar." });
    expect(validateRepFilters({ period: "custom", from: "2020-01-01", to: "2026-03-31" }).to).toMatch(/at most two years/);
    expect(validateRepFilters({ period: "custom" })).toEqual({ from: "Enter the first day of the range.", to: "Enter the last day of the range." });
    expect(validateRepFilters({ skillSet: "astrology" })).toEqual({ skillSet: "Choose a skill set from the list." });
  });
});

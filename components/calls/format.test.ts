import { describe, expect, it } from "vitest";
import { UTC_RULES, zoneRules } from "@/lib/time-zone";
import { formatCallDate, formatClock, formatDuration, formatNumber, humanize, initials, stripQaPrefix, summaryParts } from "./format";

describe("format", () => {
  it("formats clocks", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65.9)).toBe("1:05");
    expect(formatClock(3725)).toBe("1:02:05");
    expect(formatClock(Number.NaN)).toBe("0:00");
  });

  it("formats durations", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(125)).toBe("2 min 5 s");
    expect(formatDuration(7260)).toBe("2 h 1 min");
    expect(formatDuration(null)).toBeNull();
  });

  it("humanizes keys", () => {
    expect(humanize("tech_stack_mentioned")).toBe("Tech stack mentioned");
    expect(humanize("isDecisionMaker")).toBe("Is decision maker");
  });

  it("strips Q: and A:", () => {
    expect(stripQaPrefix("Q: Who else?")).toBe("Who else?");
    expect(stripQaPrefix("A: Emily said: yes")).toBe("Emily said: yes");
    expect(stripQaPrefix("Quarterly numbers")).toBe("Quarterly numbers");
  });

  it("makes initials", () => {
    expect(initials("Marcus Reid")).toBe("MR");
    expect(initials("Speaker 2")).toBe("S2");
    expect(initials("agent")).toBe("AG");
    expect(initials("")).toBe("?");
  });
});

describe("summaryParts", () => {
  it("splits labelled markdown summaries into sections", () => {
    expect(summaryParts("**Call:** Pricing with Meridian **Focus next:** Ask open questions. **Talk ratio:** 61% rep")).toEqual([
      { label: "Call", text: "Pricing with Meridian" },
      { label: "Focus next", text: "Ask open questions." },
      { label: "Talk ratio", text: "61% rep" },
    ]);
  });

  it("keeps plain summaries whole and drops stray bold markers", () => {
    expect(summaryParts("Priya spoke with Emily.")).toEqual([{ label: null, text: "Priya spoke with Emily." }]);
    expect(summaryParts("A **very** good call")).toEqual([{ label: null, text: "A very good call" }]);
    expect(summaryParts("Intro. **Next:** send the deck")).toEqual([
      { label: null, text: "Intro." },
      { label: "Next", text: "send the deck" },
    ]);
  });
});

describe("formatCallDate", () => {
  const NOW = new Date("2026-12-05T12:00:00Z");

  it("writes the date and time as a person would, in the viewer's zone, named", () => {
    const newYork = zoneRules("America/New_York", NOW);
    expect(formatCallDate(new Date("2026-11-11T00:12:00Z"), newYork)).toBe("Tue, Nov 10, 2026, 7:12 PM EST");
    expect(formatCallDate(new Date("2026-01-04T00:05:00Z"), UTC_RULES)).toBe("Sun, Jan 4, 2026, 12:05 AM UTC");
    expect(formatCallDate(new Date("2026-01-04T12:00:00Z"), UTC_RULES)).toBe("Sun, Jan 4, 2026, 12:00 PM UTC");
  });

  it("names the offset in force at the time, in summer and in winter", () => {
    const berlin = zoneRules("Europe/Berlin", NOW);
    expect(formatCallDate(new Date("2026-03-29T00:59:00Z"), berlin)).toBe("Sun, Mar 29, 2026, 1:59 AM GMT+1");
    expect(formatCallDate(new Date("2026-03-29T01:00:00Z"), berlin)).toBe("Sun, Mar 29, 2026, 3:00 AM GMT+2");
    const intl = new Date("2026-08-14T09:30:00Z").toLocaleString("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: "Europe/Berlin" });
    expect(formatCallDate(new Date("2026-08-14T09:30:00Z"), berlin)).toBe(intl.replace(/\s/g, " "));
  });
});

describe("formatNumber", () => {
  it("groups thousands and trims fractions", () => {
    expect(formatNumber(20000)).toBe("20,000");
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatNumber(0.5, 2)).toBe("0.5");
    expect(formatNumber(82)).toBe("82");
    expect(formatNumber(-1500)).toBe("-1,500");
    expect(formatNumber(-0.001, 2)).toBe("0");
  });
});

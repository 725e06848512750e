import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";
import { UTC_RULES, zoneRules } from "./time-zone";

const NOW = new Date("2026-12-05T12:00:00Z");
const normalized = (text: string) => text.replace(/\s/g, " ");

describe("times of events, in the viewer's zone and named", () => {
  it("writes a time in the zone with the zone's short name, as Intl's en-US does", () => {
    const berlin = zoneRules("Europe/Berlin", NOW);
    expect(formatDateTime("2026-12-05T16:49:00Z", berlin)).toBe("Dec 5, 5:49 PM GMT+1");
    expect(formatDateTime("2026-12-05T16:49:00Z", zoneRules("America/New_York", NOW))).toBe("Dec 5, 11:49 AM EST");
    expect(formatDateTime("2026-12-05T16:49:00Z", zoneRules("Asia/Kolkata", NOW))).toBe("Dec 5, 10:19 PM GMT+5:30");
    expect(formatDateTime("2026-12-05T16:49:00Z", UTC_RULES)).toBe("Dec 5, 4:49 PM UTC");
    const intl = new Date("2026-12-05T16:49:00Z").toLocaleString("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: "Europe/Berlin" });
    expect(formatDateTime("2026-12-05T16:49:00Z", berlin)).toBe(normalized(intl));
  });

  it("follows daylight saving time: the same zone is named by the offset in force at the time", () => {
    const berlin = zoneRules("Europe/Berlin", NOW);
    expect(formatDateTime("2026-07-01T16:49:00Z", berlin)).toBe("Jul 1, 6:49 PM GMT+2");
    const newYork = zoneRules("America/New_York", NOW);
    // The night the clocks go forward: 1:59 AM EST, then 3:00 AM EDT.
    expect(formatDateTime("2026-03-08T06:59:00Z", newYork)).toBe("Mar 8, 1:59 AM EST");
    expect(formatDateTime("2026-03-08T07:00:00Z", newYork)).toBe("Mar 8, 3:00 AM EDT");
    // And back: 1:30 AM comes twice, EDT then EST.
    expect(formatDateTime("2026-11-01T05:30:00Z", newYork)).toBe("Nov 1, 1:30 AM EDT");
    expect(formatDateTime("2026-11-01T06:30:00Z", newYork)).toBe("Nov 1, 1:30 AM EST");
  });

  it("writes an event's day as it was in the zone", () => {
    expect(formatDate("2026-01-01T03:00:00Z", zoneRules("America/Los_Angeles", NOW))).toBe("Dec 31, 2025");
    expect(formatDate("2026-01-01T03:00:00Z", UTC_RULES)).toBe("Jan 1, 2026");
    expect(formatDate("2025-12-31T23:30:00Z", zoneRules("Asia/Tokyo", NOW))).toBe("Jan 1, 2026");
  });

  it("writes midnight and noon on a 12-hour clock, and a dash for what is not a time", () => {
    expect(formatDateTime("2026-01-04T00:05:00Z", UTC_RULES)).toBe("Jan 4, 12:05 AM UTC");
    expect(formatDateTime("2026-01-04T12:00:00Z", UTC_RULES)).toBe("Jan 4, 12:00 PM UTC");
    expect(formatDateTime("not a date", UTC_RULES)).toBe("–");
    expect(formatDate("not a date", UTC_RULES)).toBe("–");
  });

  it("formats instants outside the years the rules cover with Intl, the same way", () => {
    const berlin = zoneRules("Europe/Berlin", NOW);
    expect(formatDateTime("2012-07-01T10:00:00Z", berlin)).toBe("Jul 1, 12:00 PM GMT+2");
    expect(formatDate("2040-01-01T00:30:00Z", zoneRules("America/Chicago", NOW))).toBe("Dec 31, 2039");
  });
});

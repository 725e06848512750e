import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listTimeZones, looksLikeTimeZone, MAX_TIME_ZONE_LENGTH, parseTimeZone, timeZoneProblem, UTC_RULES, zonedParts, zoneProbes, zoneRules, zoneStateAt } from "./time-zone";

const NOW = new Date("2026-12-05T12:00:00Z");

describe("which time zones are accepted", () => {
  it("accepts IANA names, and answers each by its canonical spelling", () => {
    expect(parseTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(parseTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(parseTimeZone("UTC")).toBe("UTC");
    expect(parseTimeZone("Etc/GMT+1")).toBe("Etc/GMT+1");
  });

  it("refuses a zone Intl does not know, with words that say what to send", () => {
    expect(parseTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(parseTimeZone("Europe/Berlinn")).toBeNull();
    expect(timeZoneProblem("Mars/Olympus_Mons")).toBe('"Mars/Olympus_Mons" is not a time zone; use an IANA name such as Europe/Berlin or America/New_York');
    expect(timeZoneProblem("Europe/Berlin")).toBeNull();
  });

  it("refuses an overlong name before asking Intl", () => {
    const long = `Europe/${"B".repeat(MAX_TIME_ZONE_LENGTH)}`;
    expect(parseTimeZone(long)).toBeNull();
    expect(timeZoneProblem(long)).toBe(`a time zone name has at most ${MAX_TIME_ZONE_LENGTH} characters`);
  });

  it("ignores cookie garbage without throwing", () => {
    for (const value of ["", " ", "Europe/Berlin; path=/", "Europe%2FBerlin", "../../etc/passwd", "+01:00", "Europe/Berlin\u0000", "Europa/Berlín", "\"Europe/Berlin\"", "%", "x".repeat(10_000), undefined, null, 42, {}, ["UTC"]]) {
      expect(() => parseTimeZone(value)).not.toThrow();
      expect(parseTimeZone(value), JSON.stringify(value)).toBeNull();
    }
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (value) => parseTimeZone(value) === null || looksLikeTimeZone(value)));
  });

  it("lists UTC first, then every zone Intl knows, each accepted", () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Berlin");
    expect(new Set(zones).size).toBe(zones.length);
    for (const zone of zones) expect(parseTimeZone(zone), zone).not.toBeNull();
  });
});

describe("a zone's rules", () => {
  it("finds daylight saving time's changes to the second, with the names Intl gives them", () => {
    const berlin = zoneRules("Europe/Berlin", NOW);
    const spring = Date.parse("2026-03-29T01:00:00Z");
    const autumn = Date.parse("2026-10-25T01:00:00Z");
    expect(zoneStateAt(berlin, spring - 1000)).toMatchObject({ offset: 3600, name: "GMT+1" });
    expect(zoneStateAt(berlin, spring)).toMatchObject({ offset: 7200, name: "GMT+2" });
    expect(zoneStateAt(berlin, autumn - 1000)).toMatchObject({ offset: 7200, name: "GMT+2" });
    expect(zoneStateAt(berlin, autumn)).toMatchObject({ offset: 3600, name: "GMT+1" });
    // Two changes a year over the eight years around now.
    expect(berlin.spans).toHaveLength(17);
  });

  it("has one span for a zone without daylight saving time, and UTC's without asking Intl", () => {
    expect(zoneRules("Asia/Kolkata", NOW).spans).toEqual([{ from: Date.UTC(2021, 0, 1), offset: 19_800, name: "GMT+5:30" }]);
    expect(zoneRules("UTC", NOW)).toBe(UTC_RULES);
  });

  it("gives an instant's date and clock in the zone, across midnight and a change of offset", () => {
    const newYork = zoneRules("America/New_York", NOW);
    // 06:59 UTC on March 8, 2026 is 1:59 AM EST; a minute later it is 3:00 AM EDT.
    expect(zonedParts(Date.parse("2026-03-08T06:59:00Z"), newYork)).toEqual({ year: 2026, month: 2, day: 8, weekday: 0, hour: 1, minute: 59, zoneName: "EST" });
    expect(zonedParts(Date.parse("2026-03-08T07:00:00Z"), newYork)).toEqual({ year: 2026, month: 2, day: 8, weekday: 0, hour: 3, minute: 0, zoneName: "EDT" });
    expect(zonedParts(Date.parse("2026-01-01T03:00:00Z"), newYork)).toMatchObject({ year: 2025, month: 11, day: 31, hour: 22 });
    expect(zonedParts(Number.NaN, newYork)).toBeNull();
  });

  it("agrees with Intl for any zone and any instant, inside the years it covers and outside them", () => {
    const zones = listTimeZones();
    const intl = (zone: string, ms: number) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short", year: "numeric", month: "numeric", day: "numeric", weekday: "short", hour: "numeric", minute: "numeric", hourCycle: "h23" })
          .formatToParts(ms)
          .map((p) => [p.type, p.value]),
      );
      return { year: Number(parts.year), month: Number(parts.month) - 1, day: Number(parts.day), weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday), hour: Number(parts.hour), minute: Number(parts.minute), zoneName: parts.timeZoneName };
    };
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2031, 0, 1) }), (zone, ms) => {
        expect(zonedParts(ms, zoneRules(zone, NOW))).toEqual(intl(zone, ms));
      }),
      { numRuns: 400 },
    );
  });

  it("gives a zone's offsets at mid-month instants, as the browser's Date would report them", () => {
    const probes = zoneProbes(zoneRules("Europe/Berlin", NOW), NOW);
    expect(probes).toHaveLength(12);
    expect(probes[0]).toEqual({ at: Date.UTC(2026, 0, 15, 12), offset: 60 });
    expect(probes[6]).toEqual({ at: Date.UTC(2026, 6, 15, 12), offset: 120 });
    // Lagos has Berlin's winter offset but no summer time: the probes tell them apart.
    expect(zoneProbes(zoneRules("Africa/Lagos", NOW), NOW)).not.toEqual(probes);
  });
});

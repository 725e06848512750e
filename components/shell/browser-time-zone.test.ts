import { describe, expect, it } from "vitest";
import { zoneProbes, zoneRules } from "@/lib/time-zone";
import { browserStillIn, browserZoneUpdate } from "./browser-time-zone";

const NOW = new Date("2026-12-05T12:00:00Z");
const berlin = { id: "Europe/Berlin", probes: zoneProbes(zoneRules("Europe/Berlin", NOW), NOW) };
/** What Date's getTimezoneOffset() says, negated, in a browser in that zone. */
const offsetsOf = (zone: string) => (ms: number) => {
  const probe = zoneProbes(zoneRules(zone, NOW), NOW).find((p) => p.at === ms);
  if (!probe) throw new Error(`no probe at ${ms}`);
  return probe.offset;
};

describe("telling whether the browser moved, without Intl", () => {
  it("trusts the cookie's zone while the browser's offsets match it all year", () => {
    expect(browserStillIn(berlin, offsetsOf("Europe/Berlin"))).toBe(true);
    expect(browserStillIn(berlin, offsetsOf("Europe/Paris"))).toBe(true); // the same clocks: nothing shown differs this year
  });

  it("asks again when an offset differs, even if only in summer, or when there is no cookie", () => {
    expect(browserStillIn(berlin, offsetsOf("Africa/Lagos"))).toBe(false);
    expect(browserStillIn(berlin, offsetsOf("America/New_York"))).toBe(false);
    expect(browserStillIn(null, offsetsOf("Europe/Berlin"))).toBe(false);
  });
});

describe("what to do about the browser's zone", () => {
  const showingBrowser = { rules: { id: "Europe/Berlin" }, browser: berlin, source: "browser" as const };

  it("writes a new zone to the cookie and renders again once, when the page shows the browser's zone", () => {
    expect(browserZoneUpdate("America/New_York", showingBrowser, null, false)).toEqual({ cookie: "tz=America/New_York; path=/; max-age=31536000; samesite=lax", refresh: true });
    expect(browserZoneUpdate("America/New_York", { rules: { id: "UTC" }, browser: null, source: "default" }, null, true)).toEqual({ cookie: "tz=America/New_York; path=/; max-age=31536000; samesite=lax; secure", refresh: true });
    // Already rendered again for this zone in this tab (the server would not take it): the cookie only.
    expect(browserZoneUpdate("America/New_York", showingBrowser, "America/New_York", false).refresh).toBe(false);
  });

  it("writes the cookie without rendering again when the page is already in the browser's zone (UTC before any cookie)", () => {
    for (const zone of ["UTC", "Etc/UTC"]) {
      expect(browserZoneUpdate(zone, { rules: { id: "UTC" }, browser: null, source: "default" }, null, false)).toEqual({ cookie: `tz=${zone}; path=/; max-age=31536000; samesite=lax`, refresh: false });
    }
  });

  it("keeps the cookie current without rendering again when the user chose a zone", () => {
    expect(browserZoneUpdate("America/New_York", { rules: { id: "Europe/Berlin" }, browser: berlin, source: "setting" }, null, false)).toMatchObject({ refresh: false, cookie: expect.stringContaining("tz=America/New_York;") });
  });

  it("does nothing for the zone the server already has, or for a name that could break the cookie", () => {
    expect(browserZoneUpdate("Europe/Berlin", showingBrowser, null, false)).toEqual({ cookie: null, refresh: false });
    for (const zone of ["", "Europe/Berlin; domain=evil.example", "x".repeat(100), "Europe/Berlín"]) expect(browserZoneUpdate(zone, showingBrowser, null, false)).toEqual({ cookie: null, refresh: false });
  });
});

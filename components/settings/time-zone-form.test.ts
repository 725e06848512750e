import { describe, expect, it } from "vitest";
import { describeZoneInUse, zoneLabel } from "./time-zone-form";

describe("the time zone setting's words", () => {
  it("says which zone times are shown in, and why", () => {
    expect(describeZoneInUse("Asia/Tokyo", "Europe/Berlin", "Asia/Tokyo")).toBe("Times are shown in Asia/Tokyo, as chosen here.");
    expect(describeZoneInUse(null, "America/New_York", "America/New_York")).toBe("Times are shown in America/New York, your browser's zone.");
    expect(describeZoneInUse(null, null, "UTC")).toBe("Times are shown in UTC until your browser says which zone it is in.");
  });

  it("writes zone names with spaces", () => {
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
  });
});

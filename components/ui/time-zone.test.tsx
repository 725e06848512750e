import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { zoneRules } from "@/lib/time-zone";
import { EventTime, TimeZoneProvider } from "./time-zone";

describe("an event's time in the viewer's zone", () => {
  it("is UTC, named, outside a provider", () => {
    expect(renderToStaticMarkup(<EventTime iso="2026-07-01T22:30:00Z" />)).toBe('<time dateTime="2026-07-01T22:30:00Z">Jul 1, 10:30 PM UTC</time>');
  });

  it("is in the provider's zone, with the day as it was there", () => {
    const tokyo = { rules: zoneRules("Asia/Tokyo", new Date("2026-12-05T12:00:00Z")), source: "setting" as const, browser: null };
    const html = renderToStaticMarkup(
      <TimeZoneProvider value={tokyo}>
        <EventTime iso="2026-07-01T22:30:00Z" /> <EventTime iso="2026-07-01T22:30:00Z" day />
      </TimeZoneProvider>,
    );
    expect(html).toBe('<time dateTime="2026-07-01T22:30:00Z">Jul 2, 7:30 AM GMT+9</time> <time dateTime="2026-07-01T22:30:00Z">Jul 2, 2026</time>');
  });
});

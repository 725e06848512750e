"use client";

// The zone the viewer's times are shown in, resolved on the server for each
// request (their setting, else their browser's, else UTC) and handed to the
// client components here, so the server's HTML and the browser's render write
// the same strings.
import { createContext, useContext } from "react";
import { formatDate, formatDateTime } from "@/lib/format";
import { UTC_RULES, type ViewerTimeZone, type ZoneRules } from "@/lib/time-zone";

export type { ViewerTimeZone };

const DEFAULT: ViewerTimeZone = { rules: UTC_RULES, source: "default", browser: null };
const TimeZoneContext = createContext<ViewerTimeZone>(DEFAULT);

export function TimeZoneProvider({ value, children }: { value: ViewerTimeZone; children: React.ReactNode }) {
  return <TimeZoneContext.Provider value={value}>{children}</TimeZoneContext.Provider>;
}

/** The rules of the zone the viewer's times are shown in (UTC outside a provider). */
export function useTimeZone(): ZoneRules {
  return useContext(TimeZoneContext).rules;
}

export function useViewerTimeZone(): ViewerTimeZone {
  return useContext(TimeZoneContext);
}

/** When something happened, in the viewer's zone: "Dec 5, 5:49 PM GMT+1", or with `day` only the date. */
export function EventTime({ iso, day = false }: { iso: string; day?: boolean }) {
  const zone = useTimeZone();
  return <time dateTime={iso}>{day ? formatDate(iso, zone) : formatDateTime(iso, zone)}</time>;
}

"use client";

// Keeps the `tz` cookie on the browser's zone, so the server can show times in
// it, and refreshes the page once when that changes what the page shows.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useViewerTimeZone } from "@/components/ui/time-zone";
import { looksLikeTimeZone, TIME_ZONE_COOKIE, type ViewerTimeZone } from "@/lib/time-zone";

const REFRESHED_KEY = "coachboard:time-zone-refreshed";
const YEAR_SECONDS = 365 * 24 * 3600;

/** Whether the browser still has the offsets of the zone it reported: then it is (almost surely) still there. */
export function browserStillIn(browser: ViewerTimeZone["browser"], offsetAt: (ms: number) => number): boolean {
  return browser !== null && browser.probes.every((probe) => offsetAt(probe.at) === probe.offset);
}

/**
 * What to do about the zone the browser is in: the cookie to write (null:
 * none), and whether to render the page again, which only a page showing the
 * browser's zone needs, and once per zone per tab (`refreshedFor`), so that a
 * zone the server cannot use never reloads the page over and over.
 */
export function browserZoneUpdate(
  zone: string,
  { rules, browser, source }: Pick<ViewerTimeZone, "browser" | "source"> & { rules: { id: string } },
  refreshedFor: string | null,
  secure: boolean,
): { cookie: string | null; refresh: boolean } {
  if (!looksLikeTimeZone(zone) || zone === browser?.id) return { cookie: null, refresh: false };
  const cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${YEAR_SECONDS}; samesite=lax${secure ? "; secure" : ""}`;
  // A page already shown in the browser's zone (UTC, say, before any cookie) stays as it is.
  const shown = sameZone(zone, rules.id);
  return { cookie, refresh: source !== "setting" && !shown && refreshedFor !== zone };
}

const UTC_NAMES = /^(?:Etc\/)?(?:UTC|UCT|GMT|Universal|Zulu|Greenwich)$/;

/** Whether two zone names are the same zone (UTC has several). */
function sameZone(a: string, b: string): boolean {
  return a === b || (UTC_NAMES.test(a) && UTC_NAMES.test(b));
}

function refreshedFor(): string | null {
  try {
    return window.sessionStorage.getItem(REFRESHED_KEY);
  } catch {
    return null;
  }
}

/** Remembers the refresh; false when the tab cannot (then better no refresh than a loop). */
function rememberRefresh(zone: string): boolean {
  try {
    window.sessionStorage.setItem(REFRESHED_KEY, zone);
    return true;
  } catch {
    return false;
  }
}

export function BrowserTimeZone() {
  const viewerZone = useViewerTimeZone();
  const router = useRouter();
  useEffect(() => {
    // Date's offsets are at hand; Intl, which alone names the zone, costs a
    // page ~40 ms to start: it is asked only when the offsets disagree.
    if (browserStillIn(viewerZone.browser, (ms) => -new Date(ms).getTimezoneOffset())) return;
    const check = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const update = browserZoneUpdate(zone, viewerZone, refreshedFor(), window.location.protocol === "https:");
      if (update.cookie) document.cookie = update.cookie;
      if (update.refresh && rememberRefresh(zone)) router.refresh();
    };
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(check, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(check, 0);
    return () => window.clearTimeout(handle);
  }, [viewerZone, router]);
  return null;
}

// Display formats shared by the pages.
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { type ZonedParts, type ZoneRules, zonedParts } from "@/lib/time-zone";

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "–";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "5:49 PM GMT+1": a clock time with its zone's short name. */
export function formatClockTime(parts: ZonedParts): string {
  return `${parts.hour % 12 || 12}:${String(parts.minute).padStart(2, "0")} ${parts.hour < 12 ? "AM" : "PM"} ${parts.zoneName}`;
}

/** "Dec 5, 5:49 PM GMT+1": when something happened, in the viewer's zone, named (as Intl's en-US would write it). */
export function formatDateTime(iso: string, zone: ZoneRules): string {
  const parts = zonedParts(Date.parse(iso), zone);
  return parts ? `${MONTHS[parts.month]} ${parts.day}, ${formatClockTime(parts)}` : "–";
}

/** "Dec 5, 2026": the day something happened, in the viewer's zone. */
export function formatDate(iso: string, zone: ZoneRules): string {
  const parts = zonedParts(Date.parse(iso), zone);
  return parts ? `${MONTHS[parts.month]} ${parts.day}, ${parts.year}` : "–";
}

export function vendorLabel(vendor: string): string {
  return VENDOR_LABELS[vendor as Vendor] ?? vendor;
}

/** "Rebecca Holt" → "R. Holt"; a single name stays as it is. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts[0] ?? name;
  return `${parts[0][0].toUpperCase()}. ${parts[parts.length - 1]}`;
}

export function humanize(value: string): string {
  return value.replace(/[_-]+/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}

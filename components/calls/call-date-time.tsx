"use client";

// A moment of a call (when it started, when a comment was given) in the viewer's
// zone, named: "Tue, Nov 10, 2026, 7:12 PM EST".
import { useTimeZone } from "@/components/ui/time-zone";
import { formatCallDate } from "./format";

export function CallDateTime({ iso }: { iso: string }) {
  const zone = useTimeZone();
  return <time dateTime={iso}>{formatCallDate(new Date(iso), zone)}</time>;
}

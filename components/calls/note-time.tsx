"use client";

// When a comment or highlight was given, in the viewer's zone.
import { useTimeZone } from "@/components/ui/time-zone";
import { formatCallDate } from "./format";

export function NoteTime({ iso }: { iso: string }) {
  const zone = useTimeZone();
  return <time dateTime={iso}>{formatCallDate(new Date(iso), zone)}</time>;
}

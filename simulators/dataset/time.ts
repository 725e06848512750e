// Time helpers for generated data: the demo org works New York hours, and each
// vendor formats timestamps its own way (with or without ms, microseconds, offsets).
import type { Rng } from "./prng";
import { DAY_MS } from "./org";

const etParts = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/New_York",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  weekday: "short",
});

export interface EtTime { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: string }

export function etTime(ms: number): EtTime {
  const parts: Record<string, string> = {};
  for (const part of etParts.formatToParts(new Date(ms))) parts[part.type] = part.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second), weekday: parts.weekday,
  };
}

/** Minutes New York is ahead of UTC at that instant (-240 in summer, -300 in winter). */
export function etOffsetMinutes(ms: number): number {
  const t = etTime(ms);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The UTC instant of a New York wall-clock time on the UTC calendar day of dayMs. */
export function etWallClock(dayMs: number, hour: number, minute: number): number {
  const d = new Date(dayMs);
  const guess = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, minute);
  return guess - etOffsetMinutes(guess) * 60_000;
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** 2024-01-15T14:33:00.000Z */
export const isoMs = (ms: number): string => new Date(ms).toISOString();

/** 2024-01-15T14:33:00Z */
export const isoSeconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

/** 2018-11-09T18:09:11.794403Z: ExecVision's microsecond timestamps; `micros` (0..999999) replaces the fraction. */
export function isoMicros(ms: number, micros: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}.${String(micros % 1_000_000).padStart(6, "0")}Z`;
}

/** 2020-08-12T08:46:45.231840-04:00: New York local time with its offset (microseconds when given). */
export function isoEt(ms: number, micros: number | null = null): string {
  const offset = etOffsetMinutes(ms);
  const local = new Date(ms + offset * 60_000).toISOString();
  const fraction = micros === null ? local.slice(0, 23) : `${local.slice(0, 19)}.${String(micros % 1_000_000).padStart(6, "0")}`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${fraction}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export const dateOnly = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Moves an instant outside 8 AM–7 PM New York on a weekday to the next working morning. */
export function workingHours(ms: number, rng: Rng): number {
  const et = etTime(ms);
  const weekend = et.weekday === "Sat" || et.weekday === "Sun";
  if (!weekend && et.hour >= 8 && et.hour < 19) return ms;
  let day = Date.UTC(et.year, et.month - 1, et.day);
  if (weekend || et.hour >= 19) day += DAY_MS;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY_MS;
  return etWallClock(day, rng.int(8, 10), rng.int(0, 59)) + rng.int(0, 59_999);
}

/**
 * Random working-hours call start times, New York time, over the `days` days
 * before the anchor: weekdays, with a rare Saturday.
 */
export function businessTimes(rng: Rng, count: number, anchorMs: number, days: number, fromHour = 9, toHour = 17): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const day = startOfUtcDay(anchorMs) - rng.int(1, days) * DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || (weekday === 6 && !rng.chance(0.08))) continue;
    const at = etWallClock(day, rng.int(fromHour, toHour - 1), rng.int(0, 59)) + rng.int(0, 59) * 1000;
    if (at >= anchorMs) continue;
    out.push(at);
  }
  return out.sort((a, b) => a - b);
}

// Rebasing: the committed dataset ends on a fixed anchor day; the simulator
// moves every date by whole days so that day becomes today, keeping times of day.
import type { DemoDataset, EvLazyCalls } from "./types";

const DAY_MS = 86_400_000;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Whole days from the anchor's UTC day to nowMs's UTC day. */
export function rebaseDays(anchor: string, nowMs: number): number {
  return Math.floor(nowMs / DAY_MS) - Math.floor(Date.parse(anchor) / DAY_MS);
}

/** Moves the date part of an ISO date or timestamp; anything else comes back unchanged. */
export function shiftDateString(value: string, days: number): string {
  if (days === 0 || value.length < 10 || value.length > 40) return value;
  const match = DATE_PREFIX.exec(value);
  if (!match) return value;
  const shifted = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + days * DAY_MS);
  return shifted.toISOString().slice(0, 10) + (match[4] ?? "");
}

/** A deep copy with every date moved by `days` (a copy even when days is 0). */
export function rebaseDataset(dataset: DemoDataset, days: number): DemoDataset {
  const calls = dataset.execvision.calls;
  const lazy = !Array.isArray(calls) ? calls : null;
  const plain = lazy ? { ...dataset, execvision: { ...dataset.execvision, calls: [] } } : dataset;
  const copy = JSON.parse(JSON.stringify(plain), (_key, value) => (typeof value === "string" ? shiftDateString(value, days) : value)) as DemoDataset;
  if (lazy) copy.execvision.calls = days === 0 ? lazy : (lazy as EvLazyCalls).shiftDays(days);
  return copy;
}

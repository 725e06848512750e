// Where a seek lands among the transcript's lines. Free of zod and of any
// server code: the call page's script imports it.

/**
 * How far past a line's start a jump to it lands. The audio element may
 * report a seek a few microseconds early, which read against the line starts
 * would light the line before; a few milliseconds in is safe and inaudible.
 */
export const LINE_LANDING_MS = 5;

/**
 * Milliseconds rounded to the microsecond, so a time that went through
 * seconds (1.005 s × 1000 = 1004.9999999999999 ms) equals the whole
 * millisecond it came from and lands on the same side of a line's start.
 */
export function snapMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** The line playing at ms: the last to start at or before it, or -1 before the first. Starts ascend. */
export function lineAtMs(starts: ArrayLike<number>, ms: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= ms) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Where a jump to a line lands: LINE_LANDING_MS past its start, or halfway to the next line if that starts sooner. */
export function lineLandingMs(starts: ArrayLike<number>, line: number): number {
  const start = starts[line];
  const next = line + 1 < starts.length ? starts[line + 1] : Number.POSITIVE_INFINITY;
  return start + Math.min(LINE_LANDING_MS, (next - start) / 2);
}

/**
 * Where a seek to ms should land so the line lit is the line meant: a seek
 * to a line's start (or a word's, a few ms before it) goes to the line's
 * landing point; any other moment stays as it is.
 */
export function landingMs(starts: ArrayLike<number>, ms: number): number {
  const at = lineAtMs(starts, ms);
  if (at >= 0) {
    const landing = lineLandingMs(starts, at);
    if (ms < landing) return landing;
  }
  const next = at + 1;
  if (next < starts.length && starts[next] - ms < LINE_LANDING_MS) return lineLandingMs(starts, next);
  return ms;
}

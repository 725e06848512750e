// The ?t= of a call's address: where playback starts. People write it in
// seconds (90, 90.5), as a clock (1:30, 1:02:03) or as video sites do
// (1m30s, 1h2m3s, 90s); anything else plays from the start.

/** Longer than any sensible moment: not worth reading. */
const MAX_LENGTH = 32;

const SECONDS = /^(\d+(?:\.\d+)?)$/;
// m:ss or h:mm:ss; minutes and seconds under a clock's 60 once an hour or minute precedes them.
const CLOCK = /^(?:(\d+):([0-5]\d):|(\d+):)([0-5]\d(?:\.\d+)?)$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/** Seconds from ?t= (repeated, the first counts); 0 for anything that is not a moment. */
export function parseTimeParam(value: string | string[] | null | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > MAX_LENGTH) return 0;
  const text = raw.trim().toLowerCase();
  if (!text) return 0;
  let seconds: number | null = null;
  let match: RegExpExecArray | null;
  if ((match = SECONDS.exec(text))) {
    seconds = Number(match[1]);
  } else if ((match = CLOCK.exec(text))) {
    const [, hours, minutesAfterHours, minutes, secs] = match;
    seconds = hours !== undefined ? Number(hours) * 3600 + Number(minutesAfterHours) * 60 + Number(secs) : Number(minutes) * 60 + Number(secs);
  } else if ((match = UNITS.exec(text)) && (match[1] || match[2] || match[3])) {
    const [, hours, minutes, secs] = match;
    seconds = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(secs ?? 0);
  }
  return seconds !== null && Number.isFinite(seconds) && seconds >= 0 ? seconds : 0;
}

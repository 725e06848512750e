// Time zones: which names are accepted, and each zone's rules (its UTC
// offsets and short names over the years around now), worked out once with
// Intl on the server and sent to the browser. The browser formats times from
// those rules by hand: starting Intl up costs a first page ~40 ms of script,
// and the server and the browser then write exactly the same strings.

/** The cookie the browser keeps its own zone in. */
export const TIME_ZONE_COOKIE = "tz";
/** Longer than any IANA name (the longest is about 30 characters). */
export const MAX_TIME_ZONE_LENGTH = 64;
const ZONE_CHARACTERS = /^[A-Za-z0-9_+\-/]+$/;

/** Whether a value is shaped like a zone name (bounded, of the characters IANA names use); says nothing of whether the zone exists. */
export function looksLikeTimeZone(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_TIME_ZONE_LENGTH && ZONE_CHARACTERS.test(value);
}

/**
 * The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null for
 * anything that is not a zone Intl knows. Never throws.
 */
export function parseTimeZone(value: unknown): string | null {
  if (!looksLikeTimeZone(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Why a zone is refused, in words; null when it is accepted. */
export function timeZoneProblem(value: string): string | null {
  if (value.length > MAX_TIME_ZONE_LENGTH) return `a time zone name has at most ${MAX_TIME_ZONE_LENGTH} characters`;
  if (parseTimeZone(value) === null) return `"${value}" is not a time zone; use an IANA name such as Europe/Berlin or America/New_York`;
  return null;
}

/** Every zone a user can pick, UTC first. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  return ["UTC", ...zones];
}

/** From `from` (ms since the epoch) until the next span: `offset` seconds east of UTC, called `name` ("GMT+1", "EST"). */
export interface ZoneSpan {
  from: number;
  offset: number;
  name: string;
}

/** A zone's spans over [from, until); instants outside are formatted with Intl. */
export interface ZoneRules {
  id: string;
  from: number;
  until: number;
  spans: ZoneSpan[];
}

const EARLIEST = -8.64e15;
const LATEST = 8.64e15;
export const UTC_RULES: ZoneRules = { id: "UTC", from: EARLIEST, until: LATEST, spans: [{ from: EARLIEST, offset: 0, name: "UTC" }] };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      timeZoneName: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface ZoneState {
  offset: number;
  name: string;
}

/** The zone's offset and short name at an instant, from Intl. */
function stateAt(zone: string, ms: number): ZoneState {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(ms)) parts[part.type] = part.value;
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return { offset: Math.round((local - Math.floor(ms / 1000) * 1000) / 1000), name: parts.timeZoneName ?? zone };
}

const same = (a: ZoneState, b: ZoneState) => a.offset === b.offset && a.name === b.name;
const DAY_MS = 86_400_000;
const YEARS_BEFORE = 5;
const YEARS_AFTER = 2;
const rulesCache = new Map<string, ZoneRules>();

/**
 * The rules of a (valid) zone for the years around `now`: sampled daily, each
 * change found to the second. Kept per zone and year; a few ms the first time.
 */
export function zoneRules(zone: string, now = new Date()): ZoneRules {
  if (zone === "UTC") return UTC_RULES;
  const year = now.getUTCFullYear();
  const key = `${zone}@${year}`;
  const cached = rulesCache.get(key);
  if (cached) return cached;
  const from = Date.UTC(year - YEARS_BEFORE, 0, 1);
  const until = Date.UTC(year + YEARS_AFTER + 1, 0, 1);
  let state = stateAt(zone, from);
  const spans: ZoneSpan[] = [{ from, ...state }];
  for (let at = from + DAY_MS; at < until; at += DAY_MS) {
    const next = stateAt(zone, at);
    if (same(next, state)) continue;
    // The change lies in (at - 1 day, at]: narrow it down to the second.
    let before = at - DAY_MS;
    let after = at;
    while (after - before > 1000) {
      const middle = before + Math.floor((after - before) / 2000) * 1000;
      if (same(stateAt(zone, middle), state)) before = middle;
      else after = middle;
    }
    spans.push({ from: after, ...next });
    state = next;
  }
  const rules = { id: zone, from, until, spans };
  if (rulesCache.size >= 1000) rulesCache.clear();
  rulesCache.set(key, rules);
  return rules;
}

/** The zone's offset (seconds east of UTC) and short name at an instant. */
export function zoneStateAt(rules: ZoneRules, ms: number): ZoneState {
  if (ms >= rules.from && ms < rules.until) {
    const { spans } = rules;
    let low = 0;
    let high = spans.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (spans[middle].from <= ms) low = middle;
      else high = middle - 1;
    }
    return spans[low];
  }
  return stateAt(rules.id, ms);
}

/** An instant's calendar date and clock in a zone; months and weekdays from 0, as Date has them. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  zoneName: string;
}

/** The parts of a valid instant in the zone; null for an invalid one. */
export function zonedParts(ms: number, rules: ZoneRules): ZonedParts | null {
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > LATEST) return null;
  const { offset, name } = zoneStateAt(rules, ms);
  const local = new Date(ms + offset * 1000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate(), weekday: local.getUTCDay(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), zoneName: name };
}

export interface ViewerTimeZone {
  /** The zone times are shown in. */
  rules: ZoneRules;
  /** Where it came from: the user's setting, the browser's zone (its cookie), or neither (UTC). */
  source: "setting" | "browser" | "default";
  /**
   * The zone the browser said it is in last time, with that zone's offsets
   * (minutes east of UTC) at a few instants: while the browser's own offsets
   * agree, it has not moved, and nothing needs to ask Intl.
   */
  browser: { id: string; probes: { at: number; offset: number }[] } | null;
}

/** Instants (noon UTC, mid-month, in `now`'s year) at which a browser's offsets tell its zone apart from most others. */
export function probeInstants(now = new Date()): number[] {
  return Array.from({ length: 12 }, (_, month) => Date.UTC(now.getUTCFullYear(), month, 15, 12));
}

/** A zone's offsets, in minutes east of UTC as Date's getTimezoneOffset() would say (negated), at the probe instants. */
export function zoneProbes(rules: ZoneRules, now = new Date()): { at: number; offset: number }[] {
  return probeInstants(now).map((at) => ({ at, offset: Math.round(zoneStateAt(rules, at).offset / 60) }));
}

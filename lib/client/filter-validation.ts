// Filter values checked in the form before any request, each problem told in
// words beside its field; the server's own checks (lib/http/params.ts,
// lib/data/list-calls.ts) stay the last word, and what they refuse is put in
// words here too.
import { SKILL_SETS } from "@/lib/domain/skills";
import { VENDORS } from "@/lib/domain/vendors";
import { daysSpanned, FIRST_YEAR, LAST_YEAR, MAX_PAGE, MAX_PERIOD_DAYS, parseIsoDay } from "@/lib/http/query-bounds";
import { ApiError } from "./fetch-json";

export type Filters = Record<string, string | undefined>;
export type FilterErrors = Partial<Record<string, string>>;

export const hasErrors = (errors: FilterErrors): boolean => Object.values(errors).some(Boolean);

/** The longest CRM account or opportunity name a calls filter takes (lib/sync/store/crm.ts keeps no longer one). */
export const MAX_CRM_NAME = 200;
/** The longest CRM search (lib/data/list-calls.ts). */
export const MAX_CRM_SEARCH = 100;

/** The most calls a leaderboard filter may ask a rep to have. */
export const MAX_MIN_CALLS = 10_000;
const PERIODS = ["7", "30", "90", "180", "custom"];
const MAX_ID = 2_147_483_647;
const DAY_MS = 86_400_000;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a day cannot be used, in words; null when it can. */
export function dayProblem(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return "Enter a whole date: day, month and year.";
  const day = parseIsoDay(text);
  if (!day) return "There is no such day in the calendar.";
  const year = day.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return `Enter a year from ${FIRST_YEAR} to ${LAST_YEAR}.`;
  return null;
}

/** Whether a date input's value is a whole day to apply while the user is still typing (year 0002 is not). */
export const isWholeDay = (text: string): boolean => text !== "" && dayProblem(text) === null;

const isId = (text: string) => /^\d{1,10}$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_ID;

/** From and To: each a day, From not after To; a span longer than `maxDays` is refused on To. */
function checkRange(f: Filters, errors: FilterErrors, maxDays?: number): void {
  if (f.from) errors.from = dayProblem(f.from) ?? undefined;
  if (f.to) errors.to = dayProblem(f.to) ?? undefined;
  if (!f.from || !f.to || errors.from || errors.to) return;
  const days = daysSpanned(f.from, f.to);
  if (days < 1) errors.from = "From must be on or before To.";
  else if (maxDays !== undefined && days > maxDays) {
    errors.to = `A custom range can cover at most two years (${maxDays} days); this one covers ${days.toLocaleString("en-US")} days.`;
  }
}

function checkChoices(f: Filters, errors: FilterErrors): void {
  if (f.team && !isId(f.team)) errors.team = "Choose a team from the list.";
  if (f.rep && !isId(f.rep)) errors.rep = "Choose a rep from the list.";
  if (f.vendor && !(VENDORS as readonly string[]).includes(f.vendor)) errors.vendor = "Choose a source from the list.";
}

/** A reporting period: one of the list, or a custom range of at most two years. */
function checkPeriod(f: Filters, errors: FilterErrors): void {
  if (f.period !== undefined && !PERIODS.includes(f.period)) errors.period = "Choose a period from the list.";
  if (f.period === "custom") {
    if (!f.from) errors.from = "Enter the first day of the range.";
    if (!f.to) errors.to = "Enter the last day of the range.";
  }
  checkRange(f, errors, MAX_PERIOD_DAYS);
}

/** What is wrong with a rep page's period and skill set, by field. */
export function validateRepFilters(f: Filters): FilterErrors {
  const errors: FilterErrors = {};
  checkPeriod(f, errors);
  if (f.skillSet && !(SKILL_SETS as readonly string[]).includes(f.skillSet)) errors.skillSet = "Choose a skill set from the list.";
  return withoutEmpty(errors);
}

/** What is wrong with leaderboard filters, by field. */
export function validateLeaderboardFilters(f: Filters): FilterErrors {
  const errors: FilterErrors = {};
  checkPeriod(f, errors);
  checkChoices(f, errors);
  const minCalls = (f.minCalls ?? "").trim();
  if (minCalls && !(/^\d{1,5}$/.test(minCalls) && Number(minCalls) <= MAX_MIN_CALLS)) {
    errors.minCalls = `Enter a whole number of calls from 0 to ${MAX_MIN_CALLS.toLocaleString("en-US")}.`;
  }
  if (f.skillSet && !(SKILL_SETS as readonly string[]).includes(f.skillSet)) errors.skillSet = "Choose skill columns from the list.";
  return withoutEmpty(errors);
}

/** Leaderboard filters as sent: an empty minimum is no minimum. */
export function appliedLeaderboardFilters<F extends Filters>(f: F): F {
  return { ...f, minCalls: f.minCalls?.trim() || "0" };
}

/** What is wrong with calls-list filters, by field. */
export function validateCallFilters(f: Filters): FilterErrors {
  const errors: FilterErrors = {};
  checkRange(f, errors);
  checkChoices(f, errors);
  for (const key of ["minScore", "maxScore"] as const) {
    const text = f[key]?.trim();
    if (text && !(/^\d{1,3}(\.\d+)?$/.test(text) && Number(text) <= 100)) errors[key] = "Enter a score from 0 to 100.";
  }
  const [min, max] = [f.minScore?.trim(), f.maxScore?.trim()];
  if (min && max && !errors.minScore && !errors.maxScore && Number(min) > Number(max)) errors.minScore = "Min score must not be above Max score.";
  if (f.outcome !== undefined && (!f.outcome.trim() || f.outcome.length > 40 || CONTROL.test(f.outcome))) errors.outcome = "Choose an outcome from the list.";
  if (f.topic !== undefined && (!f.topic.trim() || f.topic.length > 100 || CONTROL.test(f.topic))) errors.topic = "Choose a topic from the list.";
  for (const [key, label] of [["account", "an account"], ["opportunity", "an opportunity"]] as const) {
    const text = f[key];
    if (text === undefined) continue;
    if (!text.trim()) errors[key] = `Enter ${label}'s name, or clear the field.`;
    else if (text.trim().length > MAX_CRM_NAME) errors[key] = `Enter at most ${MAX_CRM_NAME} characters.`;
    else if (CONTROL.test(text)) errors[key] = "Enter the name without tabs or line breaks.";
  }
  if (f.crm && f.crm.trim().length > MAX_CRM_SEARCH) errors.crm = `Search CRM names for at most ${MAX_CRM_SEARCH} characters.`;
  else if (f.crm && CONTROL.test(f.crm)) errors.crm = "Search for words, without tabs or line breaks.";
  if (f.q && f.q.length > 200) errors.q = "Search for at most 200 characters.";
  else if (f.q && CONTROL.test(f.q)) errors.q = "Search for words, without tabs or line breaks.";
  if (f.page && !(/^\d{1,5}$/.test(f.page) && Number(f.page) >= 1 && Number(f.page) <= MAX_PAGE)) errors.page = `Pages run from 1 to ${MAX_PAGE.toLocaleString("en-US")}.`;
  return withoutEmpty(errors);
}

function withoutEmpty(errors: FilterErrors): FilterErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

/** The last `period` days, today included, as a custom range to start editing from. */
export function customRangeOf(period: string, now = new Date()): { from: string; to: string } {
  const days = PERIODS.includes(period) && period !== "custom" ? Number(period) : 30;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(today - (days - 1) * DAY_MS), to: day(today) };
}

/** The edits not yet in the applied filters: an edit the address now holds is done. */
export function unappliedEdits<F extends Filters>(edits: Partial<F>, applied: F): Partial<F> {
  return Object.fromEntries(Object.entries(edits).filter(([key, value]) => (applied[key] ?? "") !== (value ?? ""))) as Partial<F>;
}

/**
 * A refusal from the server in words: "Invalid query: minCalls: must be a number"
 * becomes "Minimum calls must be a number." with the form's own names for the fields.
 */
export function describeServerProblem(message: string, labels: Record<string, string>): string {
  const parts = message
    .replace(/^Invalid (query|path|body): /, "")
    .split("; ")
    .map((part) => {
      const match = /^([\w.]+): (.*)$/.exec(part);
      if (!match) return sentence(part);
      const [, key, text] = match;
      const label = labels[key] ?? key;
      if (text.toLowerCase().startsWith(`${key.toLowerCase()} `)) return sentence(`${label}${text.slice(key.length)}`);
      if (/^(must|is|may) /.test(text)) return sentence(`${label} ${text}`);
      return sentence(`${label}: ${text}`);
    });
  return parts.join(" ");
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? "" : "."}`;
};

/** A failed request as the page shows it: a refusal of the filters in words, anything else as it came. */
export function readableError(error: unknown, labels: Record<string, string>): { error: Error; refused: boolean } {
  if (error instanceof ApiError && error.status === 400) {
    return { error: new Error(`These filters cannot be used. ${describeServerProblem(error.message, labels)}`), refused: true };
  }
  return { error: error instanceof Error ? error : new Error("Something went wrong."), refused: false };
}

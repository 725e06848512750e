// Plan names from vendors often carry the period they were planned for ("Discovery Q3 (Jul 1 – Sep 30)",
// "Delivery, Mar 2026-Apr 2026"). Next to "since <start date>" a period that does not hold the start
// contradicts it, so such a period is left out of the name shown; the vendor's name stays available.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?!\d)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH_DATE = String.raw`${MONTH}(?:\s+${DAY})?(?:,?\s+${YEAR})?`;
const ISO_DATE = String.raw`${YEAR}-\d{2}-\d{2}`;
const SLASH_DATE = String.raw`\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?`;
const DATE = `(?:${ISO_DATE}|${SLASH_DATE}|${MONTH_DATE})`;
const SEP = String.raw`\s*(?:[-–—]|\s(?:to|through|thru|until)\s)\s*`;
const RANGE = `${DATE}${SEP}(?:${DATE}|${DAY}(?:,?\\s+${YEAR})?)`;
const QUARTER = String.raw`(?:Q[1-4](?:\s*'?(?:${YEAR}|\d{2}))?|${YEAR}\s*Q[1-4])`;
const MONTH_YEAR = String.raw`${MONTH}\s+${YEAR}`;
const RANGE_PARTS = new RegExp(`^(${DATE})${SEP}(.+)$`, "i");
const PERIOD = new RegExp(String.raw`(\(\s*|\[\s*)?\b(${RANGE}|${QUARTER}|${MONTH_YEAR})\b(\s*\)|\s*\])?`, "gi");

interface Endpoint {
  year?: number;
  month?: number;
  day?: number;
}

function monthIndex(text: string): number | undefined {
  const i = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return i >= 0 ? i : undefined;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function parseEndpoint(text: string): Endpoint {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t);
  if (m) return { year: m[3] ? fullYear(m[3]) : undefined, month: Number(m[1]) - 1, day: Number(m[2]) };
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(t);
  if (m) return { day: Number(m[1]), year: m[2] ? Number(m[2]) : undefined };
  m = /^([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$/i.exec(t);
  if (m) return { month: monthIndex(m[1]), day: m[2] ? Number(m[2]) : undefined, year: m[3] ? Number(m[3]) : undefined };
  return {};
}

const DAY_MS = 86_400_000;

/** The span a period in a name stands for, in UTC; years it leaves out are taken from the plan's start. */
function periodSpan(text: string, startYear: number): { from: number; to: number } | null {
  const quarter = /^Q([1-4])(?:\s*'?(\d{4}|\d{2}))?$/i.exec(text);
  const yearQuarter = /^(\d{4})\s*Q([1-4])$/i.exec(text);
  if (quarter || yearQuarter) {
    const [q, y] = quarter ? [Number(quarter[1]), quarter[2] ? fullYear(quarter[2]) : startYear] : [Number(yearQuarter![2]), Number(yearQuarter![1])];
    return { from: Date.UTC(y, (q - 1) * 3, 1), to: Date.UTC(y, q * 3, 1) - 1 };
  }
  const range = RANGE_PARTS.exec(text);
  const a = parseEndpoint(range ? range[1] : text);
  const b = range ? parseEndpoint(range[2]) : { ...a, day: undefined };
  if (a.month === undefined) return null;
  const endMonth = b.month ?? a.month;
  let endYear = b.year ?? a.year ?? startYear;
  let fromYear = a.year ?? (endMonth < a.month ? endYear - 1 : endYear);
  if (a.year === undefined && b.year === undefined) {
    fromYear = startYear;
    endYear = endMonth < a.month ? startYear + 1 : startYear;
  }
  const from = Date.UTC(fromYear, a.month, a.day ?? 1);
  const to = b.day !== undefined ? Date.UTC(endYear, endMonth, b.day + 1) - 1 : Date.UTC(endYear, endMonth + 1, 1) - 1;
  return to >= from ? { from, to } : null;
}

/** A plan that starts up to this long before its named period still matches it. */
const EARLY_START_MS = 14 * DAY_MS;

function tidy(name: string): string {
  return name
    .replace(/\(\s*\)|\[\s*\]/g, "")
    .replace(/\s*([,;:·|–—-])\s*(?=[,;:·|–—-]|$)/g, "")
    .replace(/^\s*[,;:·|–—-]\s*/, "")
    .replace(/\s+([,;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * The plan's name as shown next to its start date: periods in the vendor's name that do not hold the start
 * date are left out. `changed` says whether the vendor's name should be offered as a title.
 */
export function planDisplayName(name: string, startDate: string | null): { name: string; changed: boolean } {
  const start = startDate ? Date.parse(startDate) : NaN;
  if (Number.isNaN(start)) return { name, changed: false };
  const startYear = new Date(start).getUTCFullYear();
  const stripped = name.replace(PERIOD, (match: string, open: string | undefined, period: string, close: string | undefined) => {
    // A period without a year may be this year's or, running into this year, last year's.
    const spans = [periodSpan(period, startYear), periodSpan(period, startYear - 1)];
    if (spans.some((span) => !span || (start >= span.from - EARLY_START_MS && start <= span.to))) return match;
    // Keep a bracket whose partner is not part of this match.
    return `${open && !close ? open : ""}${close && !open ? close : ""}`;
  });
  const shown = tidy(stripped);
  if (!shown || shown === name.trim()) return { name, changed: false };
  return { name: shown, changed: true };
}

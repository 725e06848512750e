// Small formatting rules shared by the call page, kept pure so they are tested once.
import { formatClockTime, MONTHS, WEEKDAYS } from "@/lib/format";
import { type ZoneRules, zonedParts } from "@/lib/time-zone";

/** 65 → "1:05", 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A spoken duration for labels: 65 → "1 min 5 s". */
export function formatDuration(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** "tech_stack_mentioned" or "techStackMentioned" → "Tech stack mentioned". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

/** Vendors prefix Q&A with "Q:" and "A:"; the page labels them itself. */
export function stripQaPrefix(text: string): string {
  return text.replace(/^\s*[QA]\s*[:.]\s*/i, "").trim();
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter((p) => /^[\p{L}\p{N}]/u.test(p));
  if (parts.length === 0) return "?";
  const letters = parts.length === 1 ? parts[0].slice(0, 2) : parts[0][0] + parts[parts.length - 1][0];
  return letters.toUpperCase();
}

export interface SummaryPart {
  label: string | null;
  text: string;
}

/**
 * Some vendors write the summary as "**Call:** ... **Focus next:** ...":
 * those labels become sections. Other bold is dropped rather than shown as
 * asterisks.
 */
export function summaryParts(summary: string): SummaryPart[] {
  const tokens = summary.split(/\*\*([^*]+?)\*\*/);
  if (tokens.length === 1) return [{ label: null, text: summary.trim() }];
  const labels = tokens.filter((_, i) => i % 2 === 1);
  if (!labels.every((l) => l.trim().endsWith(":"))) return [{ label: null, text: tokens.join("").replace(/\s+/g, " ").trim() }];
  const parts: SummaryPart[] = [];
  if (tokens[0].trim()) parts.push({ label: null, text: tokens[0].trim() });
  for (let i = 1; i < tokens.length; i += 2) parts.push({ label: tokens[i].trim().replace(/:$/, ""), text: (tokens[i + 1] ?? "").trim() });
  return parts;
}

/**
 * "Tue, Nov 10, 2026, 7:12 PM EST" in the viewer's zone, named. By hand from
 * the zone's rules rather than with Intl: starting Intl up costs a first page
 * ~40 ms of script.
 */
export function formatCallDate(date: Date, zone: ZoneRules): string {
  const parts = zonedParts(date.getTime(), zone);
  if (!parts) return "–";
  return `${WEEKDAYS[parts.weekday]}, ${MONTHS[parts.month]} ${parts.day}, ${parts.year}, ${formatClockTime(parts)}`;
}

/** 20000 → "20,000", 0.125 → "0.13"; also without Intl, for the same reason. */
export function formatNumber(value: number, maxFractionDigits = 0): string {
  const [whole, fraction] = Math.abs(value).toFixed(maxFractionDigits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = fraction?.replace(/0+$/, "");
  return `${value < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0 ? "-" : ""}${grouped}${trimmed ? `.${trimmed}` : ""}`;
}

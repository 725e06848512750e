// The leaderboard's columns: what each header shows (short enough to fit a
// wide screen), the full name behind it, how a click sorts it, and which
// figures a phone's card keeps.
import type { Leaderboard, LeaderboardRow } from "@/lib/data/dto";
import { THIN_BELOW } from "@/lib/data/rank";
import type { LeaderboardSort } from "./sort";

type Dir = LeaderboardSort["dir"];

export interface LeaderboardColumn {
  /** The sort key (also the CSV's column order). */
  key: string;
  /** The full name: the header's title and accessible name, and the sort menu's option. */
  label: string;
  /** What the header shows; wraps at spaces, never cut mid-word. */
  header: string;
  numeric: boolean;
  /** How the figure is worked out, for the header's title. */
  note?: string;
}

/** Headers past this many characters are shortened at a word boundary (the full name stays in the title). */
export const HEADER_MAX = 18;

/** A header that fits a narrow column: whole words up to `max` characters, then "…"; a lone long word is kept whole. */
export function shortHeader(label: string, max = HEADER_MAX): string {
  const text = label.trim().replace(/\s+/g, " ");
  if (text.length <= max) return text;
  const words = text.split(" ");
  let out = words[0];
  for (const word of words.slice(1)) {
    if (`${out} ${word}`.length > max - 1) break;
    out = `${out} ${word}`;
  }
  return out === text ? text : `${out}…`;
}

const FIXED_BEFORE: LeaderboardColumn[] = [
  { key: "rank", label: "Rank", header: "Rank", numeric: true },
  { key: "name", label: "Rep", header: "Rep", numeric: false },
  { key: "team", label: "Team", header: "Team", numeric: false },
  { key: "calls", label: "Calls", header: "Calls", numeric: true },
  { key: "scoredCalls", label: "Scored calls", header: "Scored", numeric: true },
  { key: "avgScore", label: "Avg score", header: "Avg score", numeric: true },
];

/** Where the talk figures come from, in their full names. */
const TALK_SOURCE = "Computed from transcripts; the vendor's figure where a call has none";

const FIXED_AFTER: LeaderboardColumn[] = [
  { key: "talkRatio", label: "Talk ratio", header: "Talk ratio", numeric: true, note: TALK_SOURCE },
  { key: "questionsAsked", label: "Questions per call", header: "Questions", numeric: true, note: TALK_SOURCE },
  { key: "fillerWords", label: "Fillers per call", header: "Fillers", numeric: true, note: TALK_SOURCE },
];

/** Every sortable column, in the table's (and the CSV's) order. */
export function leaderboardColumns(skills: Leaderboard["skills"]): LeaderboardColumn[] {
  return [...FIXED_BEFORE, ...skills.map((s) => ({ key: `skill:${s.skill}`, label: s.label, header: shortHeader(s.label), numeric: true })), ...FIXED_AFTER];
}

const TEXT_KEYS = new Set(["rank", "name", "team"]);

/** The direction a column sorts in on its first click: ranks and names from the top, figures highest first. */
export function firstDir(key: string): Dir {
  return TEXT_KEYS.has(key) ? "asc" : "desc";
}

/** A header click: the same column flips, another starts at its first direction. */
export function nextSort(current: LeaderboardSort, key: string): LeaderboardSort {
  return current.sort === key ? { sort: key, dir: current.dir === "asc" ? "desc" : "asc" } : { sort: key, dir: firstDir(key) };
}

/** The two orders of a column, in words, the usual one first. */
export function sortOrders(key: string): { dir: Dir; label: string }[] {
  if (key === "rank") return [{ dir: "asc", label: "Best first" }, { dir: "desc", label: "Worst first" }];
  if (key === "name" || key === "team") return [{ dir: "asc", label: "A to Z" }, { dir: "desc", label: "Z to A" }];
  return [{ dir: "desc", label: "Highest first" }, { dir: "asc", label: "Lowest first" }];
}

/** A row's value in a figure column as shown: whole scores, a percent talk ratio, one decimal per call; "–" when missing. */
export function formatFigure(row: LeaderboardRow, key: string): string {
  if (key.startsWith("skill:")) {
    const v = row.skills[key.slice(6)];
    return v === null || v === undefined ? "–" : String(Math.round(v));
  }
  if (key === "talkRatio") return row.talkRatio === null ? "–" : `${Math.round(row.talkRatio * 100)}%`;
  if (key === "questionsAsked") return row.questionsAsked === null ? "–" : String(row.questionsAsked);
  if (key === "fillerWords") return row.fillerWords === null ? "–" : String(row.fillerWords);
  if (key === "calls") return String(row.calls);
  if (key === "scoredCalls") return String(row.scoredCalls);
  if (key === "avgScore") return row.avgScore === null ? "–" : String(Math.round(row.avgScore));
  return "–";
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, … */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** A rank as shown: "=2" when shared with another row, so a tie is visible. */
export function rankText(row: Pick<LeaderboardRow, "rank" | "tied">): string {
  return row.tied ? `=${row.rank}` : String(row.rank);
}

/** A rank in words, for assistive technology: "Rank 2", "Tied for 2nd". */
export function rankLabel(row: Pick<LeaderboardRow, "rank" | "tied">): string {
  return row.tied ? `Tied for ${ordinal(row.rank)}` : `Rank ${row.rank}`;
}

/** Why a thin row sits where it does, for its title and screen readers. */
export const THIN_NOTE = `Fewer than ${THIN_BELOW} scored calls: ranked after the others`;

const CARD_ALWAYS = new Set(["rank", "name", "team", "calls", "scoredCalls", "avgScore"]);
const CARD_DEFAULT_FIGURES = ["talkRatio", "questionsAsked", "fillerWords"];

/**
 * The figures a phone's card shows beside rank, rep, team, calls, scored calls and score:
 * the column it is sorted by (so a sort is visible), then talk ratio,
 * questions and fillers, three in all.
 */
export function cardFigures(columns: LeaderboardColumn[], sort: LeaderboardSort, count = 3): LeaderboardColumn[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const keys = [...(CARD_ALWAYS.has(sort.sort) ? [] : [sort.sort]), ...CARD_DEFAULT_FIGURES];
  const picked: LeaderboardColumn[] = [];
  for (const key of keys) {
    const column = byKey.get(key);
    if (column && !picked.includes(column)) picked.push(column);
    if (picked.length === count) break;
  }
  return picked;
}

// Coaching on a call: what each vendor sends, and where its reviewers'
// comments and highlights sit in the transcript.
import { lineAtMs } from "./transcript-time";
import { VENDOR_LABELS, type Vendor } from "./vendors";

export interface CoachingNote {
  kind: "comment" | "highlight";
  author: string | null;
  startSec: number;
  text: string | null;
}

/** What each vendor sends as coaching on a call; null when it sends none. */
export const COACHING_SOURCES: Record<Vendor, string | null> = {
  execvision: "comments and highlights",
  salesfinity: "wins, opportunities and drills",
  analyses: "strengths, fixes and drills",
  revont: null,
  "voice-agent": null,
};

function joinWords(parts: string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

/** Why a call's coaching card is empty, in the terms of the vendor it came from. */
export function coachingEmptyMessage(vendor: Vendor): string {
  if (vendor === "execvision") return "No one has commented on or highlighted this call in ExecVision yet.";
  if (COACHING_SOURCES[vendor]) return `${VENDOR_LABELS[vendor]} sent no coaching for this call.`;
  const senders = (Object.keys(COACHING_SOURCES) as Vendor[]).filter((v) => COACHING_SOURCES[v]).map((v) => `${VENDOR_LABELS[v]} (${COACHING_SOURCES[v]})`);
  return `${VENDOR_LABELS[vendor]} does not send coaching notes. Coaching comes from ${joinWords(senders)}.`;
}

export function noteKindLabel(kind: CoachingNote["kind"]): "Comment" | "Highlight" {
  return kind === "highlight" ? "Highlight" : "Comment";
}

export function noteAuthor(note: Pick<CoachingNote, "author">): string {
  return note.author?.trim() || "Unknown reviewer";
}

/** A note a little before a line (times rounded differently by the vendor) is about that line. */
const LEAD_MS = 250;

/**
 * The transcript line each note points at, by row: the line being spoken at
 * the note's time (the last to start by then), or the first line for a note
 * before any speech. Rows start at segStartMs, ascending.
 */
export function notesByRow<T extends Pick<CoachingNote, "startSec">>(notes: readonly T[], segStartMs: ArrayLike<number>): Map<number, T[]> {
  const rows = new Map<number, T[]>();
  if (segStartMs.length === 0) return rows;
  for (const note of [...notes].sort((a, b) => a.startSec - b.startSec)) {
    const row = Math.max(0, lineAtMs(segStartMs, note.startSec * 1000 + LEAD_MS));
    rows.set(row, [...(rows.get(row) ?? []), note]);
  }
  return rows;
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** What a note says on its line: a comment's words; a highlight's only when they are more than the line itself. */
export function noteTextOnLine(note: Pick<CoachingNote, "kind" | "text">, lineText: string): string | null {
  const text = note.text?.trim() || null;
  if (!text || note.kind === "comment") return text;
  return squash(lineText).includes(squash(text)) ? null : text;
}

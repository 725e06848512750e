"use client";

// Words selected in the transcript as the span a comment is about: from the
// first selected word's start to the last one's end, with those words as the
// quote. The rows carry their line in data-index and their words in
// [data-row-text]; the times come from the transcript's index.
import { useEffect, useState } from "react";
import type { TranscriptIndex } from "./transcript-index";
import { wordAtChar } from "./transcript-search";

export interface RowPoint {
  row: number;
  /** Offset into the row's text. */
  char: number;
}

export interface SelectedSpan {
  startSec: number;
  endSec: number | null;
  quote: string;
}

/** Longer quotes are cut here: the span's times say where it ends. */
export const MAX_QUOTE = 500;

const seconds = (ms: number) => Math.round(ms) / 1000;

function before(a: RowPoint, b: RowPoint): boolean {
  return a.row < b.row || (a.row === b.row && a.char <= b.char);
}

/** A moment inside a row with no word timings, by its share of the row's text. */
function interpolate(index: TranscriptIndex, { row, char }: RowPoint): number {
  const start = index.segStart[row];
  return start + ((index.segEnd[row] - start) * char) / Math.max(1, index.texts[row].length);
}

/**
 * The span from one point of the transcript's text to another (either order),
 * widened to whole words; null when nothing lies between them.
 */
export function spanOfSelection(index: TranscriptIndex, a: RowPoint, b: RowPoint): SelectedSpan | null {
  let [start, end] = before(a, b) ? [a, b] : [b, a];
  const rows = index.texts.length;
  if (start.row < 0 || end.row >= rows) return null;
  // Ending at the very start of a line is ending with the line before it.
  if (end.char <= 0 && end.row > start.row) end = { row: end.row - 1, char: index.texts[end.row - 1].length };
  start = { row: start.row, char: Math.min(Math.max(0, start.char), index.texts[start.row].length) };
  end = { row: end.row, char: Math.min(Math.max(0, end.char), index.texts[end.row].length) };
  if (!before(start, end) || (start.row === end.row && start.char === end.char)) return null;

  let first = wordAtChar(index, start.row, start.char);
  // Starting in the space after a word is starting with the next one.
  if (first >= 0 && start.char >= index.wordOffset[first] + index.wordText[first].length && first + 1 < index.wordTo[start.row]) first++;
  const last = wordAtChar(index, end.row, end.char - 1);
  const from = first >= 0 ? index.wordOffset[first] : start.char;
  const to = last >= 0 ? index.wordOffset[last] + index.wordText[last].length : end.char;

  const pieces: string[] = [];
  for (let row = start.row; row <= end.row; row++) {
    const text = index.texts[row];
    pieces.push(text.slice(row === start.row ? from : 0, row === end.row ? to : text.length));
  }
  const words = pieces.join(" ").replace(/\s+/g, " ").trim();
  if (!words) return null;
  const quote = words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE - 1).trimEnd()}…` : words;

  const startMs = first >= 0 ? index.wordStart[first] : interpolate(index, start);
  const endMs = last >= 0 ? index.wordEnd[last] : interpolate(index, end);
  return { startSec: seconds(startMs), endSec: endMs > startMs ? seconds(endMs) : null, quote };
}

/** Where a boundary of the selection falls in a transcript row, or null when it is not in one. */
function rowPoint(node: Node, offset: number): RowPoint | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const li = element?.closest("li[data-index]");
  if (!li || !li.parentElement?.matches('ol[aria-label="Transcript"]')) return null;
  const row = Number(li.getAttribute("data-index"));
  const text = li.querySelector("[data-row-text]");
  if (!Number.isInteger(row) || !text) return null;
  if (text.contains(node)) {
    const range = node.ownerDocument!.createRange();
    range.setStart(text, 0);
    range.setEnd(node, offset);
    return { row, char: range.toString().length };
  }
  // On the speaker's name (before the words) or a note under them (after).
  const precedes = text.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
  return { row, char: precedes ? 0 : (text.textContent?.length ?? 0) };
}

/**
 * The words selected in the transcript, kept while the selection moves
 * elsewhere (into the comment box, which takes it); a click on the transcript
 * that selects nothing lets go of them.
 */
export function useTranscriptSelection(index: TranscriptIndex | null): [SelectedSpan | null, () => void] {
  const [span, setSpan] = useState<SelectedSpan | null>(null);
  useEffect(() => {
    if (!index) return;
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const start = rowPoint(range.startContainer, range.startOffset);
      const end = rowPoint(range.endContainer, range.endOffset);
      if (!start && !end) return;
      if (selection.isCollapsed || !start || !end) setSpan(null);
      else setSpan(spanOfSelection(index, start, end));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [index]);
  return [span, () => setSpan(null)];
}

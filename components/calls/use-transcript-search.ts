"use client";

// Search state for the call page: the query, its hits (computed off the
// typing path with useDeferredValue), and which hit is current.
import { useDeferredValue, useMemo, useState } from "react";
import type { TranscriptIndex } from "./transcript-index";
import { findHits, hitsByRow, type RowHit, type SearchHit } from "./transcript-search";

export interface TranscriptSearch {
  query: string;
  setQuery(query: string): void;
  hits: SearchHit[];
  rows: Map<number, RowHit[]>;
  /** Index into hits of the selected one; -1 when there are none. */
  selected: number;
  goTo(hit: number): void;
  next(): void;
  previous(): void;
}

/**
 * `initial`: a search the page opens with (a link from the calls list's
 * results), whose current hit is the first said at or after `fromMs`, the
 * moment the link plays from.
 */
export function useTranscriptSearch(index: TranscriptIndex | null, initial?: { query: string; fromMs: number }): TranscriptSearch {
  const [query, setQuery] = useState(initial?.query ?? "");
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (index ? findHits(index, deferred) : []), [index, deferred]);
  const rows = useMemo(() => hitsByRow(hits), [hits]);
  // The position belongs to one list of hits: a new query starts at its first hit, the opening one at its moment.
  const [position, setPosition] = useState<{ hits: SearchHit[]; at: number }>({ hits: [], at: 0 });
  const opening = initial && deferred === initial.query ? Math.max(0, hits.findIndex((hit) => hit.ms >= initial.fromMs - 500)) : 0;
  const selected = hits.length === 0 ? -1 : position.hits === hits ? position.at : opening;
  const goTo = (at: number) => {
    if (hits.length === 0) return;
    setPosition({ hits, at: ((at % hits.length) + hits.length) % hits.length });
  };
  return { query, setQuery, hits, rows, selected, goTo, next: () => goTo(selected + 1), previous: () => goTo(selected - 1) };
}

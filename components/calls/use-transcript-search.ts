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

export function useTranscriptSearch(index: TranscriptIndex | null): TranscriptSearch {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (index ? findHits(index, deferred) : []), [index, deferred]);
  const rows = useMemo(() => hitsByRow(hits), [hits]);
  // The position belongs to one list of hits: a new query starts at its first hit.
  const [position, setPosition] = useState<{ hits: SearchHit[]; at: number }>({ hits: [], at: 0 });
  const selected = hits.length === 0 ? -1 : position.hits === hits ? position.at : 0;
  const goTo = (at: number) => {
    if (hits.length === 0) return;
    setPosition({ hits, at: ((at % hits.length) + hits.length) % hits.length });
  };
  return { query, setQuery, hits, rows, selected, goTo, next: () => goTo(selected + 1), previous: () => goTo(selected - 1) };
}

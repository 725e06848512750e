"use client";

// The transcript's search box: type to find, Enter / Shift+Enter or the
// arrows to step through hits, Escape to clear.
import { ChevronDownIcon, ChevronUpIcon, SearchIcon } from "./icons";
import { MAX_HITS, MIN_QUERY_LENGTH } from "./transcript-search";
import type { TranscriptSearch } from "./use-transcript-search";

function countLabel(search: TranscriptSearch): string {
  if (search.query.trim().length < MIN_QUERY_LENGTH) return "";
  if (search.hits.length === 0) return "No matches";
  return `${search.selected + 1} of ${search.hits.length}${search.hits.length >= MAX_HITS ? "+" : ""}`;
}

const STEP_BUTTON = "inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";

export function SearchBar({ search, onNavigate, disabled }: { search: TranscriptSearch; onNavigate: () => void; disabled?: boolean }) {
  const none = search.hits.length === 0;
  const step = (direction: 1 | -1) => {
    onNavigate();
    if (direction === 1) search.next();
    else search.previous();
  };
  const label = countLabel(search);
  return (
    <div role="search" className="flex min-w-0 basis-full items-center gap-1 sm:min-w-[16rem] sm:flex-1 sm:basis-0">
      <div className="relative min-w-0 flex-1">
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <input
          type="search"
          aria-label="Search transcript"
          placeholder="Search transcript"
          disabled={disabled}
          value={search.query}
          onChange={(event) => {
            onNavigate();
            search.setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            } else if (event.key === "Escape") {
              search.setQuery("");
            }
          }}
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 pl-8 pr-2 text-sm placeholder:text-slate-400 disabled:bg-slate-50"
        />
      </div>
      <span aria-live="polite" data-testid="search-count" className={`text-right sm:min-w-[4.5rem] text-xs tabular-nums ${none ? "text-slate-500" : "font-medium text-slate-700"}`}>
        {label}
      </span>
      <button type="button" aria-label="Previous match" disabled={none} onClick={() => step(-1)} className={STEP_BUTTON}>
        <ChevronUpIcon />
      </button>
      <button type="button" aria-label="Next match" disabled={none} onClick={() => step(1)} className={STEP_BUTTON}>
        <ChevronDownIcon />
      </button>
    </div>
  );
}

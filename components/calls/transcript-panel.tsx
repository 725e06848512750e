"use client";

// The transcript column: search on top, then the list, or whichever of
// loading, absent, failed or empty applies. An absent transcript is
// explained; "it will appear on its own" only when it will.
import type { UseQueryResult } from "@tanstack/react-query";
import type { TranscriptResponse } from "@/lib/data/dto";
import type { Playback } from "@/lib/client/use-playback";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/lib/plural";
import { SearchBar } from "./search-bar";
import type { TranscriptIndex } from "./transcript-index";
import { TranscriptList } from "./transcript-list";
import type { TranscriptSearch } from "./use-transcript-search";

export interface TranscriptPanelProps {
  query: UseQueryResult<TranscriptResponse>;
  index: TranscriptIndex | null;
  /** False while the index holds only the first screen of the transcript. */
  complete: boolean;
  /** Meanwhile: the line of the whole the first screen starts at, and how many lines the whole has. */
  firstScreen?: { first: number; total: number };
  playback: Playback;
  search: TranscriptSearch;
  following: boolean;
  onFollowingChange: (following: boolean) => void;
  className?: string;
}

function Skeleton() {
  return (
    <div className="space-y-5 p-5" aria-busy="true" aria-label="Loading the transcript">
      {[0.9, 0.7, 0.95, 0.6, 0.85, 0.75].map((width, i) => (
        <div key={i} className="flex gap-3">
          <div className="h-7 w-7 shrink-0 animate-pulse rounded-full bg-slate-200" />
          <div className="flex-1 space-y-2">
            <div className="h-3 w-28 animate-pulse rounded bg-slate-200" />
            <div className="h-3 animate-pulse rounded bg-slate-100" style={{ width: `${width * 100}%` }} />
            <div className="h-3 w-1/2 animate-pulse rounded bg-slate-100" />
          </div>
        </div>
      ))}
    </div>
  );
}

function Message({ title, body, action }: { title: string; body: string; action?: React.ReactNode }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center p-8 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      <p className="mt-1 max-w-sm text-sm text-slate-600">{body}</p>
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}

function Body({ query, index, complete, firstScreen, playback, search, following, onFollowingChange }: TranscriptPanelProps) {
  if (query.isPending) return <Skeleton />;
  if (query.isError && !query.data) {
    return (
      <Message
        title="The transcript could not be loaded"
        body={query.error instanceof Error ? query.error.message : "Something went wrong."}
        action={
          <Button variant="secondary" onClick={() => void query.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const data = query.data;
  if (data?.status === "unavailable") {
    const reason = data.reason.replace(/\.*$/, ".");
    return data.pending ? (
      <Message title="Transcript not available yet" body={`${reason} Coachboard checks again every 20 seconds, so it will appear here on its own.`} />
    ) : (
      <Message title="No transcript" body={reason} />
    );
  }
  // A long transcript that came without a first screen is being indexed.
  if (!index) return <Skeleton />;
  if (index.segments.length === 0) return <Message title="This transcript is empty" body="The vendor sent a transcript with no speech in it." />;
  // A new list once the whole transcript is in: it opens on the line playing, measured afresh.
  return (
    <TranscriptList
      key={complete ? "whole" : "first-screen"}
      index={index}
      lines={firstScreen}
      playback={playback}
      search={search}
      following={following}
      onFollowingChange={onFollowingChange}
    />
  );
}

export function TranscriptPanel(props: TranscriptPanelProps) {
  const ready = props.complete && Boolean(props.index?.segments.length);
  return (
    <section aria-labelledby="transcript-heading" className={`flex min-h-0 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm ${props.className ?? ""}`}>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 px-4 py-3">
        <h2 id="transcript-heading" className="text-sm font-semibold text-slate-900">
          Transcript
          {ready && <span className="ml-2 font-normal text-slate-500">{formatCount(props.index!.segments.length, "line")}</span>}
        </h2>
        <SearchBar search={props.search} disabled={!ready} onNavigate={() => props.onFollowingChange(false)} />
      </header>
      <Body {...props} />
    </section>
  );
}

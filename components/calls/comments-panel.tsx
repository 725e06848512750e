"use client";

// The call's comments: a box to comment at the moment playing (or on the
// words selected in the transcript), then every thread, oldest moment first,
// ours and ExecVision's together. A deep link (?comment=c12) scrolls to its
// comment, marks it and plays its moment. Loaded after the page (next/dynamic
// in call-view.tsx), so none of this weighs on the call page's first load.
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useCommentChange } from "@/lib/client/use-comment-change";
import { useCommentsQuery } from "@/lib/client/use-comments-query";
import { type PlaybackStore, usePlaybackSelector } from "@/lib/client/use-playback-store";
import type { CallComments } from "@/lib/data/dto-comments";
import { formatCount } from "@/lib/plural";
import { CommentForm } from "./comment-form";
import { findComment } from "./comment-moments";
import { useTranscriptSelection } from "./comment-selection";
import { commentElementId, CommentThread, momentLabel } from "./comment-thread";
import { formatClock } from "./format";
import { Muted, SectionCard } from "./section-card";
import type { TranscriptIndex } from "./transcript-index";

export interface CommentsPanelProps {
  callId: number;
  store: PlaybackStore;
  /** The transcript as its rows show it: turns words selected there into a span. */
  index: TranscriptIndex | null;
  /** The comment a deep link names ("c12", "f34"), if any. */
  focus: string | null;
  onSeek: (seconds: number) => void;
}

const seconds = (value: number) => Math.round(Math.max(0, value) * 1000) / 1000;

function NewComment({ callId, store, index, people }: { callId: number; store: PlaybackStore; index: TranscriptIndex | null; people: CallComments["people"] }) {
  const now = usePlaybackSelector(store, (s) => Math.floor(s.currentTime));
  const [span, clearSpan] = useTranscriptSelection(index);
  const create = useCommentChange(callId);
  const label = span ? `Comment on the selected words (${momentLabel(span)})` : `Comment at ${formatClock(now)}`;
  return (
    <div className="space-y-2">
      {span && (
        <div className="flex items-start gap-2">
          <blockquote className="min-w-0 flex-1 border-l-2 border-brand-500 pl-2 text-sm italic text-slate-700">“{span.quote}”</blockquote>
          <Button type="button" variant="ghost" className="shrink-0 px-2 py-0.5 text-xs" onClick={clearSpan}>
            Comment at the playing moment instead
          </Button>
        </div>
      )}
      <CommentForm
        label={label}
        people={people}
        submitLabel="Comment"
        pending={create.isPending}
        error={create.isError ? create.error.message : null}
        onSubmit={({ body, mentions }) => {
          const at = span ?? { startSec: seconds(store.get().currentTime), endSec: null, quote: null };
          const comment = { body, mentions, startSec: at.startSec, ...(at.endSec !== null ? { endSec: at.endSec } : {}), ...(at.quote ? { quote: at.quote } : {}) };
          return create.mutateAsync({ action: "create", comment }).then(clearSpan);
        }}
      />
    </div>
  );
}

/** How many comments and replies are there, deleted ones not counted. */
export function countComments(threads: CallComments["threads"]): number {
  return threads.reduce((n, t) => n + (t.deleted ? 0 : 1) + t.replies.filter((r) => !r.deleted).length, 0);
}

/** Plays, scrolls to and focuses the comment a deep link names, once per link, when it has loaded. */
function useDeepLink(data: CallComments | undefined, focus: string | null, onSeek: (seconds: number) => void) {
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!data || !focus || handled.current === focus) return;
    const found = findComment(data.threads, focus);
    if (!found) return;
    handled.current = focus;
    onSeek(found.thread.startSec);
    const element = document.getElementById(commentElementId(found.comment.key));
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  }, [data, focus, onSeek]);
}

export function CommentsPanel({ callId, store, index, focus, onSeek }: CommentsPanelProps) {
  const query = useCommentsQuery(callId);
  const data = query.data;
  useDeepLink(data, focus, onSeek);
  const missing = Boolean(data && focus && !findComment(data.threads, focus));
  const count = data ? countComments(data.threads) : 0;
  return (
    <SectionCard title="Comments" aside={data ? <span className="text-xs text-slate-500">{formatCount(count, "comment")}</span> : undefined}>
      <div className="space-y-4">
        {data && <NewComment callId={callId} store={store} index={index} people={data.people} />}
        {missing && (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
            The comment this link points to is no longer on this call.
          </p>
        )}
        {query.isPending && (
          <p aria-busy="true" className="text-sm text-slate-500">
            Loading comments…
          </p>
        )}
        {query.isError && !data && (
          <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-700">
            <span>The comments could not be loaded: {query.error.message}</span>
            <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => void query.refetch()}>
              Try again
            </Button>
          </div>
        )}
        {data && data.threads.length === 0 && <Muted>No comments yet. Pause at a moment or select words in the transcript, then write the first.</Muted>}
        {data && data.threads.length > 0 && (
          <ul aria-label="Comment threads" className="space-y-2">
            {data.threads.map((thread) => (
              <CommentThread key={thread.key} callId={callId} thread={thread} people={data.people} marked={focus} onSeek={onSeek} />
            ))}
          </ul>
        )}
      </div>
    </SectionCard>
  );
}

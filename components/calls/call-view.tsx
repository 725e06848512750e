"use client";

// The call page: the player and its timeline beside the transcript, synced
// through one playback store, and the analysis under the player. On a phone
// the columns stack: player, transcript, analysis, and a compact player stays
// at the bottom of the screen once the full one has scrolled away. Comments
// at moments show on the timeline and the transcript's lines as soon as they
// load; their panel's script loads after the page's. Opened from the review
// queue (?queue=<filter>), a manager's page carries the queue's bar (mark
// reviewed, next call); the rep's own page offers to ask for feedback.
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { preload } from "react-dom";
import type { Role } from "@/lib/auth/roles";
import { useCallQuery } from "@/lib/client/use-call-query";
import { useCommentsQuery } from "@/lib/client/use-comments-query";
import { usePlayback } from "@/lib/client/use-playback";
import { usePlaybackSelector } from "@/lib/client/use-playback-store";
import { useTranscriptQuery } from "@/lib/client/use-transcript-query";
import type { ClientCall, TranscriptResponse } from "@/lib/data/dto";
import { isQueueFilter } from "@/lib/data/review-queue-filters";
import { landingMs, snapMs } from "@/lib/domain/transcript-time";
import { CallHeader } from "./call-header";
import { CallPlayer } from "./call-player";
import { commentNotes, parseCommentKey } from "./comment-moments";
import { Muted, SectionCard } from "./section-card";
import { SeekContext } from "./seek-button";
import { RowNotesProvider } from "./segment-row";
import { buildHitTicks, buildMarkerLanes, buildSpeakerLanes, commentMarkers } from "./timeline-model";
import { relabelSegments } from "./speaker-labels";
import { nextSegmentIndex, previousSegmentIndex } from "./transcript-index";
import { TranscriptPanel } from "./transcript-panel";
import { useCallShortcuts } from "./use-call-shortcuts";
import { useTranscriptIndex } from "./use-transcript-index";
import { useTranscriptSearch } from "./use-transcript-search";

const CommentsPanel = dynamic(() => import("./comments-panel").then((m) => m.CommentsPanel), {
  ssr: false,
  loading: () => (
    <SectionCard title="Comments">
      <Muted>Loading comments…</Muted>
    </SectionCard>
  ),
});

const ScoreReviewPanel = dynamic(() => import("./score-review-panel").then((m) => m.ScoreReviewPanel), {
  ssr: false,
  loading: () => (
    <SectionCard title="Score reviews">
      <Muted>Loading scores…</Muted>
    </SectionCard>
  ),
});

const QueueBar = dynamic(() => import("@/components/reviews/queue-bar").then((m) => m.QueueBar));

const RequestFeedback = dynamic(() => import("./request-feedback").then((m) => m.RequestFeedback), { ssr: false });

export function CallView({
  initialCall,
  initialTranscript,
  analysis,
  firstScreen,
  startAt,
  initialSearch,
  role,
}: {
  initialCall: ClientCall;
  initialTranscript: TranscriptResponse | null;
  /** The cards under the player, rendered on the server (call-analysis.tsx); their moments play through SeekContext. */
  analysis: React.ReactNode;
  /** When initialTranscript is the first screen of a longer transcript (fetched whole after): the line it starts at, and how many the whole has. */
  firstScreen?: { first: number; total: number };
  startAt: number;
  /** A transcript search to open with (?q=), its current hit the first at startAt or after. */
  initialSearch?: string;
  /** The viewer's role: what they may do with the call's scores. */
  role: Role;
}) {
  const callQuery = useCallQuery(initialCall.id, initialCall);
  const call = callQuery.data ?? initialCall;
  // A transcript the page did not come with whole (only its first screen, or
  // not stored yet and read through the vendor on request): the server-rendered
  // HTML asks for it, so it downloads while the scripts load instead of after
  // hydration; the query's fetch reuses it.
  if (call.hasTranscript && (!initialTranscript || firstScreen)) preload(`/api/calls/${call.id}/transcript`, { as: "fetch", crossOrigin: "anonymous", fetchPriority: initialTranscript ? "high" : "low" });
  const transcriptQuery = useTranscriptQuery(call.id, initialTranscript ?? undefined, !firstScreen);
  const { playback, audioRef, audioKey } = usePlayback({ src: call.recordingUrl, startAt });
  const [following, setFollowing] = useState(true);

  // The first screen is indexed as it renders; the whole transcript, once in, in slices of work
  // the page answers clicks between, and it replaces the first screen when its index is ready.
  const data = transcriptQuery.data;
  const firstData = firstScreen && initialTranscript?.status === "ready" ? initialTranscript : null;
  const firstSegments = useMemo(() => (firstData ? relabelSegments(firstData.segments, call) : null), [firstData, call]);
  const firstIndex = useTranscriptIndex(firstSegments, firstData?.words ?? null);
  const transcript = data?.status === "ready" && data !== firstData ? data : null;
  const segments = useMemo(() => (transcript ? relabelSegments(transcript.segments, call) : null), [transcript, call]);
  const builtIndex = useTranscriptIndex(segments, transcript?.words ?? null);
  // Until the whole is indexed, the first screen shows and is clickable; search, line stepping and the timeline's lanes wait for the whole.
  const complete = builtIndex !== null || !firstData;
  const index = builtIndex ?? (firstData ? firstIndex : null);
  const wholeIndex = complete ? index : null;
  const [openingSearch] = useState(() => (initialSearch ? { query: initialSearch, fromMs: startAt * 1000 } : undefined));
  const search = useTranscriptSearch(wholeIndex, openingSearch);

  // The timeline's scale: the recording's own length once known, else the best guess.
  const audioDuration = usePlaybackSelector(playback.store, (s) => s.duration);
  const durationMs = audioDuration > 0 ? audioDuration * 1000 : (transcript?.durationMs ?? (call.durationSec !== null ? call.durationSec * 1000 : (index?.endMs ?? 0)));

  const speakers = useMemo(() => (segments && builtIndex ? buildSpeakerLanes(segments, durationMs) : []), [segments, builtIndex, durationMs]);
  // Our comments join the synced ones (among the call's markers and notes already) on the timeline and the lines.
  const threads = useCommentsQuery(call.id).data?.threads;
  const markers = useMemo(() => buildMarkerLanes(threads ? [...call.markers, ...commentMarkers(threads)] : call.markers, durationMs), [call.markers, threads, durationMs]);
  const rowNotes = useMemo(() => (threads ? [...call.notes, ...commentNotes(threads)] : call.notes), [call.notes, threads]);
  const searchParams = useSearchParams();
  const focusComment = parseCommentKey(searchParams.get("comment"));
  const queueFilter = searchParams.get("queue");
  const fromQueue = role !== "rep" && isQueueFilter(queueFilter) ? queueFilter : null;
  const hitTicks = useMemo(() => buildHitTicks(search.hits, durationMs), [search.hits, durationMs]);

  const { seek, store } = playback;
  // Seeking from anywhere (timeline, evidence, J/K) brings the transcript back
  // with it; a jump to a line's start lands inside the line, so it is the one lit.
  const jumpTo = useCallback(
    (seconds: number) => {
      setFollowing(true);
      seek(index ? landingMs(index.segStart, snapMs(seconds * 1000)) / 1000 : seconds);
    },
    [seek, index],
  );
  // The compact player's line buttons: what J and K do.
  const stepLine = useCallback(
    (direction: 1 | -1) => {
      if (!wholeIndex) return;
      const ms = store.get().currentTime * 1000;
      const line = direction === 1 ? nextSegmentIndex(wholeIndex, ms) : previousSegmentIndex(wholeIndex, ms);
      if (line >= 0) jumpTo(wholeIndex.segStart[line] / 1000);
    },
    [wholeIndex, store, jumpTo],
  );
  const { goTo, hits } = search;
  const jumpToHit = useCallback(
    (hit: number) => {
      goTo(hit);
      jumpTo(hits[hit].ms / 1000);
    },
    [goTo, hits, jumpTo],
  );
  useCallShortcuts(playback, wholeIndex, jumpTo);

  return (
    // On a phone the page keeps room at its foot for the compact player, so it never covers the last card.
    <div className={`space-y-5 ${playback.hasAudio ? "pb-20 lg:pb-0" : ""}`}>
      <CallHeader call={call} />
      {fromQueue && <QueueBar key={call.id} callId={call.id} startedAt={call.startedAt} filter={fromQueue} />}
      <RequestFeedback callId={call.id} role={role} />
      {callQuery.isError && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          This call could not be refreshed; showing what was loaded.
        </p>
      )}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        {/* On a phone this column dissolves so the transcript can sit between the player and the analysis. */}
        <div className="contents lg:block lg:space-y-5">
          {/* Stuck, it keeps a strip of page background above it so the cards scroll out of sight. */}
          <div className="order-1 z-10 lg:sticky lg:top-0 lg:-mt-4 lg:bg-slate-50 lg:pt-4">
            <CallPlayer
              playback={playback}
              src={call.recordingUrl}
              audioRef={audioRef}
              audioKey={audioKey}
              onStepLine={wholeIndex && wholeIndex.segments.length > 0 ? stepLine : null}
              timeline={{ speakers, markers, hitTicks, hitCount: search.hits.length, durationMs, onSeek: jumpTo, onHit: jumpToHit }}
            />
          </div>
          <div className="order-3">
            <CommentsPanel callId={call.id} store={store} index={index} focus={focusComment} onSeek={jumpTo} />
          </div>
          <div className="order-3">
            <ScoreReviewPanel callId={call.id} role={role} index={index} onSeek={jumpTo} />
          </div>
          <SeekContext value={jumpTo}>{analysis}</SeekContext>
        </div>
        <RowNotesProvider notes={rowNotes} index={wholeIndex}>
          <TranscriptPanel
            className="order-2 h-[70vh] min-h-[24rem] lg:sticky lg:top-4 lg:h-[calc(100vh-2rem)] lg:self-start"
            query={transcriptQuery}
            index={index}
            complete={complete}
            firstScreen={complete ? undefined : firstScreen}
            playback={playback}
            search={search}
            following={following}
            onFollowingChange={setFollowing}
          />
        </RowNotesProvider>
      </div>
    </div>
  );
}

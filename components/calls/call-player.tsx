"use client";

// The player card: controls (or the no-recording note), the timeline, and a
// reminder of the keys. The <audio> itself is hidden; usePlayback drives it.
import type { Playback } from "@/lib/client/use-playback";
import { MutedIcon } from "./icons";
import { PlayerControls } from "./player-controls";
import { Timeline, type TimelineProps } from "./timeline";

function NoRecording() {
  return (
    <div className="flex items-center gap-3 rounded-lg bg-slate-50 px-4 py-3">
      <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-white text-slate-500 ring-1 ring-slate-200">
        <MutedIcon className="h-4 w-4" />
      </span>
      <div className="text-sm">
        <p className="font-medium text-slate-800">No recording for this call</p>
        <p className="text-slate-600">Everything else about the call is here. Clicking a line or a moment marks it.</p>
      </div>
    </div>
  );
}

function Kbd({ children }: { children: React.ReactNode }) {
  return <kbd className="rounded border border-slate-200 bg-slate-50 px-1 font-sans text-[11px] text-slate-600">{children}</kbd>;
}

export interface CallPlayerProps {
  playback: Playback;
  /** The recording's URL, null when the call has none. */
  src: string | null;
  audioRef: React.RefObject<HTMLAudioElement | null>;
  audioKey: string;
  timeline: Omit<TimelineProps, "store">;
}

export function CallPlayer({ playback, src, audioRef, audioKey, timeline }: CallPlayerProps) {
  return (
    <section aria-label="Recording" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {src && <audio ref={audioRef} key={audioKey} src={src} preload="metadata" hidden />}
      {playback.hasAudio ? <PlayerControls playback={playback} durationHint={timeline.durationMs / 1000} /> : <NoRecording />}
      {timeline.durationMs > 0 && (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <Timeline {...timeline} store={playback.store} />
        </div>
      )}
      {playback.hasAudio && (
        <p className="mt-3 hidden items-center gap-1.5 text-xs text-slate-500 sm:flex">
          <Kbd>Space</Kbd> play or pause <span aria-hidden="true">·</span> <Kbd>←</Kbd>
          <Kbd>→</Kbd> 5 seconds <span aria-hidden="true">·</span> <Kbd>J</Kbd>
          <Kbd>K</Kbd> previous or next line
        </p>
      )}
    </section>
  );
}

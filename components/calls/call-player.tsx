"use client";

// The player card: controls (or the no-recording note), the timeline, and a
// reminder of the keys. The <audio> itself is hidden; usePlayback drives it.
// Below the large breakpoint, once the card's controls scroll out of view, a
// compact player at the bottom of the screen keeps play, the time and J/K in reach.
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Playback } from "@/lib/client/use-playback";
import { ChevronDownIcon, ChevronUpIcon, MutedIcon } from "./icons";
import { Clock, PlayButton, PlayerControls } from "./player-controls";
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

const LINE_BUTTON = "inline-flex h-11 w-11 items-center justify-center rounded-full text-slate-700 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent";

/** The thin bar along the compact player's top edge; it writes its own width, so time never re-renders it. */
function Progress({ playback, duration }: { playback: Playback; duration: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const update = () => {
      const fraction = duration > 0 ? Math.min(1, Math.max(0, playback.store.get().currentTime / duration)) : 0;
      if (ref.current) ref.current.style.width = `${(fraction * 100).toFixed(2)}%`;
    };
    update();
    return playback.store.subscribe(update);
  }, [playback.store, duration]);
  return (
    <div aria-hidden="true" className="absolute inset-x-0 top-0 h-0.5 bg-slate-200">
      <div ref={ref} className="h-full bg-brand-600" />
    </div>
  );
}

function CompactPlayer({ playback, duration, onStepLine }: { playback: Playback; duration: number; onStepLine: ((direction: 1 | -1) => void) | null }) {
  // While it shows, scrolling something into view (a focused control, a found line) stops above it.
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = "5rem";
    return () => {
      root.style.scrollPaddingBottom = before;
    };
  }, []);
  return (
    <section aria-label="Player" className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white shadow-[0_-4px_12px_rgba(15,23,42,0.08)] lg:hidden">
      <Progress playback={playback} duration={duration} />
      <div className="mx-auto flex max-w-7xl items-center gap-1 px-4 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-2">
        <button type="button" aria-label="Previous line" aria-keyshortcuts="J" title="Previous line (J)" disabled={!onStepLine} onClick={() => onStepLine?.(-1)} className={LINE_BUTTON}>
          <ChevronUpIcon className="h-5 w-5" />
        </button>
        <PlayButton playback={playback} />
        <button type="button" aria-label="Next line" aria-keyshortcuts="K" title="Next line (K)" disabled={!onStepLine} onClick={() => onStepLine?.(1)} className={LINE_BUTTON}>
          <ChevronDownIcon className="h-5 w-5" />
        </button>
        <span className="ml-auto">
          <Clock playback={playback} duration={duration} />
        </span>
      </div>
    </section>
  );
}

/** Whether any of the element is on screen; true until known, so nothing flashes on load. */
function useOnScreen(ref: React.RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting));
    observer.observe(element);
    return () => {
      observer.disconnect();
      setOnScreen(true);
    };
  }, [ref, enabled]);
  return onScreen;
}

export interface CallPlayerProps {
  playback: Playback;
  /** The recording's URL, null when the call has none. */
  src: string | null;
  audioRef: React.RefObject<HTMLAudioElement | null>;
  audioKey: string;
  /** Jumps a line back (-1) or on (1), as J and K do; null while there are no lines. */
  onStepLine: ((direction: 1 | -1) => void) | null;
  timeline: Omit<TimelineProps, "store">;
}

export function CallPlayer({ playback, src, audioRef, audioKey, onStepLine, timeline }: CallPlayerProps) {
  const controlsRef = useRef<HTMLDivElement>(null);
  const controlsOnScreen = useOnScreen(controlsRef, playback.hasAudio);
  const duration = timeline.durationMs / 1000;
  return (
    <section aria-label="Recording" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {src && <audio ref={audioRef} key={audioKey} src={src} preload="metadata" hidden />}
      {playback.hasAudio ? (
        <div ref={controlsRef}>
          <PlayerControls playback={playback} durationHint={duration} />
        </div>
      ) : (
        <NoRecording />
      )}
      {/* On the body, so no ancestor's stacking or transform can hold it down. */}
      {playback.hasAudio && !controlsOnScreen && createPortal(<CompactPlayer playback={playback} duration={duration} onStepLine={onStepLine} />, document.body)}
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

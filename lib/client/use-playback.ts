"use client";

// The one wrapper around <audio>: the page renders the element (so the
// server's HTML already asks for the recording's metadata), and this hook
// holds its ref, attaches to it in an effect, keeps the playback store in
// step with it, and on the way out releases its connection and decoder.
// Everything that shows time reads it from the store, never from the element.
import { useEffect, useMemo, useRef, useState } from "react";
import { takeEarlySeek } from "./early-seek";
import { createPlaybackStore, type PlaybackStore } from "./use-playback-store";

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export interface Playback {
  store: PlaybackStore;
  /** False when the call has no recording: seeking then only moves the selection. */
  hasAudio: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  skip(deltaSeconds: number): void;
  setRate(rate: number): void;
  /** Loads the recording again after an error. */
  retry(): void;
}

function describeMediaError(error: MediaError | null): string {
  if (error?.code === MediaError.MEDIA_ERR_NETWORK) return "The recording stopped loading (network error).";
  if (error?.code === MediaError.MEDIA_ERR_DECODE) return "The recording could not be decoded.";
  if (error?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED) return "The recording could not be loaded.";
  return "The recording could not be played.";
}

/**
 * The player for one recording (none when src is null). Render the element as
 * `<audio ref={audioRef} key={audioKey} src={src} preload="metadata" />`: the
 * key gives a retry a fresh element. The ref is returned apart from the
 * controls so that passing the controls around is not passing a ref.
 */
export function usePlayback({ src, startAt = 0 }: { src: string | null; startAt?: number }): {
  playback: Playback;
  audioRef: React.RefObject<HTMLAudioElement | null>;
  audioKey: string;
} {
  const [store] = useState(() => createPlaybackStore({ currentTime: Math.max(0, startAt) }));
  const audioRef = useRef<HTMLAudioElement | null>(null);
  // A deep link (?t=) or an early click arrives before the metadata: the
  // browser can only seek exactly once it knows the duration, so keep it.
  const pendingSeek = useRef<number | null>(startAt > 0 ? startAt : null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const audio = audioRef.current;
    if (!src || !audio) return;
    // A click on the server's transcript before this attached has set the recording's position already.
    const early = takeEarlySeek();
    if (early !== null) {
      pendingSeek.current = early;
      store.set({ currentTime: early });
    }
    audio.playbackRate = store.get().rate;
    let frame = 0;
    // timeupdate fires about four times a second: too coarse to follow words,
    // so while playing one animation frame loop reads the clock instead.
    const tick = () => {
      store.set({ currentTime: audio.currentTime });
      frame = audio.paused ? 0 : requestAnimationFrame(tick);
    };
    const stopLoop = () => {
      cancelAnimationFrame(frame);
      frame = 0;
    };
    const finiteDuration = () => (Number.isFinite(audio.duration) ? audio.duration : 0);
    const onStopped = () => {
      stopLoop();
      store.set({ playing: false, buffering: false, currentTime: audio.currentTime });
    };
    const onMetadata = () => {
      const pending = pendingSeek.current;
      pendingSeek.current = null;
      const duration = finiteDuration();
      if (pending !== null) audio.currentTime = duration > 0 ? Math.min(pending, duration) : pending;
      store.set({ duration, ready: true, error: null, currentTime: audio.currentTime });
    };
    const listeners: Record<string, () => void> = {
      loadedmetadata: onMetadata,
      durationchange: () => store.set({ duration: finiteDuration() }),
      play: () => {
        store.set({ playing: true });
        if (!frame) frame = requestAnimationFrame(tick);
      },
      playing: () => store.set({ buffering: false }),
      waiting: () => store.set({ buffering: true }),
      pause: onStopped,
      ended: onStopped,
      timeupdate: () => store.set({ currentTime: audio.currentTime }),
      seeked: () => store.set({ currentTime: audio.currentTime, buffering: false }),
      ratechange: () => store.set({ rate: audio.playbackRate }),
      error: () => {
        stopLoop();
        store.set({ error: describeMediaError(audio.error), playing: false, buffering: false });
      },
    };
    for (const [type, listener] of Object.entries(listeners)) audio.addEventListener(type, listener);
    // The metadata may have arrived before this effect (the HTML asked for it).
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) onMetadata();
    if (audio.error) listeners.error();
    return () => {
      stopLoop();
      for (const [type, listener] of Object.entries(listeners)) audio.removeEventListener(type, listener);
      audio.pause();
      // The element is keyed by source and attempt, so this one is on its way
      // out: dropping its source closes the HTTP stream now, rather than
      // whenever the element is garbage collected.
      audio.removeAttribute("src");
      audio.load();
      // A retry, or the same recording again, resumes where playback was.
      pendingSeek.current = store.get().currentTime || null;
      store.set({ playing: false, ready: false, buffering: false });
    };
  }, [src, store, attempt]);

  const playback = useMemo<Playback>(() => {
    const seek = (seconds: number) => {
      const { duration } = store.get();
      const target = Math.max(0, duration > 0 ? Math.min(seconds, duration) : seconds);
      store.set({ currentTime: target });
      const audio = audioRef.current;
      if (audio && audio.readyState >= HTMLMediaElement.HAVE_METADATA) audio.currentTime = target;
      else pendingSeek.current = target;
    };
    const play = () => {
      const audio = audioRef.current;
      if (!audio) return;
      audio.play().catch((error: unknown) => {
        // AbortError: a pause or a new source came first, which is not a failure.
        if (error instanceof DOMException && error.name === "AbortError") return;
        store.set({ playing: false, error: error instanceof DOMException && error.name === "NotAllowedError" ? "The browser blocked playback; press play again." : describeMediaError(audio.error) });
      });
    };
    const pause = () => audioRef.current?.pause();
    return {
      store,
      hasAudio: Boolean(src),
      play,
      pause,
      toggle: () => (audioRef.current?.paused === false ? pause() : play()),
      seek,
      skip: (delta) => seek(store.get().currentTime + delta),
      setRate: (rate) => {
        const clamped = Math.min(2, Math.max(0.75, rate));
        store.set({ rate: clamped });
        if (audioRef.current) audioRef.current.playbackRate = clamped;
      },
      retry: () => {
        store.set({ error: null });
        setAttempt((n) => n + 1);
      },
    };
  }, [src, store]);
  return { playback, audioRef, audioKey: `${src}#${attempt}` };
}

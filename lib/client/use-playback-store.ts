"use client";

// Playback state lives outside React: the time changes sixty times a second
// while playing, and a page that re-rendered on every change could not stay
// smooth on a two-hour call. Components subscribe to the one slice they show
// (a rounded clock, "is this row active") and re-render only when it changes.
import { useSyncExternalStore } from "react";

export interface PlaybackState {
  /** Seconds; also the selected moment when there is no recording. */
  currentTime: number;
  /** Seconds; 0 until the recording's metadata has loaded. */
  duration: number;
  playing: boolean;
  rate: number;
  /** The recording's metadata has loaded, so seeking is exact. */
  ready: boolean;
  /** Waiting for data after a seek or a stall. */
  buffering: boolean;
  error: string | null;
}

export interface PlaybackStore {
  get(): PlaybackState;
  set(patch: Partial<PlaybackState>): void;
  subscribe(listener: () => void): () => void;
}

export function createPlaybackStore(initial: Partial<PlaybackState> = {}): PlaybackStore {
  let state: PlaybackState = { currentTime: 0, duration: 0, playing: false, rate: 1, ready: false, buffering: false, error: null, ...initial };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      let changed = false;
      for (const key of Object.keys(patch) as (keyof PlaybackState)[]) {
        if (!Object.is(patch[key], state[key])) {
          changed = true;
          break;
        }
      }
      // Unchanged patches notify nobody, so the frame loop can write freely.
      if (!changed) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * One slice of the playback state. The selector should return a primitive
 * (or a stable reference) so an unchanged slice does not re-render.
 */
export function usePlaybackSelector<T>(store: PlaybackStore, select: (state: PlaybackState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}

import { describe, expect, it } from "vitest";
import { createPlaybackStore } from "./use-playback-store";

describe("createPlaybackStore", () => {
  it("notifies subscribers of changes only", () => {
    const store = createPlaybackStore({ currentTime: 30 });
    expect(store.get()).toMatchObject({ currentTime: 30, playing: false, rate: 1, duration: 0 });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set({ currentTime: 30 });
    expect(calls).toBe(0);
    const before = store.get();
    store.set({ currentTime: 31, playing: true });
    expect(calls).toBe(1);
    expect(store.get()).not.toBe(before);
    expect(store.get()).toMatchObject({ currentTime: 31, playing: true });
    unsubscribe();
    store.set({ currentTime: 32 });
    expect(calls).toBe(1);
  });
});

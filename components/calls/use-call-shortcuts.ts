"use client";

// The call page's keys: space, ←/→ and J/K, on the window so they work
// wherever focus is, except while typing (see shortcuts.ts for the rules).
import { useEffect } from "react";
import type { Playback } from "@/lib/client/use-playback";
import { resolveShortcut } from "./shortcuts";
import { nextSegmentIndex, previousSegmentIndex, type TranscriptIndex } from "./transcript-index";

const SKIP_SECONDS = 5;

export function useCallShortcuts(playback: Playback, index: TranscriptIndex | null, jumpTo: (seconds: number) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = resolveShortcut({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        tagName: target?.tagName,
        role: target?.getAttribute("role"),
        isContentEditable: target?.isContentEditable,
        inputType: target instanceof HTMLInputElement ? target.type : undefined,
      });
      if (!action) return;
      // Holding space would toggle many times a second.
      if (action === "toggle" && event.repeat) return event.preventDefault();
      const ms = playback.store.get().currentTime * 1000;
      let segment = -1;
      if (action === "previous-segment" || action === "next-segment") {
        if (!index) return;
        segment = action === "next-segment" ? nextSegmentIndex(index, ms) : previousSegmentIndex(index, ms);
        if (segment < 0) return;
      }
      event.preventDefault();
      if (action === "toggle") playback.toggle();
      else if (action === "back") playback.skip(-SKIP_SECONDS);
      else if (action === "forward") playback.skip(SKIP_SECONDS);
      else jumpTo(index!.segStart[segment] / 1000);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [playback, index, jumpTo]);
}

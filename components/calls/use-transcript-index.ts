"use client";

// The call page's transcript index. A first screen or a short transcript is
// indexed as it renders (the server's HTML needs it); a long one is indexed in
// short slices after it arrives, while the page goes on showing what it had,
// so that a click or a key while it is built is answered at once, and never has
// to wait for (or restart) a render holding the whole build. The page then
// switches to the whole transcript in a transition: React renders that in
// slices too, and a click meanwhile is answered first.
import { startTransition, useEffect, useMemo, useState } from "react";
import type { Segment, WordTimings } from "@/lib/domain/transcript";
import { buildTranscriptIndex, buildTranscriptIndexInSlices, type TranscriptIndex } from "./transcript-index";

/** Up to this many lines and words together, an index is built within one render. */
export const INDEX_IN_RENDER_LIMIT = 4000;

/**
 * The index of segments and words; null while a long transcript is being indexed (or when there is none).
 * The same segments array keeps its index: pass a memoized one.
 */
export function useTranscriptIndex(segments: Segment[] | null, words: WordTimings | null): TranscriptIndex | null {
  const inRender = segments !== null && segments.length + (words?.startMs.length ?? 0) <= INDEX_IN_RENDER_LIMIT;
  const rendered = useMemo(() => (segments && inRender ? buildTranscriptIndex(segments, words) : null), [segments, words, inRender]);
  const [built, setBuilt] = useState<{ segments: Segment[]; index: TranscriptIndex } | null>(null);
  useEffect(() => {
    if (!segments || inRender) return;
    const controller = new AbortController();
    buildTranscriptIndexInSlices(segments, words, controller.signal).then(
      (index) => startTransition(() => setBuilt({ segments, index })),
      (error: unknown) => {
        if (!controller.signal.aborted) throw error;
      },
    );
    return () => controller.abort();
  }, [segments, words, inRender]);
  if (rendered) return rendered;
  return built && built.segments === segments ? built.index : null;
}

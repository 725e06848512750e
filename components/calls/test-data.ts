// A small transcript the call page's tests share: three turns, words for the
// first two only (as when a vendor times some segments and not others).
import type { Segment, WordTimings } from "@/lib/domain/transcript";

export const SEGMENTS: Segment[] = [
  { speaker: "rep", label: "Marcus Reid", startMs: 0, endMs: 2000, text: "Hi Dana, quick question." },
  { speaker: "prospect", label: "Dana Whitfield", startMs: 2500, endMs: 4000, text: "Sure, go ahead." },
  { speaker: "rep", label: "Marcus Reid", startMs: 6000, endMs: 9000, text: "How do invoices get approved today? Approved by whom?" },
];

export const WORDS: WordTimings = {
  startMs: [10, 400, 900, 1400, 2490, 3000, 3400],
  endMs: [350, 800, 1300, 1900, 2900, 3300, 3900],
  text: ["Hi", "Dana", "quick", "question", "Sure", "go", "ahead"],
  punct: ["", ",", "", ".", ",", "", "."],
  speaker: [0, 0, 0, 0, 1, 1, 1],
};

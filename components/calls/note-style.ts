import type { CallNote } from "@/lib/data/dto";

/** How a comment and a highlight are told apart, beside the transcript and in the coaching card. */
export const NOTE_STYLE: Record<CallNote["kind"], { edge: string; label: string }> = {
  comment: { edge: "border-sky-600", label: "text-sky-800" },
  highlight: { edge: "border-amber-600", label: "text-amber-800" },
};

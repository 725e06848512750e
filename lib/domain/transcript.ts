// The stored shape of a transcript: ordered segments, and word timings where
// the vendor gives them, kept columnar so 20,000 words are one small document.
import { z } from "zod";

export const speakerRoleSchema = z.enum(["rep", "prospect", "agent", "caller", "unknown"]);
export type SpeakerRole = z.infer<typeof speakerRoleSchema>;

export const segmentSchema = z.object({
  speaker: speakerRoleSchema,
  // the vendor's label for the speaker: a name, "Speaker 2", "agent"...
  label: z.string(),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  text: z.string(),
  // the vendor's zero-based speaker number, where it numbers speakers
  voice: z.number().int().nonnegative().optional(),
});
export type Segment = z.infer<typeof segmentSchema>;

/** Word timings, one array per attribute, all the same length. */
export const wordTimingsSchema = z
  .object({
    startMs: z.array(z.number().int().nonnegative()),
    endMs: z.array(z.number().int().nonnegative()),
    text: z.array(z.string()),
    // punctuation that follows the word, "" when none
    punct: z.array(z.string()),
    // index into the segment speakers: the vendor's zero-based voice number
    speaker: z.array(z.number().int().nonnegative()),
  })
  .refine(
    (w) => [w.endMs, w.text, w.punct, w.speaker].every((column) => column.length === w.startMs.length),
    { message: "word timing columns must have the same length" },
  );
export type WordTimings = z.infer<typeof wordTimingsSchema>;

export const segmentsSchema = z.array(segmentSchema);

/** The plain text of a transcript, for search and export. */
export function transcriptText(segments: Segment[]): string {
  return segments.map((segment) => segment.text).join("\n");
}

export function wordCount(segments: Segment[]): number {
  let count = 0;
  for (const segment of segments) count += countTokens(segment.text);
  return count;
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The number of white-space separated tokens: text.split(/\s+/).filter(Boolean).length, without the arrays. */
export function countTokens(text: string): number {
  let count = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return count;
}

// The playhead math lives without zod, for the call page's own script.
export { LINE_LANDING_MS, landingMs, lineAtMs, lineLandingMs, snapMs } from "./transcript-time";

// Talk stats from a transcript with known speaker roles: Coachboard's one
// definition of each. Wherever a call's transcript knows the rep's side these
// are its figures, whatever the vendor reports (its own figures, by its own
// definitions, stand only for a call without such a transcript, and are kept
// as received). "Rep side" is the rep, or the voice agent.
import { countTokens, type Segment, type SpeakerRole } from "./transcript";

export interface TalkMetrics {
  talkRatio: number | null;
  questionsAsked: number;
  fillerWords: number;
  wordsPerMinute: number | null;
  longestMonologueSec: number | null;
  interruptions: number;
}

const REP_SIDE: ReadonlySet<SpeakerRole> = new Set(["rep", "agent"]);
const FILLERS = /\b(um+|uh+|erm|hmm+|ah|like|basically|literally|you know|kind of|sort of)\b/gi;

export function isRepSide(role: SpeakerRole): boolean {
  return REP_SIDE.has(role);
}

/** Whether a transcript tells the rep's side from the others: only then does it give the call's talk figures. */
export function knowsRepSide(segments: readonly Pick<Segment, "speaker">[]): boolean {
  return segments.some((s) => isRepSide(s.speaker));
}

/** Every talk metric, in one order: the metrics a transcript that knows the rep's side gives. */
export const TALK_METRICS = ["talkRatio", "questionsAsked", "fillerWords", "wordsPerMinute", "interruptions", "longestMonologueSec"] as const satisfies readonly (keyof TalkMetrics)[];

export function countFillers(text: string): number {
  return text.match(FILLERS)?.length ?? 0;
}

export function talkMetrics(segments: Segment[]): TalkMetrics {
  let repMs = 0;
  let otherMs = 0;
  let repWords = 0;
  let questions = 0;
  let fillers = 0;
  let longest = 0;
  let run = 0;
  let interruptions = 0;
  let previous: Segment | undefined;
  for (const segment of segments) {
    const ms = Math.max(0, segment.endMs - segment.startMs);
    if (isRepSide(segment.speaker)) {
      repMs += ms;
      repWords += countTokens(segment.text);
      questions += countQuestionMarks(segment.text);
      fillers += countFillers(segment.text);
      run = previous && isRepSide(previous.speaker) ? run + ms : ms;
      longest = Math.max(longest, run);
      if (previous && !isRepSide(previous.speaker) && segment.startMs < previous.endMs) interruptions++;
    } else if (segment.speaker !== "unknown") {
      otherMs += ms;
      run = 0;
    }
    previous = segment;
  }
  const total = repMs + otherMs;
  return {
    talkRatio: total > 0 && repMs > 0 ? round(repMs / total, 3) : null,
    questionsAsked: questions,
    fillerWords: fillers,
    wordsPerMinute: repMs > 0 ? round(repWords / (repMs / 60_000), 1) : null,
    longestMonologueSec: repMs > 0 ? round(longest / 1000, 1) : null,
    interruptions,
  };
}

function countQuestionMarks(text: string): number {
  let count = 0;
  for (let at = text.indexOf("?"); at >= 0; at = text.indexOf("?", at + 1)) count++;
  return count;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// Who the rep is, from the words and the call's stats, when no simplified
// transcript names the speakers; and how words are read.
import { describe, expect, it } from "vitest";
import { callTranscript, inferRepVoice, isCanonicalWord, talkStatsOf, voiceTalk, wordColumns } from "./words";

interface Turn {
  voice: number;
  words: number;
  /** Each word's length; words start every half second. */
  wordSec: number;
}

/** Words of alternating turns, and the stats the API reports for them (talk time: the turns' spans, as its segments). */
function conversation(turns: Turn[], internalVoice: number) {
  const words: { start: string; end: string; word: string; p?: string; v: number }[] = [];
  let t = 0;
  let internal = 0;
  let external = 0;
  const longest: Record<string, number> = {};
  for (const turn of turns) {
    const from = t;
    for (let i = 0; i < turn.words; i++) {
      words.push({ start: t.toFixed(3), end: (t + turn.wordSec).toFixed(3), word: "word", ...(i === turn.words - 1 ? { p: "." } : {}), v: turn.voice });
      t += 0.5;
    }
    const span = t - 0.5 + turn.wordSec - from;
    if (turn.voice === internalVoice) internal += span;
    else external += span;
    longest[turn.voice] = Math.max(longest[turn.voice] ?? 0, Math.round(span * 1000) / 1000);
    t += 1;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return { words, stats: { internalTalkTime: round(internal), externalTalkTime: round(external), longestSegmentDurations: longest } };
}

/** The rule the connector used to follow: the voice whose words' durations come closest to the internal talk time. */
function closestToInternal(words: ReturnType<typeof wordColumns>, internalTalkTime: number): number {
  const talk = [...voiceTalk(words).entries()];
  return talk.reduce((best, [voice, t]) => (Math.abs(t.wordMs / 1000 - internalTalkTime) < Math.abs(best[1].wordMs / 1000 - internalTalkTime) ? [voice, t] : best))[0];
}

/** A rep who talks a little less than the prospect, with pauses between words, and a prospect who speaks in one breath. */
function repTalksLess(internalVoice = 0) {
  const turns: Turn[] = [];
  for (let i = 0; i < 20; i++) turns.push({ voice: internalVoice, words: 10, wordSec: 0.3 }, { voice: 1 - internalVoice, words: 11, wordSec: 0.45 });
  return conversation(turns, internalVoice);
}

describe("the rep's voice", () => {
  it("is the voice whose talk matches the internal time while the other's matches the external one, where the old rule swapped them", () => {
    for (const internal of [0, 1]) {
      const { words, stats } = repTalksLess(internal);
      const columns = wordColumns(words);
      expect(stats.internalTalkTime).toBeLessThan(stats.externalTalkTime);
      // The rep's words are short: their durations add up closer to the internal time for the prospect.
      expect(closestToInternal(columns, stats.internalTalkTime)).toBe(1 - internal);
      expect(inferRepVoice(columns, talkStatsOf(stats))).toBe(internal);
      const transcript = callTranscript(columns, "rep@example.com", talkStatsOf(stats));
      expect(new Set(transcript.segments.filter((s) => s.voice === internal).map((s) => [s.speaker, s.label].join()))).toEqual(new Set(["rep,rep@example.com"]));
      expect(new Set(transcript.segments.filter((s) => s.voice !== internal).map((s) => s.speaker))).toEqual(new Set(["prospect"]));
      expect(transcript.metrics).not.toBeNull();
    }
  });

  it("is the same measured by the words' own durations when that is what the stats add up to", () => {
    const { words } = repTalksLess(0);
    // Word durations: the rep 200 × 0.3 s, the prospect 220 × 0.45 s.
    expect(inferRepVoice(wordColumns(words), talkStatsOf({ internalTalkTime: 60, externalTalkTime: 99 }))).toBe(0);
    expect(inferRepVoice(wordColumns(words), talkStatsOf({ internalTalkTime: 99, externalTalkTime: 60 }))).toBe(1);
  });

  it("is unknown when both voices fit equally, or the stats say nothing, so no metrics are made", () => {
    const turns: Turn[] = [];
    for (let i = 0; i < 20; i++) turns.push({ voice: 0, words: 10, wordSec: 0.3 }, { voice: 1, words: 10, wordSec: 0.3 });
    const { words, stats } = conversation(turns, 0);
    expect(stats.internalTalkTime).toBe(stats.externalTalkTime);
    const columns = wordColumns(words);
    for (const s of [stats, { internalTalkTime: stats.internalTalkTime }, {}, null, { internalTalkTime: "96", externalTalkTime: "109" }]) {
      expect(inferRepVoice(columns, talkStatsOf(s))).toBeNull();
    }
    const transcript = callTranscript(columns, "rep@example.com", talkStatsOf(stats));
    expect(new Set(transcript.segments.map((s) => s.speaker))).toEqual(new Set(["unknown"]));
    expect(transcript.segments[0].label).toBe("Speaker 1");
    expect(transcript.metrics).toBeNull();
    // Unequal by less than the stats can tell apart: still unknown.
    const { words: lopsided } = repTalksLess(0);
    expect(inferRepVoice(wordColumns(lopsided), talkStatsOf({ internalTalkTime: 102.4, externalTalkTime: 102.6 }))).toBeNull();
  });

  it("is unknown when the stats' per-voice figures describe the voices swapped", () => {
    const { words, stats } = repTalksLess(0);
    const columns = wordColumns(words);
    const swappedLongest = { ...stats, longestSegmentDurations: { "0": stats.longestSegmentDurations[1], "1": stats.longestSegmentDurations[0] } };
    expect(inferRepVoice(columns, talkStatsOf(stats))).toBe(0);
    expect(inferRepVoice(columns, talkStatsOf(swappedLongest))).toBeNull();
    // Talk speeds: the rep said 200 words, the prospect 220, over the call.
    const minutes = Number(words.at(-1)!.end) / 60;
    const speeds = (rep: number, prospect: number) => ({ ...stats, talkSpeeds: [{ start: 0, end: minutes * 60, wordsPerMinute: { "0": rep / minutes, "1": prospect / minutes } }] });
    expect(inferRepVoice(columns, talkStatsOf(speeds(200, 220)))).toBe(0);
    // The API's speeds are approximate.
    expect(inferRepVoice(columns, talkStatsOf(speeds(206, 214)))).toBe(0);
    expect(inferRepVoice(columns, talkStatsOf(speeds(220, 200)))).toBeNull();
  });

  it("is never a voice that spoke longer at a stretch than all internal talk", () => {
    // Two voices that talked alike, where the API counted the talk otherwise: the talk times cannot tell them apart...
    const turns: Turn[] = [];
    for (let i = 0; i < 20; i++) turns.push({ voice: 0, words: 10, wordSec: 0.3 }, { voice: 1, words: 10, wordSec: 0.3 });
    const { words } = conversation(turns, 0);
    const columns = wordColumns(words);
    const stats = { internalTalkTime: 80, externalTalkTime: 112 };
    expect(inferRepVoice(columns, talkStatsOf(stats))).toBeNull();
    // ...but voice 0 once spoke longer than all internal talk: it is external.
    expect(inferRepVoice(columns, talkStatsOf({ ...stats, longestSegmentDurations: { "0": 90, "1": 4.8 } }))).toBe(1);
    // Where the talk times clearly say otherwise, the stats contradict themselves: unknown.
    const clear = repTalksLess(0);
    expect(inferRepVoice(wordColumns(clear.words), talkStatsOf({ ...clear.stats, longestSegmentDurations: { "0": 105, "1": clear.stats.longestSegmentDurations[1] } }))).toBeNull();
  });

  it("reads the stats leniently: keys that are no voice and values that are no number are left out", () => {
    const stats = talkStatsOf({
      internalTalkTime: 10,
      externalTalkTime: "20",
      longestSegmentDurations: { "0": 4, "1": "5", x_schema_rev: 3, _links: { rev: 1 } },
      talkSpeeds: [{ start: 0, end: 60, wordsPerMinute: { "0": 100, tenantTag: "r1" } }, null, { start: 5, end: 5, wordsPerMinute: { "0": 1 } }],
    });
    expect(stats).toEqual({ internalTalkTime: 10, externalTalkTime: null, longestTurns: new Map([[0, 4]]), wordsByVoice: new Map([[0, 100]]) });
  });
});

describe("transcript words", () => {
  it("reads times as strings or numbers and p absent, empty or null; drops (counted) the words that break the shape", () => {
    const drops: string[] = [];
    const columns = wordColumns(
      [
        { start: "1.000", end: "1.250", word: "hi", p: ",", v: 0 },
        { start: 1.5, end: 1.75, word: "there", p: "", v: 1, confidence: 0.9 },
        { start: "2.0", end: "2.5", word: "ok", p: null, v: 1 },
        { start: "3", end: "3.5", word: "so", p: 7, v: 0 },
        { start: "-1", end: "1", word: "bad", v: 0 },
        { start: "1", end: "", word: "bad", v: 0 },
        { start: "1", end: "2", v: 0 },
        { start: "1", end: "2", word: "bad", v: "0" },
        { start: "1", end: "2", word: "bad", v: 1.5 },
        null,
        "word",
      ],
      (what, why) => drops.push(`${what}: ${why}`),
    );
    expect(columns).toEqual({ startMs: [1000, 1500, 2000, 3000], endMs: [1250, 1750, 2500, 3500], text: ["hi", "there", "ok", "so"], punct: [",", "", "", ""], speaker: [0, 1, 1, 0] });
    expect(drops).toEqual([
      "word: start: not a time in seconds",
      "word: end: not a time in seconds",
      "word: word: not a string",
      "word: v: not a speaker number",
      "word: v: not a speaker number",
      "word: not an object",
      "word: not an object",
    ]);
  });

  it("calls a word canonical only in the form the stored columns give back", () => {
    expect(isCanonicalWord({ start: "26.594", end: "26.704", word: "hey", p: ",", v: 1 })).toBe(true);
    expect(isCanonicalWord({ v: 0, word: "", end: "0.000", start: "0.000" })).toBe(true);
    for (const word of [
      { start: 26.594, end: "26.704", word: "hey", v: 1 },
      { start: "26.59", end: "26.704", word: "hey", v: 1 },
      { start: "026.594", end: "26.704", word: "hey", v: 1 },
      { start: "26.594", end: "26.704", word: "hey", p: "", v: 1 },
      { start: "26.594", end: "26.704", word: "hey", p: null, v: 1 },
      { start: "26.594", end: "26.704", word: "hey", v: 1, x_schema_rev: 1 },
      { start: "26.594", end: "26.704", word: "hey", v: -1 },
      [],
    ]) {
      expect(isCanonicalWord(word), JSON.stringify(word)).toBe(false);
    }
  });
});

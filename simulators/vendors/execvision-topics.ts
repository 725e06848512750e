// call_topics: topic matches found in a call's own words, so matches always
// agree with the transcript (same text, same times).
import type { EvCallEntry, EvTopic, EvWord } from "../dataset/types";
import type { SimStore } from "../store";

export interface TopicMatchRecord {
  callId: string;
  modified: string;
  questionCounts: { internalSpeakerQuestionCount: number; externalSpeakerQuestionCount: number; unknownSpeakerQuestionCount: number };
  topicMatches: {
    startTime: number;
    endTime: number;
    text: string;
    speakerType: "INTERNAL" | "EXTERNAL" | "UNKNOWN";
    topicsWithMatches: { topicId: string; topicName: string; matches: SingleMatch[] }[];
  }[];
}

interface SingleMatch {
  searchText: string[];
  matchingText: string;
  matchStartTime: number;
  matchStartIndex: number;
  matchEndTime: number;
  matchEndIndex: number;
}

const norm = (word: string) => word.toLowerCase().replace(/[^a-z0-9']/g, "");

/** Sentence blocks: a block ends at . ? ! or when the speaker changes. */
function blocks(words: EvWord[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const end = i === words.length - 1 || words[i + 1].v !== words[i].v || /[.?!]/.test(words[i].p ?? "");
    if (end) {
      out.push({ from, to: i });
      from = i + 1;
    }
  }
  return out;
}

export function computeTopicMatches(entry: EvCallEntry, modified: string, topics: EvTopic[]): TopicMatchRecord {
  const words = entry.call.transcript ?? [];
  const typeOf = (voice: number) => entry.speakers.find((s) => s.speakerNumber === voice)?.speakerType ?? "UNKNOWN";
  const tokens = words.map((w) => norm(w.word));
  const phrases = topics.flatMap((t) => t.words.map((phrase) => ({ topic: t, phrase, parts: phrase.toLowerCase().split(/\s+/).map(norm) })));
  const counts = { internalSpeakerQuestionCount: 0, externalSpeakerQuestionCount: 0, unknownSpeakerQuestionCount: 0 };
  const topicMatches: TopicMatchRecord["topicMatches"] = [];
  for (const block of blocks(words)) {
    const speakerType = typeOf(words[block.from].v);
    if ((words[block.to].p ?? "").includes("?")) {
      if (speakerType === "INTERNAL") counts.internalSpeakerQuestionCount++;
      else if (speakerType === "EXTERNAL") counts.externalSpeakerQuestionCount++;
      else counts.unknownSpeakerQuestionCount++;
    }
    const byTopic = new Map<number, { topicId: string; topicName: string; matches: SingleMatch[] }>();
    for (let i = block.from; i <= block.to; i++) {
      for (const { topic, phrase, parts } of phrases) {
        if (i + parts.length - 1 > block.to) continue;
        let hit = true;
        for (let k = 0; k < parts.length && hit; k++) hit = tokens[i + k] === parts[k];
        if (!hit) continue;
        const last = i + parts.length - 1;
        const group = byTopic.get(topic.id) ?? { topicId: String(topic.id), topicName: topic.name, matches: [] };
        if (group.matches.some((m) => m.matchStartIndex === i - block.from)) continue;
        group.matches.push({
          searchText: [phrase],
          matchingText: words.slice(i, last + 1).map((w) => w.word).join(" "),
          matchStartTime: Number(words[i].start),
          matchStartIndex: i - block.from,
          matchEndTime: Number(words[last].end),
          matchEndIndex: last - block.from,
        });
        byTopic.set(topic.id, group);
      }
    }
    if (byTopic.size === 0) continue;
    const parts: string[] = [];
    for (let i = block.from; i <= block.to; i++) parts.push(words[i].word + (words[i].p ?? ""));
    topicMatches.push({
      startTime: Number(words[block.from].start),
      endTime: Number(words[block.to].end),
      text: parts.join(" "),
      speakerType,
      topicsWithMatches: [...byTopic.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g),
    });
  }
  return { callId: entry.call.id, modified, questionCounts: counts, topicMatches };
}

/**
 * The documented sliding-window filter: a topic survives only if some window
 * of windowSec seconds holds at least minMatches of its matches.
 */
export function applyWindowFilter(record: TopicMatchRecord, windowSec: number, minMatches: number): TopicMatchRecord {
  const times = new Map<string, number[]>();
  for (const block of record.topicMatches) {
    for (const t of block.topicsWithMatches) {
      const list = times.get(t.topicId) ?? [];
      for (const m of t.matches) list.push(m.matchStartTime);
      times.set(t.topicId, list);
    }
  }
  const keep = new Set<string>();
  for (const [topicId, list] of times) {
    list.sort((a, b) => a - b);
    for (let i = 0; i + minMatches - 1 < list.length; i++) {
      if (list[i + minMatches - 1] - list[i] <= windowSec) {
        keep.add(topicId);
        break;
      }
    }
    if (minMatches <= 0) keep.add(topicId);
  }
  return {
    ...record,
    topicMatches: record.topicMatches
      .map((block) => ({ ...block, topicsWithMatches: block.topicsWithMatches.filter((t) => keep.has(t.topicId)) }))
      .filter((block) => block.topicsWithMatches.length > 0),
  };
}

/**
 * A record as this account serves it (variants mode): `topicId` a string (the
 * Topic Match table) or a number (as /topics ids are), evolved.
 */
export function servedTopicMatches(store: SimStore, record: TopicMatchRecord): unknown {
  const v = store.variants;
  if (!v.on) return record;
  const numbers = v.pick("execvision.callTopics.topicId", ["string", "number"] as const) === "number";
  const served = {
    ...record,
    topicMatches: record.topicMatches.map((block) => ({
      ...block,
      topicsWithMatches: block.topicsWithMatches.map((topic) => ({ ...topic, topicId: numbers ? Number(topic.topicId) : topic.topicId })),
    })),
  };
  return v.evolve(served, record.callId);
}

/** The topic definitions as this account serves them (variants mode): `words` an array (the example) or one comma-separated string (the table), evolved. */
export function servedTopics(store: SimStore, topics: EvTopic[]): unknown[] {
  const v = store.variants;
  if (!v.on) return topics;
  const joined = v.pick("execvision.topics.words", ["array", "string"] as const) === "string";
  return topics.map((topic) => v.evolve({ ...topic, words: joined ? topic.words.join(", ") : topic.words }, String(topic.id)));
}

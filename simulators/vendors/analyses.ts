// The call analyses API: GET /v1/analyses/{id}, Bearer auth. Each analysis
// moves queued → processing → final on the simulator clock.
import type { IncomingHttpHeaders } from "node:http";
import type { AnalysisRecord } from "../dataset/types";
import { HttpError, bearerToken, clone, ok, type HandlerResult, type VendorRequest } from "../http";
import type { AnalysisState, SimStore } from "../store";
import type { SimulatorCredentials } from "../types";
import type { Variants } from "../variants";

export function authorizeAnalyses(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  return bearerToken(headers) === credentials.analysesToken;
}

export function handleAnalyses(req: VendorRequest, store: SimStore): HandlerResult {
  const m = /^\/v1\/analyses\/([^/]+)\/?$/.exec(req.path);
  if (!m) throw new HttpError(404, `No route for ${req.path}`);
  if (req.method !== "GET") throw new HttpError(405, `Method ${req.method} not allowed`);
  const id = decodeURIComponent(m[1]);
  const state = store.analyses.get(id);
  if (!state) throw new HttpError(404, `Analysis ${id} not found`);
  const served = servedAnalysis(store, state, req.now());
  // Status is read leniently, so only an unreadable creation time makes the record unusable.
  // Broken where Coachboard dates the analysis, the one part not read tolerantly.
  if (store.malformed.has(`analyses:${id}`)) return ok({ ...served, created_at: "last tuesday" });
  return ok(served);
}

export function currentStatus(state: AnalysisState, nowMs: number): AnalysisRecord["status"] {
  if (nowMs < state.startedMs) return "queued";
  if (nowMs < state.finalMs) return "processing";
  return state.entry.record.status;
}

/** The record as it looks at nowMs: nothing but ids and inputs until it is final. */
export function analysisView(store: SimStore, state: AnalysisState, nowMs: number): AnalysisRecord {
  const r = state.entry.record;
  const status = currentStatus(state, nowMs);
  const live = state.entry.live !== null;
  const iso = (ms: number) => new Date(ms).toISOString();
  const recording_url = state.entry.recordingFile ? `${store.recordingsBase}/${state.entry.recordingFile}` : r.recording_url;
  const started_at = status === "queued" ? null : live ? iso(state.startedMs) : r.started_at;
  if (status === "queued" || status === "processing") {
    return clone({ ...r, status, recording_url, transcript: {}, analysis: {}, error: {}, duration_seconds: null, cost_usd_cents: 0, started_at, completed_at: null });
  }
  return clone({ ...r, status, recording_url, started_at, completed_at: live ? iso(state.finalMs) : r.completed_at });
}

/** The record exactly as the API serves it at nowMs: its view with the seed's readings of the doc applied. */
export function servedAnalysis(store: SimStore, state: AnalysisState, nowMs: number): Served {
  const view = analysisView(store, state, nowMs) as unknown as Served;
  const variants = store.variants;
  if (!variants.on) return view;
  return variants.evolve(applyReadings(view, analysisReadings(variants, view.id as string)), view.id as string);
}

export function analysesRecords(store: SimStore): Served[] {
  const now = store.now();
  return [...store.analyses.values()].map((s) => servedAnalysis(store, s, now));
}

// ---------------------------------------------------------------- Readings of the doc

type Served = Record<string, unknown>;

/** What `transcript.words` elements look like (the doc shows `[{}]`). */
export type WordShape = "text" | "word" | "punctuated" | "empty" | "absent";
export type SpeakerLabel = string | number;

export interface AnalysisReadings {
  words: WordShape;
  /** The unit of utterance and word times. */
  unit: "ms" | "s";
  /** The labels of the rep ("A" in the dataset) and of the prospect ("B"). */
  speakers: readonly [SpeakerLabel, SpeakerLabel];
  /** A score served outside 0-100 on a completed analysis. */
  outOfRange: { key: string; value: number } | null;
  /** The list one element of which breaks its shape on a completed analysis. */
  broken: { list: "utterances" | "words"; how: "time" | "text" } | null;
}

const WORD_SHAPES: readonly WordShape[] = ["text", "word", "punctuated", "empty", "absent"];
const SPEAKER_FORMS: readonly (readonly [SpeakerLabel, SpeakerLabel])[] = [["A", "B"], [0, 1], ["speaker_0", "speaker_1"]];
const SCORE_KEYS = ["overall_score", "clarity_score", "influence_score", "objection_score", "discovery_score", "delivery_score", "close_score"];

/** The readings one analysis is served with; without a seed, the doc as the connector was first written against it. */
export function analysisReadings(variants: Variants, id: string): AnalysisReadings {
  const words = variants.pickFor("analyses.words", id, WORD_SHAPES);
  const hasWords = words !== "empty" && words !== "absent";
  return {
    words,
    unit: variants.pickFor("analyses.time-unit", id, ["ms", "s"] as const),
    speakers: variants.pickFor("analyses.speakers", id, SPEAKER_FORMS),
    outOfRange: variants.chance("analyses.score-range", id, 0.12)
      ? { key: variants.pickFor("analyses.score-key", id, SCORE_KEYS), value: variants.pickFor("analyses.score-value", id, [104, 112, -3]) }
      : null,
    broken: variants.chance("analyses.broken", id, 0.15)
      ? {
          list: hasWords && variants.chance("analyses.broken-list", id, 0.5) ? "words" : "utterances",
          how: variants.pickFor("analyses.broken-how", id, ["time", "text"] as const),
        }
      : null,
  };
}

/** The index of the element served broken: the middle one. */
export function brokenIndex(length: number): number {
  return Math.floor(length / 2);
}

function applyReadings(record: Served, readings: AnalysisReadings): Served {
  const label = (speaker: unknown) => (speaker === "A" ? readings.speakers[0] : speaker === "B" ? readings.speakers[1] : speaker);
  const metadata = record.metadata as Served | null;
  if (metadata && "rep_speaker" in metadata) metadata.rep_speaker = label(metadata.rep_speaker);
  const time = (value: unknown) => (readings.unit === "s" && typeof value === "number" ? value / 1000 : value);

  const transcript = record.transcript as Served | null;
  if (transcript && Array.isArray(transcript.utterances)) {
    const utterances = (transcript.utterances as Served[]).map((u) => ({ ...u, start: time(u.start), end: time(u.end), speaker: label(u.speaker) }));
    if (readings.broken?.list === "utterances" && utterances.length) {
      const i = brokenIndex(utterances.length);
      utterances[i] = readings.broken.how === "time" ? { ...utterances[i], start: null } : { ...utterances[i], end: "soon" };
    }
    transcript.utterances = utterances;
  }
  if (transcript && Array.isArray(transcript.words)) {
    if (readings.words === "absent") delete transcript.words;
    else {
      const words = (transcript.words as Served[]).map((w) => shapeWord({ ...w, start: time(w.start), end: time(w.end), speaker: label(w.speaker) }, readings.words));
      if (readings.broken?.list === "words" && words.length) {
        const i = brokenIndex(words.length);
        words[i] = readings.broken.how === "time" ? { ...words[i], start: "n/a" } : blankText(words[i]);
      }
      transcript.words = words;
    }
  }

  const analysis = record.analysis as Served | null;
  if (readings.outOfRange && analysis && readings.outOfRange.key in analysis) analysis[readings.outOfRange.key] = readings.outOfRange.value;
  return record;
}

function shapeWord(w: Served, shape: WordShape): Served {
  const text = String(w.text);
  switch (shape) {
    case "word":
      return { word: text, start: w.start, end: w.end, speaker: w.speaker };
    case "punctuated":
      return { word: text.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ""), punctuated_word: text, start: w.start, end: w.end, confidence: w.confidence, speaker: w.speaker };
    case "empty":
      return {};
    default:
      return w;
  }
}

function blankText(w: Served): Served {
  const out = { ...w };
  for (const key of ["text", "word", "punctuated_word"]) if (key in out) out[key] = null;
  return out;
}

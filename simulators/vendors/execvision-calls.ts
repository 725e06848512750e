// ExecVision keyset-paged streams: calls, calls/deleted and call_topics, in
// (modified, id) order, including the documented last_id bug.
import type { EvCall, EvCallEntry, EvCallOptions, EvWord } from "../dataset/types";
import { hashString } from "../dataset/prng";
import { HttpError, badParam, boolParam, intParam, lowerBound, ok, parseIso, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import { applyWindowFilter, computeTopicMatches, servedTopicMatches, type TopicMatchRecord } from "./execvision-topics";

/** `since` is required; seconds are ignored (truncated to the minute), as documented. */
export function sinceParam(query: URLSearchParams): number {
  const raw = query.get("since");
  if (raw === null || raw === "") badParam("since", "is required (ISO 8601, e.g. 2021-12-31T09:15Z)");
  const parsed = parseIso(raw);
  if (!parsed) badParam("since", "must be an ISO 8601 timestamp such as 2021-12-31T09:15Z");
  return Math.floor(parsed.ms / 60_000) * 60_000;
}

export function limitParam(query: URLSearchParams, max: number): number {
  return intParam(query, "limit", 100, 0, max);
}

/**
 * Known bug: about one page in four starts AT the last_id record instead of
 * after it. Decided by a hash of the request, so a retried request repeats it.
 */
export function repeatsLastId(req: VendorRequest): boolean {
  const key = [...req.query.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join("&");
  return hashString(`${req.path}?${key}`) % 4 === 0;
}

interface KeysetList { size(): number; modifiedMsAt(i: number): number; indexOfId(id: string): number }

/** Indexes of one page: modified ≥ since, then after last_id when it is in that range. */
export function keysetPage(list: KeysetList, sinceMs: number, lastId: string | null, limit: number, repeat: boolean): number[] {
  const first = lowerBound(list.size(), (i) => list.modifiedMsAt(i), sinceMs);
  let start = first;
  if (lastId) {
    const at = list.indexOfId(lastId);
    if (at >= first) start = repeat ? at : at + 1;
  }
  const out: number[] = [];
  for (let i = start; i < Math.min(list.size(), start + limit); i++) out.push(i);
  return out;
}

export function callOptions(query: URLSearchParams): EvCallOptions {
  return {
    transcripts: boolParam(query, "include_transcripts"),
    crmMatches: boolParam(query, "include_crm_matches"),
    templates: boolParam(query, "render_templates"),
  };
}

/** The call as served: optional fields only when asked for, and broken when malformed. */
export function projectCall(store: SimStore, entry: EvCallEntry, options: EvCallOptions): Record<string, unknown> {
  let out: Record<string, unknown>;
  if (variantsApply(store)) {
    const { transcript, crmMatches, metadata, ...rest } = servedCall(store, entry);
    const { templates: _templates, ...plain } = metadata as Record<string, unknown>;
    out = { ...rest, metadata: options.templates ? metadata : plain };
    if (options.transcripts) out.transcript = transcript;
    if (options.crmMatches) out.crmMatches = crmMatches;
  } else {
    const { transcript, crmMatches, ...rest } = entry.call;
    out = { ...rest };
    if (options.templates) out.metadata = { ...rest.metadata, templates: entry.templates };
    if (options.transcripts) out.transcript = transcript;
    if (options.crmMatches) out.crmMatches = crmMatches;
  }
  // Broken where every reading needs it: the call's date (and paging position).
  if (store.malformed.has(`execvision:${entry.call.id}`)) out.callTime = 12345;
  return out;
}

/**
 * Variants mode serves the demo dataset's calls in the account's readings of
 * the doc's open points (README, "ExecVision"); the benchmark's generated
 * calls are always served as documented, straight from their bytes.
 */
export function variantsApply(store: SimStore): boolean {
  return store.variants.on && store.evCalls.mutable;
}

/** The account's readings of the Call object's open points. */
function callReadings(store: SimStore) {
  const v = store.variants;
  return {
    modifiedField: v.pick("execvision.calls.modified", [null, "modified", "lastModified"] as const),
    times: v.pick("execvision.words.times", ["string", "number"] as const),
    p: v.pick("execvision.words.p", ["after-punctuation", "empty", "null"] as const),
  };
}

/** Ways a word breaks its documented shape, one per call that has a bad word. */
const BAD_WORDS: ((word: Record<string, unknown>) => void)[] = [
  (w) => delete w.word,
  (w) => (w.start = ""),
  (w) => (w.v = null),
  (w) => (w.end = "-1.000"),
];

function servedWord(word: EvWord, readings: ReturnType<typeof callReadings>): Record<string, unknown> {
  const out: Record<string, unknown> = readings.times === "number" ? { start: Number(word.start), end: Number(word.end), word: word.word } : { start: word.start, end: word.end, word: word.word };
  if (word.p !== undefined) out.p = word.p;
  else if (readings.p === "empty") out.p = "";
  else if (readings.p === "null") out.p = null;
  out.v = word.v;
  return out;
}

const served = new WeakMap<SimStore, WeakMap<EvCallEntry, { version: number; call: Record<string, unknown> }>>();

/**
 * The call with everything (as call/{id} serves it, templates in metadata)
 * in this account's readings, evolved; the same on every request until the
 * call changes.
 */
export function servedCall(store: SimStore, entry: EvCallEntry): Record<string, unknown> {
  let calls = served.get(store);
  if (!calls) served.set(store, (calls = new WeakMap()));
  const cached = calls.get(entry);
  if (cached && cached.version === store.evVersion) return cached.call;
  const v = store.variants;
  const id = entry.call.id;
  const readings = callReadings(store);
  const { transcript, ...rest } = entry.call;
  const call: Record<string, unknown> = { ...structuredClone(rest), metadata: { ...structuredClone(rest.metadata), templates: { ...entry.templates } } };
  if (readings.modifiedField) call[readings.modifiedField] = entry.modified;
  const words = transcript?.map((word) => servedWord(word, readings)) ?? null;
  if (words?.length && v.chance("execvision.words.bad", id, 0.08)) {
    const at = v.pickFor("execvision.words.bad.at", id, words.map((_, i) => i));
    v.pickFor("execvision.words.bad.how", id, BAD_WORDS)(words[at]);
  }
  call.transcript = words;
  // What the API grew since its doc: new enum values and empty optional parts on a few calls.
  if (v.chance("execvision.calls.direction", id, 0.06)) call.direction = "VIDEO";
  if (v.chance("execvision.calls.state", id, 0.05)) call.state = "ARCHIVED";
  if (v.chance("execvision.calls.summary", id, 0.05)) call.callSummary = null;
  if (v.chance("execvision.calls.stats", id, 0.05)) call.stats = null;
  if (v.chance("execvision.calls.crm", id, 0.05)) call.crmMatches = null;
  const evolved = v.evolve(call, id);
  calls.set(entry, { version: store.evVersion, call: evolved });
  return evolved;
}

export const FULL: EvCallOptions = { transcripts: true, crmMatches: true, templates: true };

export function listCalls(req: VendorRequest, store: SimStore): HandlerResult {
  const options = callOptions(req.query);
  const since = sinceParam(req.query);
  const limit = limitParam(req.query, options.templates ? 100 : 1000);
  const view = store.evCalls;
  const page = keysetPage(view, since, req.query.get("last_id"), limit, repeatsLastId(req));
  if (view.serializeAt) {
    const parts: Buffer[] = [Buffer.from("[")];
    page.forEach((i, k) => {
      if (k > 0) parts.push(COMMA);
      if (store.malformed.has(`execvision:${view.idAt(i)}`)) parts.push(Buffer.from(JSON.stringify(projectCall(store, view.entryAt(i), options))));
      else parts.push(...view.serializeAt!(i, options));
    });
    parts.push(Buffer.from("]"));
    return { status: 200, raw: parts };
  }
  return ok(page.map((i) => projectCall(store, view.entryAt(i), options)));
}

const COMMA = Buffer.from(",");

export function listDeleted(req: VendorRequest, store: SimStore): HandlerResult {
  const since = sinceParam(req.query);
  const limit = limitParam(req.query, 1000);
  const sorted = [...store.ev.deletedCalls]
    .map((d) => ({ ms: Date.parse(d.deletedAt), d }))
    .sort((a, b) => a.ms - b.ms || (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0));
  const list = { size: () => sorted.length, modifiedMsAt: (i: number) => sorted[i].ms, indexOfId: (id: string) => sorted.findIndex((s) => s.d.id === id) };
  return ok(keysetPage(list, since, req.query.get("last_id"), limit, repeatsLastId(req)).map((i) => store.variants.evolve(sorted[i].d, sorted[i].d.id)));
}

const topicCache = new WeakMap<SimStore, Map<string, TopicMatchRecord>>();

export function topicRecord(store: SimStore, entry: EvCallEntry): TopicMatchRecord {
  let cache = topicCache.get(store);
  if (!cache) topicCache.set(store, (cache = new Map()));
  const key = `${entry.call.id}|${entry.modified}|${store.evVersion}`;
  let record = cache.get(key);
  if (!record) {
    record = computeTopicMatches(entry, entry.modified, store.ev.topics);
    cache.set(key, record);
  }
  return record;
}

export function listCallTopics(req: VendorRequest, store: SimStore): HandlerResult {
  const since = sinceParam(req.query);
  const limit = limitParam(req.query, 100);
  const windowRaw = req.query.get("window_length");
  const minRaw = req.query.get("minimum_matches");
  if ((windowRaw === null) !== (minRaw === null)) badParam(windowRaw === null ? "window_length" : "minimum_matches", "window_length and minimum_matches must be given together");
  const windowSec = windowRaw === null ? null : Number(windowRaw);
  if (windowSec !== null && (!Number.isFinite(windowSec) || windowSec <= 0)) badParam("window_length", "must be a positive number of seconds");
  const minMatches = minRaw === null ? null : intParam(req.query, "minimum_matches", 1, 1, 1_000_000);
  const view = store.evCalls;
  const complete = view.filtered ? view.filtered((e) => e.call.state === "COMPLETE") : view;
  const page = keysetPage(complete, since, req.query.get("last_id"), limit, repeatsLastId(req));
  return ok(page.map((i) => {
    const record = topicRecord(store, complete.entryAt(i));
    return servedTopicMatches(store, windowSec !== null && minMatches !== null ? applyWindowFilter(record, windowSec, minMatches) : record);
  }));
}

export function findCall(store: SimStore, id: string): EvCallEntry {
  const i = store.evCalls.indexOfId(id);
  if (i < 0) throw new HttpError(404, `Call ${id} not found`);
  return store.evCalls.entryAt(i);
}

export function searchCalls(req: VendorRequest, store: SimStore): HandlerResult {
  const fields = [...new Set(req.query.keys())];
  if (fields.length !== 1) badParam(fields[0] ?? "field", "calls/search takes exactly one field name and value");
  const field = fields[0];
  if (req.query.getAll(field).length !== 1) badParam(field, "give the field once");
  const value = req.query.get(field) as string;
  const out: string[] = [];
  const view = store.evCalls;
  for (let i = 0; i < view.size() && out.length < 1000; i++) {
    const call = view.entryAt(i).call;
    const found = lookup(call, field);
    if (found !== undefined && found !== null && typeof found !== "object" && String(found).toLowerCase() === value) out.push(call.id);
  }
  return ok(out);
}

function lookup(call: EvCall, path: string): unknown {
  if (path === "transcript" || path.startsWith("transcript.")) return undefined;
  let value: unknown = call;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

// ExecVision keyset-paged streams: calls, calls/deleted and call_topics, in
// (modified, id) order, including the documented last_id bug.
import type { EvCall, EvCallEntry, EvCallOptions } from "../dataset/types";
import { hashString } from "../dataset/prng";
import { HttpError, badParam, boolParam, intParam, lowerBound, ok, parseIso, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import { applyWindowFilter, computeTopicMatches, type TopicMatchRecord } from "./execvision-topics";

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
  const { transcript, crmMatches, ...rest } = entry.call;
  const out: Record<string, unknown> = { ...rest };
  if (options.templates) out.metadata = { ...rest.metadata, templates: entry.templates };
  if (options.transcripts) out.transcript = transcript;
  if (options.crmMatches) out.crmMatches = crmMatches;
  if (store.malformed.has(`execvision:${entry.call.id}`)) out.callTime = 12345;
  return out;
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
  return ok(keysetPage(list, since, req.query.get("last_id"), limit, repeatsLastId(req)).map((i) => sorted[i].d));
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
    return windowSec !== null && minMatches !== null ? applyWindowFilter(record, windowSec, minMatches) : record;
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

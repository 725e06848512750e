// ExecVision since-only streams: listens, scores, feedback, shares, meetings,
// plans, kpis. Ordered by (modified, stable key); filtered at or after since.
import type { EvData } from "../dataset/types";
import { badParam, ok, type HandlerResult, type VendorRequest } from "../http";
import { SortedStream, type SimStore } from "../store";
import { sinceParam } from "./execvision-calls";

type Streams = {
  listens: SortedStream<EvData["listens"][number]>;
  scores: SortedStream<EvData["scores"][number]>;
  feedback: SortedStream<EvData["feedback"][number]>;
  shares: SortedStream<EvData["shares"][number]>;
  meetings: SortedStream<EvData["meetings"][number]>;
  plans: SortedStream<EvData["plans"][number]>;
  kpis: SortedStream<EvData["kpis"][number]>;
};

const built = new WeakMap<SimStore, Streams>();

function streams(store: SimStore): Streams {
  let s = built.get(store);
  if (!s) {
    const ev = store.ev;
    s = {
      listens: new SortedStream(ev.listens, (l) => l.modified, (l) => `${l.callId}|${l.listener}|${l.date}|${l.timeListened}`),
      scores: new SortedStream(ev.scores, (r) => r.modified, (r) => r.resultId),
      feedback: new SortedStream(ev.feedback, (f) => f.modified, (f) => `${f.callId}|${f.feedbackAt}|${f.startTime}`),
      shares: new SortedStream(ev.shares, (x) => x.sharedAt, (x) => `${x.callId}|${x.sharedBy}`),
      meetings: new SortedStream(ev.meetings, (m) => m.modified, (m) => String(m.meetingId).padStart(12, "0")),
      plans: new SortedStream(ev.plans, (p) => p.modified, (p) => String(p.planId).padStart(12, "0")),
      kpis: new SortedStream(ev.kpis, (k) => k.modified, (k) => `${k.observedId}|${k.kpiId}|${k.observedAt}`),
    };
    built.set(store, s);
  }
  return s;
}

export type StreamName = keyof Streams;
export const STREAM_NAMES: StreamName[] = ["listens", "scores", "feedback", "shares", "meetings", "plans", "kpis"];

/** Records added to a stream (tests): the sorted views are built again. */
export function addStreamRecords(store: SimStore, name: StreamName, records: unknown[]): void {
  (store.ev[name] as unknown[]).push(...records);
  built.delete(store);
}

export const MAX_LIMIT = 1000;

/**
 * `limit` on the since-only lists. The doc says only that it is a
 * nonnegative integer, 1000 at most (default 100). Variants mode serves each
 * reading of what lies outside that: above the maximum refused (400), clamped
 * or honoured; 0 meaning no records or no limit.
 */
export function streamLimit(req: VendorRequest, store: SimStore): number {
  const raw = req.query.get("limit");
  if (raw === null || raw === "") return 100;
  if (!/^\d+$/.test(raw.trim())) badParam("limit", `must be a nonnegative integer of at most ${MAX_LIMIT}`);
  const value = Number(raw);
  if (value === 0) return store.variants.pick("execvision.limit.zero", ["none", "all"] as const) === "all" ? Infinity : 0;
  if (value <= MAX_LIMIT) return value;
  const above = store.variants.pick("execvision.limit.aboveMax", ["refuse", "clamp", "honour"] as const);
  if (above === "refuse") badParam("limit", `must be at most ${MAX_LIMIT}`);
  return above === "clamp" ? MAX_LIMIT : value;
}

export function listStream(name: StreamName, req: VendorRequest, store: SimStore): HandlerResult {
  const since = sinceParam(req.query);
  const limit = streamLimit(req, store);
  const s = streams(store);
  if (name === "scores") {
    // limit counts scorecard results; every answer of a result comes along.
    const rows = s.scores.from(since);
    const out: typeof rows = [];
    const results = new Set<string>();
    for (const row of rows) {
      if (!results.has(row.resultId)) {
        if (results.size >= limit) break;
        results.add(row.resultId);
      }
      out.push(row);
    }
    return ok(out);
  }
  if (name === "listens") {
    // Computed nightly: nothing from today (UTC) until tomorrow.
    const today = new Date(req.now()).toISOString().slice(0, 10);
    return ok(s.listens.from(since).filter((l) => l.date < today).slice(0, limit));
  }
  return ok((s[name].from(since) as unknown[]).slice(0, limit));
}

/** The scheme a scorecard is served with: in variants mode the yes/no scorecard may be a PassFail one (the same answers, spelled pass/fail). */
export function servedScheme(store: SimStore, scheme: string): string {
  return scheme === "YesNo" ? store.variants.pick("execvision.scorecards.yesNo", ["YesNo", "PassFail"] as const) : scheme;
}

const SPELLED: Record<string, [string, string]> = { YesNo: ["no", "yes"], PassFail: ["fail", "pass"] };

/**
 * A record of a since-only stream as this account serves it (variants mode;
 * README, "ExecVision"): listens' `modified` an ISO timestamp, "" or absent;
 * yes/no answers as 0/1, spelled out, or only as rawAnswer 0/5; a new scheme
 * on a few scores; meeting and plan ids numbers or strings; evolved.
 */
export function servedStreamRecord(store: SimStore, name: StreamName, record: unknown): unknown {
  const v = store.variants;
  if (!v.on) return record;
  const out = { ...(record as Record<string, unknown>) };
  let key: string;
  switch (name) {
    case "listens": {
      key = `${out.callId}|${out.listener}|${out.date}`;
      const modified = v.pick("execvision.listens.modified", ["iso", "empty", "absent"] as const);
      if (modified === "empty") out.modified = "";
      else if (modified === "absent") delete out.modified;
      break;
    }
    case "scores": {
      key = `${out.resultId}|${out.questionId}`;
      const scheme = servedScheme(store, out.scheme as string);
      out.scheme = scheme;
      const spelled = SPELLED[scheme];
      if (spelled && (out.answer === 0 || out.answer === 1)) {
        const form = v.pickFor("execvision.scores.answer", key, ["number", "spelled", "raw-only"] as const);
        if (form === "spelled") out.answer = spelled[out.answer as 0 | 1];
        else if (form === "raw-only") out.answer = null;
      } else if (scheme === "OneToFive" && v.chance("execvision.scores.scheme", key, 0.05)) out.scheme = "OneToTen";
      break;
    }
    case "meetings":
    case "plans": {
      key = String(name === "meetings" ? out.meetingId : out.planId);
      if (v.pick("execvision.coaching.ids", ["number", "string"] as const) === "string") {
        if (out.meetingId !== undefined) out.meetingId = String(out.meetingId);
        if (out.planId !== undefined && out.planId !== null) out.planId = String(out.planId);
      }
      break;
    }
    case "feedback":
      key = `${out.callId}|${out.feedbackAt}|${out.startTime}`;
      break;
    case "shares":
      key = `${out.callId}|${out.sharedBy}|${out.sharedAt}`;
      break;
    case "kpis":
      key = `${out.observedId}|${out.kpiId}|${out.observedAt}`;
      break;
  }
  return v.evolve(out, key);
}

/** Every record of a stream, in its order, as served (variants included); listens of today too. */
export function execvisionStreamRecords(store: SimStore, name: StreamName): unknown[] {
  return (streams(store)[name].from(-Infinity) as unknown[]).map((record) => servedStreamRecord(store, name, record));
}

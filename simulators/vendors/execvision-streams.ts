// ExecVision since-only streams: listens, scores, feedback, shares, meetings,
// plans, kpis. Ordered by (modified, stable key); filtered at or after since.
import type { EvData } from "../dataset/types";
import { ok, type HandlerResult, type VendorRequest } from "../http";
import { SortedStream, type SimStore } from "../store";
import { limitParam, sinceParam } from "./execvision-calls";

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

export function listStream(name: StreamName, req: VendorRequest, store: SimStore): HandlerResult {
  const since = sinceParam(req.query);
  const limit = limitParam(req.query, 1000);
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

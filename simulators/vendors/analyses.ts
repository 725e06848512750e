// The call analyses API: GET /v1/analyses/{id}, Bearer auth. Each analysis
// moves queued → processing → final on the simulator clock.
import type { IncomingHttpHeaders } from "node:http";
import type { AnalysisRecord } from "../dataset/types";
import { HttpError, bearerToken, clone, ok, type HandlerResult, type VendorRequest } from "../http";
import type { AnalysisState, SimStore } from "../store";
import type { SimulatorCredentials } from "../types";

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
  const view = analysisView(store, state, req.now());
  if (store.malformed.has(`analyses:${id}`)) return ok({ ...view, status: "finished" });
  return ok(view);
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

export function analysesRecords(store: SimStore): AnalysisRecord[] {
  const now = store.now();
  return [...store.analyses.values()].map((s) => analysisView(store, s, now));
}

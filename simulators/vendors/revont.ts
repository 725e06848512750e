// Revont: GET /calls (newest first, cursor paging) and GET /calls/{id}, Bearer auth.
import type { IncomingHttpHeaders } from "node:http";
import type { RevontCall } from "../dataset/types";
import { HttpError, badParam, bearerToken, clone, intParam, isoParam, ok, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import type { SimulatorCredentials } from "../types";

const OUTCOMES = ["won", "lost", "follow_up", "no_outcome"];

export function authorizeRevont(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  return bearerToken(headers) === credentials.revontApiKey;
}

/** Newest first; calls created in the same second order by id, descending. */
export function compareRevont(a: RevontCall, b: RevontCall): number {
  const d = Date.parse(b.created_at) - Date.parse(a.created_at);
  if (d !== 0) return d;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function served(store: SimStore, call: RevontCall, withTranscript: boolean): Record<string, unknown> {
  const { transcript, ...summary } = call;
  const out: Record<string, unknown> = withTranscript ? { ...summary, transcript } : { ...summary };
  if (store.malformed.has(`revont:${call.id}`)) out.duration_seconds = "long";
  return out;
}

// The cursor is the position after the last call returned, so calls created
// later (newer) never shift the pages still to come.
const encodeCursor = (call: RevontCall) => `cur_${Buffer.from(JSON.stringify([call.created_at, call.id])).toString("base64url")}`;

function decodeCursor(raw: string): { ms: number; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(raw.replace(/^cur_/, ""), "base64url").toString("utf8")) as [string, string];
    const ms = Date.parse(createdAt);
    if (typeof id !== "string" || Number.isNaN(ms)) throw new Error("bad cursor");
    return { ms, id };
  } catch {
    return badParam("cursor", "is not a cursor returned by this API");
  }
}

export function handleRevont(req: VendorRequest, store: SimStore): HandlerResult {
  if (req.method !== "GET") throw new HttpError(405, `Method ${req.method} not allowed`);
  const one = /^\/calls\/([^/]+)\/?$/.exec(req.path);
  if (one) {
    const id = decodeURIComponent(one[1]);
    const call = store.revont.find((c) => c.id === id);
    if (!call) throw new HttpError(404, `Call ${id} not found`);
    return ok(served(store, call, true));
  }
  if (req.path !== "/calls" && req.path !== "/calls/") throw new HttpError(404, `No route for ${req.path}`);
  const q = req.query;
  const limit = intParam(q, "limit", 20, 1, 100);
  const outcome = q.get("outcome");
  if (outcome !== null && !OUTCOMES.includes(outcome)) badParam("outcome", `must be one of ${OUTCOMES.join(", ")}`);
  const from = isoParam(q, "from");
  const to = isoParam(q, "to");
  const toMs = to ? (to.dateOnly ? to.ms + 86_400_000 - 1 : to.ms) : Infinity;
  const repId = q.get("rep_id");
  const cursorRaw = q.get("cursor");
  const cursor = cursorRaw ? decodeCursor(cursorRaw) : null;
  const matching = store.revont
    .filter((c) => {
      const ms = Date.parse(c.created_at);
      if (from && ms < from.ms) return false;
      if (ms > toMs) return false;
      if (repId && c.rep_id !== repId) return false;
      if (outcome && c.outcome !== outcome) return false;
      if (cursor && (ms > cursor.ms || (ms === cursor.ms && c.id >= cursor.id))) return false;
      return true;
    })
    .sort(compareRevont);
  const page = matching.slice(0, limit);
  const hasMore = matching.length > limit;
  return ok({ data: page.map((c) => served(store, c, false)), next_cursor: hasMore ? encodeCursor(page[page.length - 1]) : null, has_more: hasMore });
}

export function revontRecords(store: SimStore): RevontCall[] {
  return [...store.revont].sort(compareRevont).map(clone);
}

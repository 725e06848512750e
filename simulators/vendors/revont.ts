// Revont: GET /calls (newest first, cursor paging) and GET /calls/{id}, Bearer auth.
import type { IncomingHttpHeaders } from "node:http";
import { hashString } from "../dataset/prng";
import type { RevontCall } from "../dataset/types";
import { HttpError, badParam, bearerToken, clone, intParam, isoParam, ok, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import type { SimulatorCredentials } from "../types";
import type { Variants } from "../variants";

const OUTCOMES = ["won", "lost", "follow_up", "no_outcome"];

export function authorizeRevont(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  return bearerToken(headers) === credentials.revontApiKey;
}

/** Newest first; calls created in the same instant order by id, descending. */
export function compareRevont(a: Pick<RevontCall, "created_at" | "id">, b: Pick<RevontCall, "created_at" | "id">): number {
  const d = Date.parse(b.created_at) - Date.parse(a.created_at);
  if (d !== 0) return d;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const SPEAKERS = [["rep", "prospect"], ["Rep", "Prospect"], ["agent", "customer"]] as const;

/**
 * A call as served: the detail (with its transcript) or the listed fields,
 * which are the detail's without the transcript. Variants mode reads the
 * doc's open points per record and serves the API as one that evolved since.
 */
export function revontView(v: Variants, call: RevontCall, withTranscript: boolean): Record<string, unknown> {
  const { transcript, ...summary } = call;
  if (!v.on) return withTranscript ? { ...summary, transcript } : { ...summary };
  const id = call.id;
  const out: Record<string, unknown> = { ...summary, created_at: createdAt(v, call) };
  if (v.chance("revont new outcome", id, 0.1)) out.outcome = "meeting_booked";
  if (v.chance("revont no score", id, 0.1)) out.coaching_score = null;
  if (v.chance("revont no email", id, 0.1)) out.prospect_email = null;
  if (withTranscript && Array.isArray(transcript)) {
    const [rep, prospect] = v.pickFor("revont speakers", id, SPEAKERS);
    const segments: Record<string, unknown>[] = transcript.map((s) => ({ ...s, speaker: s.speaker === "rep" ? rep : prospect }));
    if (segments.length && v.chance("revont bad segment", id, 0.1)) {
      const bad = segments[hashString(`${id}|bad`) % segments.length];
      delete bad.start_ms;
      delete bad.end_ms;
    }
    out.transcript = segments;
  }
  // The evolved keys depend on the path alone: the listed fields match the detail's.
  return v.evolve(out, id);
}

/** created_at as served: whole seconds, or for some records milliseconds (a later instant, not just more digits). */
function createdAt(v: Variants, call: RevontCall): string {
  if (!v.on || v.pickFor("revont created_at precision", call.id, ["seconds", "milliseconds"] as const) === "seconds") return call.created_at;
  const ms = Date.parse(call.created_at);
  if (Number.isNaN(ms) || ms % 1000 !== 0) return call.created_at;
  return new Date(ms + 1 + (hashString(`${call.id}|ms`) % 999)).toISOString();
}

function served(store: SimStore, call: RevontCall, withTranscript: boolean): Record<string, unknown> {
  const out = revontView(store.variants, call, withTranscript);
  if (store.malformed.has(`revont:${call.id}`)) {
    // Broken where Coachboard orders and dates the call, the one part not read tolerantly.
    out.created_at = "last tuesday";
  }
  return out;
}

// The cursor is the position after the last call returned, so calls created
// later (newer) never shift the pages still to come.
const encodeCursor = (call: { created_at: string; id: string }) => `cur_${Buffer.from(JSON.stringify([call.created_at, call.id])).toString("base64url")}`;

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
  // Filters, order and cursors read the calls as served.
  const matching = store.revont
    .map((call) => ({ call, listed: revontView(store.variants, call, false) as { id: string; created_at: string; rep_id: unknown; outcome: unknown } }))
    .filter(({ listed }) => {
      const ms = Date.parse(listed.created_at);
      if (from && ms < from.ms) return false;
      if (ms > toMs) return false;
      if (repId && listed.rep_id !== repId) return false;
      if (outcome && listed.outcome !== outcome) return false;
      if (cursor && (ms > cursor.ms || (ms === cursor.ms && listed.id >= cursor.id))) return false;
      return true;
    })
    .sort((a, b) => compareRevont(a.listed, b.listed));
  const page = matching.slice(0, limit);
  const hasMore = matching.length > limit;
  return ok({ data: page.map(({ call }) => served(store, call, false)), next_cursor: hasMore ? encodeCursor(page[page.length - 1].listed) : null, has_more: hasMore });
}

/** The calls as GET /calls/{id} serves them (variants included, malform aside), newest first. */
export function revontRecords(store: SimStore): RevontCall[] {
  return store.revont
    .map((call) => revontView(store.variants, call, true) as unknown as RevontCall)
    .sort(compareRevont)
    .map(clone);
}

// Salesfinity: GET /v1/scored-calls with page/limit paging, sorting and filters.
import type { IncomingHttpHeaders } from "node:http";
import type { SfScoredCall } from "../dataset/types";
import { HttpError, badParam, clone, intParam, isoParam, numberParam, ok, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import type { SimulatorCredentials } from "../types";

const DAY_MS = 86_400_000;
const SORT_FIELDS: Record<string, (r: SfScoredCall) => number> = {
  createdAt: (r) => Date.parse(r.createdAt),
  updatedAt: (r) => Date.parse(r.updatedAt),
  "insight.total_score": (r) => r.insight.total_score,
};

export function authorizeSalesfinity(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  return headers["x-api-key"] === credentials.salesfinityApiKey;
}

export function servedSalesfinity(store: SimStore, record: SfScoredCall): SfScoredCall {
  if (!store.malformed.has(`salesfinity:${record._id}`)) return record;
  return { ...record, createdAt: "yesterday-ish" };
}

export function handleSalesfinity(req: VendorRequest, store: SimStore): HandlerResult {
  if (req.path !== "/v1/scored-calls") throw new HttpError(404, `No route for ${req.path}`);
  if (req.method !== "GET") throw new HttpError(405, `Method ${req.method} not allowed`);
  const q = req.query;
  const page = intParam(q, "page", 1, 1, Number.MAX_SAFE_INTEGER);
  const limit = intParam(q, "limit", 10, 1, 100);
  const sort = parseSort(q.get("sort"));
  const start = isoParam(q, "start_date");
  const end = isoParam(q, "end_date");
  // A date-only end_date means through the end of that (UTC) day.
  const endMs = end ? (end.dateOnly ? end.ms + DAY_MS - 1 : end.ms) : Infinity;
  const startMs = start ? start.ms : -Infinity;
  const minScore = numberParam(q, "min_score", 0, 100);
  const maxScore = numberParam(q, "max_score", 0, 100);
  const userId = q.get("user_id");

  const matching = store.sf.filter((r) => {
    const created = Date.parse(r.createdAt);
    if (created < startMs || created > endMs) return false;
    if (minScore !== null && r.insight.total_score < minScore) return false;
    if (maxScore !== null && r.insight.total_score > maxScore) return false;
    if (userId && r.user._id !== userId) return false;
    return true;
  });
  matching.sort((a, b) => {
    for (const { key, dir } of sort) {
      const d = SORT_FIELDS[key](a) - SORT_FIELDS[key](b);
      if (d !== 0) return d * dir;
    }
    return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
  });
  const data = matching.slice((page - 1) * limit, page * limit).map((r) => servedSalesfinity(store, r));
  return ok({ data, pagination: { total: matching.length, page, limit, pages: Math.ceil(matching.length / limit) } });
}

function parseSort(raw: string | null): { key: string; dir: 1 | -1 }[] {
  if (!raw) return [{ key: "createdAt", dir: -1 }];
  return raw.split(",").map((part) => {
    const field = part.trim();
    const desc = field.startsWith("-");
    const key = desc || field.startsWith("+") ? field.slice(1) : field;
    if (!SORT_FIELDS[key]) badParam("sort", `unknown field "${key}" (use createdAt, updatedAt or insight.total_score, with - for descending)`);
    return { key, dir: desc ? -1 : 1 };
  });
}

export function salesfinityRecords(store: SimStore): SfScoredCall[] {
  return store.sf.map(clone);
}

export function findSalesfinity(store: SimStore, id: string): SfScoredCall {
  const record = store.sf.find((r) => r._id === id);
  if (!record) throw new Error(`No salesfinity scored call ${id}`);
  return record;
}

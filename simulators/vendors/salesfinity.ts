// Salesfinity: GET /v1/scored-calls with page/limit paging, sorting and filters.
import type { IncomingHttpHeaders } from "node:http";
import { hashString } from "../dataset/prng";
import type { SfScoredCall } from "../dataset/types";
import { HttpError, badParam, clone, intParam, isoParam, numberParam, ok, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import type { SimulatorCredentials } from "../types";
import type { Variants } from "../variants";

const DAY_MS = 86_400_000;
const SORT_FIELDS: Record<string, (r: SfScoredCall) => number> = {
  createdAt: (r) => Date.parse(r.createdAt),
  updatedAt: (r) => Date.parse(r.updatedAt),
  // Unscored calls sort first ascending, last descending.
  "insight.total_score": (r) => (r.insight.total_score as number | null) ?? -Infinity,
};

export function authorizeSalesfinity(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  return headers["x-api-key"] === credentials.salesfinityApiKey;
}

/** The record as served: its variants (simulators/README.md), then a malformed createdAt if asked for. */
export function servedSalesfinity(store: SimStore, record: SfScoredCall): SfScoredCall {
  return malformed(store, record, variantView(store.variants, record));
}

// Broken where Coachboard dates and pages the record, the one part not read tolerantly.
function malformed(store: SimStore, record: SfScoredCall, view: SfScoredCall): SfScoredCall {
  return store.malformed.has(`salesfinity:${record._id}`) ? { ...view, createdAt: "yesterday-ish" } : view;
}

type Facet = SfScoredCall["insight"]["facets"][keyof SfScoredCall["insight"]["facets"]];
type LooseFacet = Omit<Facet, "score" | "evidence"> & { score?: unknown; evidence?: unknown[]; metrics?: Record<string, unknown> };

/** The facets a thin call leaves without evidence, when the dataset marked none. */
const THIN_FACETS = ["pitch", "tonality", "cta"] as const;

/**
 * Variants mode: the open points of the doc, read per record, and the API as
 * one that evolved since. Without a seed, the record as stored.
 */
export function variantView(v: Variants, record: SfScoredCall): SfScoredCall {
  if (!v.on) return record;
  const id = record._id;
  const r = clone(record);
  const facets = r.insight.facets as unknown as Record<string, LooseFacet>;
  const thin = Object.keys(facets).find((k) => facets[k].insufficient_evidence) ?? (v.chance("sf thin", id, 0.15) ? v.pickFor("sf thin facet", id, THIN_FACETS) : null);
  if (thin) {
    const facet = facets[thin];
    facet.insufficient_evidence = true;
    facet.evidence = [];
    const reading = v.pickFor("sf thin score", id, ["zero", "null", "absent"] as const);
    if (reading === "zero") facet.score = 0;
    else if (reading === "null") facet.score = null;
    else delete facet.score;
  }
  if (v.chance("sf obfuscated email", id, 0.15)) r.user.email = "[email protected]";
  if (v.chance("sf rapport", id, 0.15)) {
    facets.rapport = {
      score: 40 + (hashString(`${id}|rapport`) % 55),
      weight_pct: 0,
      explanation: "Built a personal connection before the agenda",
      insufficient_evidence: false,
      evidence: [],
      metrics: { personal_references: 1 + (hashString(id) % 3), improvement_recommendation: "Use the prospect's name once more" },
    };
  }
  if (v.chance("sf total null", id, 0.08)) (r.insight as { total_score: number | null }).total_score = null;
  if (v.chance("sf no evidence", id, 0.1)) for (const facet of Object.values(facets)) delete facet.evidence;
  if (v.chance("sf type", id, 0.1)) (r as { type: string }).type = "meeting";
  // Elements that break their shape: dropped by a tolerant reader, never the whole record.
  const scored = Object.keys(facets).filter((k) => k !== thin && typeof facets[k].score === "number");
  if (scored.length && v.chance("sf bad facet", id, 0.08)) facets[v.pickFor("sf bad facet which", id, scored)].score = "n/a";
  const withEvidence = Object.values(facets).find((f) => Array.isArray(f.evidence) && f.evidence.length > 0 && typeof f.score === "number");
  if (withEvidence && v.chance("sf bad evidence", id, 0.1)) {
    const span = withEvidence.evidence![0] as Record<string, unknown>;
    delete span.start_sec;
    delete span.end_sec;
  }
  return v.evolve(r, id);
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

  // Filters and sorts read the records as served (a score may be null there).
  const views = store.sf.map((record) => ({ record, view: variantView(store.variants, record) }));
  const matching = views.filter(({ record, view }) => {
    const created = Date.parse(record.createdAt);
    if (created < startMs || created > endMs) return false;
    const score = view.insight.total_score as number | null;
    if (minScore !== null && (score === null || score < minScore)) return false;
    if (maxScore !== null && (score === null || score > maxScore)) return false;
    if (userId && record.user._id !== userId) return false;
    return true;
  });
  matching.sort((a, b) => {
    for (const { key, dir } of sort) {
      const [x, y] = [SORT_FIELDS[key](a.view), SORT_FIELDS[key](b.view)];
      if (x !== y) return (x < y ? -1 : 1) * dir;
    }
    return a.record._id < b.record._id ? -1 : a.record._id > b.record._id ? 1 : 0;
  });
  const data = matching
    .slice((page - 1) * limit, page * limit)
    .map(({ record, view }) => malformed(store, record, view));
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

/** The records as served (variants included, malform aside). */
export function salesfinityRecords(store: SimStore): SfScoredCall[] {
  return store.sf.map((record) => clone(variantView(store.variants, record)));
}

export function findSalesfinity(store: SimStore, id: string): SfScoredCall {
  const record = store.sf.find((r) => r._id === id);
  if (!record) throw new Error(`No salesfinity scored call ${id}`);
  return record;
}

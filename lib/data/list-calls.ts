import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { transcriptMatch } from "@/lib/db/dialect";
import type { SqlValue } from "@/lib/db/sql";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { callCounterpart, callTitle } from "@/lib/domain/call-title";
import { findMoments, type SearchMoment } from "@/lib/domain/search-moments";
import { segmentsSchema } from "@/lib/domain/transcript";
import { badRequest } from "@/lib/http/errors";
import { isoDay, optionalId, pageQuery, parseIsoDay, vendorFilter } from "@/lib/http/params";
import { type CallList, callListSchema } from "./dto";
import { callParties } from "./get-call";
import { coverDays, coverSql, DAY_MS } from "./rollup-range";
import { repScope } from "./scope";

/** Text typed into a filter: no control characters (PostgreSQL refuses a NUL in a parameter). */
const filterText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .regex(/^[^\p{Cc}]*$/u, { message: "must not contain control characters" });
const score = z.coerce.number({ message: "must be a number" }).min(0, { message: "must be 0 to 100" }).max(100, { message: "must be 0 to 100" });

export const callsQuery = pageQuery
  .extend({
    rep: optionalId,
    team: optionalId,
    vendor: vendorFilter.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    minScore: score.optional(),
    maxScore: score.optional(),
    outcome: filterText(40).min(1, { message: "must not be empty" }).optional(),
    q: filterText(200).optional(),
  })
  .refine((q) => q.minScore === undefined || q.maxScore === undefined || q.minScore <= q.maxScore, { message: "minScore must not be above maxScore", path: ["minScore"] });
export type CallsQuery = z.infer<typeof callsQuery>;

/** A day the query schema let through; a caller that skipped the schema gets a 400, not a query on an Invalid Date. */
function dayOf(text: string, name: string): Date {
  const day = parseIsoDay(text);
  if (!day) throw badRequest(`${name}: ${text} is not a day of the calendar`);
  return day;
}

/** The WHERE clause of the calls a query selects, within what the viewer may see. */
export function callsFilter(
  viewer: Viewer,
  provider: "sqlite" | "postgresql",
  query: Omit<CallsQuery, "page" | "pageSize">,
  searchStrategy: "in-set" | "per-call" = "in-set",
  managedReps?: number[],
): { where: string; params: SqlValue[] } {
  const where = ["c.deleted_at IS NULL"];
  const params: SqlValue[] = [];
  const add = (clause: string, ...values: SqlValue[]) => {
    where.push(clause);
    params.push(...values);
  };
  // Scope and rep/team filters are conditions on c.rep_id, so the (rep_id, started_at) index serves them.
  if (viewer.role === "rep") add("c.rep_id = ?", viewer.repId ?? -1);
  if (viewer.role === "manager") {
    if (managedReps) {
      // The reps' ids themselves: both databases then read each rep's calls from the index.
      add(managedReps.length ? `c.rep_id IN (${managedReps.map(() => "?").join(", ")})` : "1 = 0", ...managedReps);
    } else {
      const scope = repScope(viewer, "sr");
      add(`c.rep_id IN (SELECT sr.id FROM reps sr WHERE ${scope.sql})`, ...scope.params);
    }
  }
  if (query.rep) add("c.rep_id = ?", query.rep);
  if (query.team) add("c.rep_id IN (SELECT tr.id FROM reps tr WHERE tr.team_id = ?)", query.team);
  if (query.vendor) add("c.vendor = ?", query.vendor);
  if (query.from) add("c.started_at >= ?", dayOf(query.from, "from"));
  if (query.to) add("c.started_at < ?", new Date(dayOf(query.to, "to").getTime() + DAY_MS));
  if (query.minScore !== undefined) add("c.overall_score >= ?", query.minScore);
  if (query.maxScore !== undefined) add("c.overall_score <= ?", query.maxScore);
  if (query.outcome) add("c.outcome = ?", query.outcome);
  if (query.q) {
    const match = transcriptMatch(provider, query.q);
    if (match) add(searchStrategy === "per-call" ? match.perCall : match.inSet, match.param);
  }
  return { where: where.join(" AND "), params };
}

const COUNT_CAP = 1_000;

/** A page of calls, newest first, paginated in the database. */
/** The reps a manager sees. */
async function managedRepIds(viewer: Viewer): Promise<number[]> {
  const sql = await getSql();
  const scope = repScope(viewer);
  return (await sql.all<{ id: number }>(`SELECT r.id FROM reps r WHERE ${scope.sql}`, scope.params)).map((r) => Number(r.id));
}

/** Searches matching more transcripts than this walk calls newest first; rarer ones start from the matches. */
const DENSE_SEARCH = 5_000;

/**
 * A page of calls, newest first, paginated in the database. Two plans, chosen
 * by how selective the query is: a narrow one (a manager's teams, one rep, a
 * rare search word) first collects its calls through the matching index and
 * sorts them; a broad one walks calls newest first and stops at the page. An
 * ORDER BY ... LIMIT over a narrow filter would otherwise scan every call.
 */
export async function listCalls(viewer: Viewer, query: CallsQuery): Promise<CallList> {
  const sql = await getSql();
  const narrowScope = viewer.role !== "admin" || query.rep !== undefined || query.team !== undefined;
  // Across every call, a search word's rarity decides where to start. Within a scope: PostgreSQL
  // tests the scope's calls one by one (reading only their vectors), FTS5 starts from its matches.
  let denseSearch = narrowScope && sql.provider === "postgresql";
  if (query.q && !narrowScope) {
    const match = transcriptMatch(sql.provider, query.q);
    if (match) denseSearch = Number((await sql.all<{ n: number }>(match.count(DENSE_SEARCH + 1), [match.param]))[0].n) > DENSE_SEARCH;
  }
  const narrow = narrowScope || (query.q !== undefined && !denseSearch);
  // PostgreSQL tests a common word call by call (an index probe each); FTS5 is faster handing back all its matches at once.
  const strategy = denseSearch && sql.provider === "postgresql" ? "per-call" : "in-set";
  const { where, params } = callsFilter(viewer, sql.provider, query, strategy, viewer.role === "manager" ? await managedRepIds(viewer) : undefined);
  // MATERIALIZED keeps both databases from folding the narrow set back into a newest-first walk.
  const columns = `c.id, c.vendor, c.rep_id, c.started_at, c.duration_sec, c.overall_score, c.outcome, c.direction, c.prospect_company, c.prospect_name, c.prospect_email, c.from_number, c.to_number, c.recording_url`;
  const prefix = narrow ? `WITH matched AS MATERIALIZED (SELECT ${columns} FROM calls c WHERE ${where}) ` : "";
  const from = narrow
    ? `FROM matched c LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id`
    : `FROM calls c LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id WHERE ${where}`;
  const fromRollups = await countFromRollups(viewer, query);
  // Other filters are counted up to a cap: "1,000+" is as useful as the exact figure, and bounded.
  const counted = fromRollups ?? Number((await sql.all<{ total: number }>(`SELECT COUNT(*) AS total FROM (SELECT 1 FROM calls c WHERE ${where} LIMIT ${COUNT_CAP + 1}) capped`, params))[0].total);
  const totalCapped = fromRollups === null && counted > COUNT_CAP;
  const total = totalCapped ? COUNT_CAP : counted;
  const rows = await sql.all<{
    id: number;
    vendor: string;
    rep_id: number | null;
    rep_name: string | null;
    team: string | null;
    started_at: unknown;
    duration_sec: number | null;
    overall_score: number | null;
    outcome: string | null;
    direction: string | null;
    prospect_company: string | null;
    prospect_name: string | null;
    prospect_email: string | null;
    from_number: string | null;
    to_number: string | null;
    recording_url: string | null;
    has_transcript: unknown;
  }>(
    `${prefix}SELECT c.id, c.vendor, c.rep_id, r.name AS rep_name, t.name AS team, c.started_at, c.duration_sec, c.overall_score, c.outcome,
            c.direction, c.prospect_company, c.prospect_name, c.prospect_email, c.from_number, c.to_number, c.recording_url,
            EXISTS (SELECT 1 FROM transcripts tr WHERE tr.call_id = c.id) AS has_transcript
     ${from} ORDER BY c.started_at DESC, c.id DESC LIMIT ? OFFSET ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const moments = query.q ? await searchMoments(rows.filter((r) => toBool(r.has_transcript)).map((r) => Number(r.id)), query.q) : new Map<number, SearchMoment[]>();
  return callListSchema.parse({
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
    calls: rows.map((r) => ({
      id: Number(r.id),
      vendor: r.vendor,
      title: callTitle(callParties(r)),
      repId: r.rep_id === null ? null : Number(r.rep_id),
      repName: r.rep_name,
      team: r.team,
      startedAt: toDate(r.started_at)!.toISOString(),
      durationSec: toNumber(r.duration_sec),
      overallScore: toNumber(r.overall_score),
      outcome: r.outcome,
      prospect: callCounterpart(callParties(r)),
      hasRecording: !!r.recording_url,
      hasTranscript: toBool(r.has_transcript),
      moments: moments.get(Number(r.id)) ?? [],
    })),
  });
}

/** The matching moments of the listed calls' transcripts: one read of the page's transcripts, at most a page of them. */
async function searchMoments(callIds: number[], q: string): Promise<Map<number, SearchMoment[]>> {
  const found = new Map<number, SearchMoment[]>();
  if (!callIds.length) return found;
  const sql = await getSql();
  const rows = await sql.all<{ call_id: number; segments: unknown }>(`SELECT call_id, segments FROM transcripts WHERE call_id IN (${callIds.map(() => "?").join(", ")})`, callIds);
  for (const row of rows) {
    const segments = segmentsSchema.safeParse(parseJsonColumn(row.segments));
    if (segments.success) found.set(Number(row.call_id), findMoments(segments.data, q));
  }
  return found;
}

/**
 * The number of calls from the rollups, when the filters are ones the
 * rollups keep (rep, team, source, dates): a count over a million calls
 * becomes a sum over a few thousand rows. Null when they are not.
 */
async function countFromRollups(viewer: Viewer, query: CallsQuery): Promise<number | null> {
  if (query.q || query.minScore !== undefined || query.maxScore !== undefined || query.outcome) return null;
  const sql = await getSql();
  const scope = repScope(viewer);
  const where: string[] = [];
  const params: SqlValue[] = [];
  // Rows of the viewer's reps (and the team asked for), found through the rep index.
  if (viewer.role !== "admin" || query.team) {
    where.push(`ro.rep_id IN (SELECT r.id FROM reps r WHERE ${scope.sql}${query.team ? " AND r.team_id = ?" : ""})`);
    params.push(...scope.params, ...(query.team ? [query.team] : []));
  }
  if (query.from || query.to) {
    const from = query.from ? dayOf(query.from, "from").getTime() / DAY_MS : 0;
    const to = query.to ? dayOf(query.to, "to").getTime() / DAY_MS : Math.floor(Date.now() / DAY_MS) + 3650;
    const cover = coverSql(coverDays(from, to), "ro");
    where.push(cover.sql);
    params.push(...cover.params);
  } else {
    // Every day belongs to a week: the weekly rows alone hold every call.
    where.push(`ro.grain = 'week'`);
  }
  if (query.rep) {
    where.push("ro.rep_id = ?");
    params.push(query.rep);
  }
  if (query.vendor) {
    where.push("ro.vendor = ?");
    params.push(query.vendor);
  }
  const [row] = await sql.all<{ n: number | null }>(`SELECT SUM(ro.calls) AS n FROM rep_stat_rollups ro WHERE ${where.join(" AND ")}`, params);
  let total = Number(row.n ?? 0);
  // Calls no rep is linked to are not in the rollups; only admins see them.
  if (viewer.role === "admin" && !query.rep && !query.team) {
    const orphans = callsFilter(viewer, sql.provider, query);
    const [o] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM calls c LEFT JOIN reps r ON r.id = c.rep_id WHERE c.rep_id IS NULL AND ${orphans.where}`, orphans.params);
    total += Number(o.n);
  }
  return total;
}

import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { callCounterpart, callTitle } from "@/lib/domain/call-title";
import { findMoments, type SearchMoment } from "@/lib/domain/search-moments";
import { segmentsSchema } from "@/lib/domain/transcript";
import { badRequest } from "@/lib/http/errors";
import { MAX_CRM_NAME } from "@/lib/sync/store/crm";
import { isoDay, optionalId, pageQuery, parseIsoDay, vendorFilter } from "@/lib/http/params";
import { type CallList, callListSchema } from "./dto";
import { callParties } from "./get-call";
import { type CrmCandidates, crmCandidates, crmConditions, liveCrmCalls, NO_CRM } from "./list-calls-crm";
import { coverDays, coverSql, DAY_MS } from "./rollup-range";
import { repScope } from "./scope";

/** Text typed into a filter: no control characters (PostgreSQL refuses a NUL in a parameter). */
const filterText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .regex(/^[^\p{Cc}]*$/u, { message: "must not contain control characters" });
/** The longest CRM search. */
export const MAX_CRM_SEARCH = 100;
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
    /** A topic's id: only calls in which it was mentioned. */
    topic: filterText(100).min(1, { message: "must not be empty" }).optional(),
    /** A CRM account's name (any case): only calls matched to it. */
    account: filterText(MAX_CRM_NAME).min(1, { message: "must not be empty" }).optional(),
    /** A CRM opportunity's name (any case): only calls matched to it. */
    opportunity: filterText(MAX_CRM_NAME).min(1, { message: "must not be empty" }).optional(),
    /** Text in the name of any CRM record or field value a call is matched to. */
    crm: filterText(MAX_CRM_SEARCH).optional(),
  })
  .refine((q) => q.minScore === undefined || q.maxScore === undefined || q.minScore <= q.maxScore, { message: "minScore must not be above maxScore", path: ["minScore"] });
export type CallsQuery = z.infer<typeof callsQuery>;

/** A day the query schema let through; a caller that skipped the schema gets a 400, not a query on an Invalid Date. */
function dayOf(text: string, name: string): Date {
  const day = parseIsoDay(text);
  if (!day) throw badRequest(`${name}: ${text} is not a day of the calendar`);
  return day;
}

/**
 * Transcript search as a condition on calls c, optionally scoped to reps.
 * SQLite: the FTS5 index holds each transcript's rep as a token r<id> in its
 * own column, so a scoped search walks only those reps' postings. PostgreSQL:
 * the tsvector of each call (see the scoped plan in listCalls).
 */
export function transcriptCondition(provider: "sqlite" | "postgresql", q: string, scopeReps: readonly number[] | null, strategy: "in-set" | "per-call" = "in-set"): { sql: string; param: string } | null {
  const words = q.match(/[\p{L}\p{N}']+/gu)?.slice(0, 12) ?? [];
  if (!words.length) return null;
  if (provider === "sqlite") {
    const text = `text : (${words.map((w) => `"${w.replace(/"/g, "")}"`).join(" ")})`;
    const param = scopeReps ? `${text} AND rep : (${scopeReps.map((r) => `r${r}`).join(" OR ")})` : text;
    // Per call, the matches are still one set, built once; the unary + only keeps SQLite from
    // starting at them (a lookup each) instead of walking calls newest first and probing the set.
    return { sql: `${strategy === "per-call" ? "+" : ""}c.id IN (SELECT rowid FROM transcript_search WHERE transcript_search MATCH ?)`, param };
  }
  const param = words.join(" ");
  return strategy === "per-call"
    ? // A scalar subquery, which PostgreSQL evaluates call by call: written as EXISTS it becomes a
      // semi-join that reads every transcript's vector when the word is common.
      { sql: `(SELECT ts.document @@ plainto_tsquery('english', ?) FROM transcript_search ts WHERE ts.call_id = c.id)`, param }
    : { sql: `c.id IN (SELECT call_id FROM transcript_search WHERE document @@ plainto_tsquery('english', ?))`, param };
}

/** How many transcripts match a search across every call, counted up to a cap. */
function countMatches(sql: SqlConnection, q: string, cap: number): Promise<number> {
  const match = transcriptCondition(sql.provider, q, null);
  if (!match) return Promise.resolve(0);
  const text =
    sql.provider === "sqlite"
      ? `SELECT COUNT(*) AS n FROM (SELECT 1 FROM transcript_search WHERE transcript_search MATCH ? LIMIT ${cap}) m`
      : `SELECT COUNT(*) AS n FROM (SELECT 1 FROM transcript_search WHERE document @@ plainto_tsquery('english', ?) LIMIT ${cap}) m`;
  return sql.all<{ n: number }>(text, [match.param]).then((rows) => Number(rows[0].n));
}

/** The WHERE clause of the calls a query selects, within what the viewer may see. */
export function callsFilter(
  viewer: Viewer,
  provider: "sqlite" | "postgresql",
  query: Omit<CallsQuery, "page" | "pageSize">,
  options: {
    /** How a search is tested: "none" leaves it out (PostgreSQL's scoped plan tests it itself). */
    search?: "in-set" | "per-call" | "none";
    /** A manager's reps, when known. */
    managedReps?: number[];
    /** The reps a search is scoped to in SQLite's full-text index. */
    searchReps?: readonly number[] | null;
    /** The reps that can hold matching calls at all, when known: a narrower condition for the index. */
    candidateReps?: readonly number[] | null;
    /** Read the scope's calls from the rep index and test the other filters on them (SQLite would otherwise start from a score or outcome index across every rep). */
    scopeFirst?: boolean;
    /** What the CRM filters can select (see crmCandidates). */
    crm?: CrmCandidates;
  } = {},
): { where: string; params: SqlValue[] } {
  const { search: searchStrategy = "in-set", managedReps, searchReps: scopeReps = null, candidateReps = null, crm = NO_CRM } = options;
  // SQLite's unary + keeps a column's index out of the plan and changes nothing else.
  const tested = options.scopeFirst && provider === "sqlite" ? "+" : "";
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
  if (candidateReps) add(candidateReps.length ? `c.rep_id IN (${candidateReps.map(() => "?").join(", ")})` : "1 = 0", ...candidateReps);
  if (query.rep) add("c.rep_id = ?", query.rep);
  if (query.team) add("c.rep_id IN (SELECT tr.id FROM reps tr WHERE tr.team_id = ?)", query.team);
  if (query.vendor) add(`${tested}c.vendor = ?`, query.vendor);
  if (query.from) add("c.started_at >= ?", dayOf(query.from, "from"));
  if (query.to) add("c.started_at < ?", new Date(dayOf(query.to, "to").getTime() + DAY_MS));
  if (query.minScore !== undefined) add(`${tested}c.overall_score >= ?`, query.minScore);
  if (query.maxScore !== undefined) add(`${tested}c.overall_score <= ?`, query.maxScore);
  if (query.outcome) add(`${tested}c.outcome = ?`, query.outcome);
  // A probe per call: the call's topic summary by its unique (vendor, call_external_id), then the
  // (topic_external_id, summary_id) index of the matches; neither database scans the matches.
  if (query.topic) {
    add(
      `EXISTS (SELECT 1 FROM call_topic_summaries cts JOIN topic_matches tm ON tm.summary_id = cts.id WHERE cts.vendor = c.vendor AND cts.call_external_id = c.external_id AND tm.topic_external_id = ?)`,
      query.topic,
    );
  }
  for (const condition of crmConditions(query, crm)) add(condition.sql, ...condition.params);
  if (query.q && searchStrategy !== "none") {
    if (scopeReps && !scopeReps.length) add("1 = 0");
    else {
      const match = transcriptCondition(provider, query.q, scopeReps, searchStrategy);
      if (match) add(match.sql, match.param);
    }
  }
  return { where: where.join(" AND "), params };
}

const COUNT_CAP = 1_000;

/** Where listCalls switches plans; tests lower them to run every plan on a small organisation. */
export const LIST_PLAN_LIMITS = {
  /** Searches matching more transcripts than this walk calls newest first; rarer ones start from the matches. */
  denseSearch: 5_000,
  /** A score range or outcome held by at most this many calls starts from its index; a commoner one walks calls newest first. */
  rareFilter: 20_000,
  /** PostgreSQL reads a scope of at most this many reps rep by rep, a larger one as one set of calls. */
  mergedReps: 500,
  /** SQLite scopes a search to at most this many reps in the full-text index; beyond, it matches every transcript, then keeps the scope's. */
  scopeTokens: 2_000,
  /** A CRM account, opportunity or search held by at most this many links starts from them; a commoner one is tested call by call. */
  rareCrm: 5_000,
};

/** The reps a manager sees. */
async function managedRepIds(sql: SqlConnection, viewer: Viewer): Promise<number[]> {
  const scope = repScope(viewer);
  return (await sql.all<{ id: number }>(`SELECT r.id FROM reps r WHERE ${scope.sql}`, scope.params)).map((r) => Number(r.id));
}

/**
 * The reps whose calls a query can return, or null for every call (an admin
 * with no rep or team filter). A search starts from these reps' transcripts.
 */
async function repsInScope(sql: SqlConnection, viewer: Viewer, query: Pick<CallsQuery, "rep" | "team">, managed: number[] | undefined): Promise<number[] | null> {
  let reps: number[] | null = viewer.role === "rep" ? [viewer.repId ?? -1] : viewer.role === "manager" ? (managed ?? []) : null;
  const within = (ids: number[]) => (reps === null ? ids : ids.filter((id) => reps!.includes(id)));
  if (query.rep) reps = within([query.rep]);
  if (query.team) reps = within((await sql.all<{ id: number }>(`SELECT id FROM reps WHERE team_id = ?`, [query.team])).map((r) => Number(r.id)));
  return reps;
}

/** Of the reps given, those with calls of the query's vendor (scored ones, when it filters on the score), from the rollups. */
async function repsWithCalls(sql: SqlConnection, reps: readonly number[], query: CallsQuery): Promise<number[]> {
  if (!reps.length) return [];
  const conditions = ["ro.grain = 'week'", `ro.rep_id IN (${reps.map(() => "?").join(", ")})`];
  const params: SqlValue[] = [...reps];
  if (query.vendor) {
    conditions.push("ro.vendor = ?");
    params.push(query.vendor);
  }
  conditions.push(query.minScore !== undefined || query.maxScore !== undefined ? "ro.scored_calls > 0" : "ro.calls > 0");
  return (await sql.all<{ rep_id: number }>(`SELECT DISTINCT ro.rep_id FROM rep_stat_rollups ro WHERE ${conditions.join(" AND ")}`, params)).map((r) => Number(r.rep_id));
}

/** Whether the query's score range or outcome, with its vendor, selects few enough calls to start from their index. */
async function rareFilter(sql: SqlConnection, query: CallsQuery): Promise<boolean> {
  const probes: { where: string[]; params: SqlValue[] }[] = [];
  const vendor = query.vendor ? { where: ["vendor = ?"], params: [query.vendor] as SqlValue[] } : { where: [], params: [] as SqlValue[] };
  if (query.outcome) probes.push({ where: ["outcome = ?", ...vendor.where], params: [query.outcome, ...vendor.params] });
  if (query.minScore !== undefined || query.maxScore !== undefined) {
    probes.push({
      where: [...vendor.where, ...(query.minScore !== undefined ? ["overall_score >= ?"] : []), ...(query.maxScore !== undefined ? ["overall_score <= ?"] : []), "overall_score IS NOT NULL"],
      params: [...vendor.params, ...(query.minScore !== undefined ? [query.minScore] : []), ...(query.maxScore !== undefined ? [query.maxScore] : [])],
    });
  }
  for (const probe of probes) {
    const [{ n }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM calls WHERE ${probe.where.join(" AND ")} LIMIT ${LIST_PLAN_LIMITS.rareFilter + 1}) m`, probe.params);
    if (Number(n) <= LIST_PLAN_LIMITS.rareFilter) return true;
  }
  return false;
}

/**
 * The WHERE clause of an export of the calls a query selects (every page of
 * them). Like the list, a search within a scope starts from the scope: SQLite
 * matches only the scope's reps' postings, PostgreSQL tests each of the scope's
 * calls against its own vector instead of every matching transcript.
 */
export async function exportFilter(viewer: Viewer, query: Omit<CallsQuery, "page" | "pageSize">): Promise<{ where: string; params: SqlValue[] }> {
  const sql = await getSql();
  const { managed, scoped, sqliteTokens } = await queryScope(sql, viewer, query);
  const crm = await crmCandidates(sql, query, scoped, await liveCrmCalls(sql, query), LIST_PLAN_LIMITS.rareCrm);
  return callsFilter(viewer, sql.provider, query, { search: scoped && sql.provider === "postgresql" ? "per-call" : "in-set", managedReps: managed, searchReps: sqliteTokens, crm });
}

/**
 * Who a query's calls can belong to: a manager's reps, whether the query is
 * scoped at all (an admin's with no rep or team is not), the reps in scope,
 * and the reps SQLite's full-text index is asked about (a scope small enough
 * to name in the match).
 */
async function queryScope(sql: SqlConnection, viewer: Viewer, query: Pick<CallsQuery, "rep" | "team">) {
  const managed = viewer.role === "manager" ? await managedRepIds(sql, viewer) : undefined;
  const scoped = viewer.role !== "admin" || query.rep !== undefined || query.team !== undefined;
  const scopeReps = scoped ? await repsInScope(sql, viewer, query, managed) : null;
  const sqliteTokens = sql.provider === "sqlite" && scopeReps !== null && scopeReps.length <= LIST_PLAN_LIMITS.scopeTokens ? scopeReps : null;
  return { managed, scoped, scopeReps, sqliteTokens };
}

/**
 * A page of calls, newest first, paginated in the database. The plan follows
 * how selective the query is: a narrow one (a manager's teams, one rep, a
 * rare search word, a rare outcome or score range) first collects the ids of
 * its calls through the matching index and sorts them (on PostgreSQL a scope
 * without a search merges each rep's newest calls instead); a broad one walks
 * calls newest first and stops at the page. An ORDER BY ... LIMIT over a
 * narrow filter would otherwise scan every call.
 *
 * A search within a scope starts from the scope: SQLite matches only the
 * scope's reps' postings in the full-text index; PostgreSQL collects the
 * scope's calls that have a transcript, then tests only their vectors.
 */
export async function listCalls(viewer: Viewer, query: CallsQuery): Promise<CallList> {
  const sql = await getSql();
  // Outside any transaction: on PostgreSQL the live search takes its turn in the rate-limit window in a transaction of its own.
  const live = await liveCrmCalls(sql, query);
  const broadSearch = sql.provider === "postgresql" && query.q !== undefined && viewer.role === "admin" && query.rep === undefined && query.team === undefined;
  if (!broadSearch) return listCallsWith(sql, viewer, query, live);
  // The vectors are stored out of line, so the planner counts a scan of them as cheap and skips
  // the GIN index; within this transaction it may not, and a rare word costs its matches only.
  return sql.transaction(async (tx) => {
    await tx.run("SET LOCAL enable_seqscan = off");
    return listCallsWith(tx, viewer, query, live);
  });
}

async function listCallsWith(sql: SqlConnection, viewer: Viewer, query: CallsQuery, live: number[]): Promise<CallList> {
  const { managed, scoped, scopeReps, sqliteTokens } = await queryScope(sql, viewer, query);
  const crm = await crmCandidates(sql, query, scoped, live, LIST_PLAN_LIMITS.rareCrm);
  // Within a scope, the reps with no calls of the vendor (or no scored calls) asked for, known from the rollups, are left out.
  const candidates = scopeReps && (query.vendor || query.minScore !== undefined || query.maxScore !== undefined) ? await repsWithCalls(sql, scopeReps, query) : null;
  // Across every call, a search word's rarity decides where to start.
  let denseSearch = false;
  if (query.q && !scoped) denseSearch = (await countMatches(sql, query.q, LIST_PLAN_LIMITS.denseSearch + 1)) > LIST_PLAN_LIMITS.denseSearch;
  const rare = !scoped && (query.q === undefined || denseSearch) && (await rareFilter(sql, query));
  const narrow = scoped || (query.q !== undefined && !denseSearch) || rare || crm.within !== null;
  // A common word is tested call by call as calls are walked newest first (or as a rare filter's
  // calls are collected); a rare one starts from its matches.
  const strategy = denseSearch ? "per-call" : "in-set";
  // PostgreSQL's scoped search: the scope's calls joined to their vectors first, the word tested on those alone.
  const pgScoped = sql.provider === "postgresql" && scoped && query.q !== undefined && transcriptCondition(sql.provider, query.q, null) !== null;
  const { where, params } = callsFilter(viewer, sql.provider, query, { search: pgScoped ? "none" : strategy, managedReps: managed, searchReps: sqliteTokens && candidates ? candidates : sqliteTokens, candidateReps: candidates, scopeFirst: scoped, crm });
  // A narrow plan collects only ids and times (from a covering index where one serves), sorts
  // them, and reads the page's calls alone. MATERIALIZED keeps both databases from folding the
  // narrow set back into a newest-first walk (and PostgreSQL from testing the word on every
  // vector before the join).
  let matchedSql = `SELECT c.id, c.started_at FROM calls c WHERE ${where}`;
  let matchedParams = params;
  let prefix = "";
  if (pgScoped) {
    prefix = `scoped AS MATERIALIZED (SELECT c.id, c.started_at, ts.document FROM calls c JOIN transcript_search ts ON ts.call_id = c.id WHERE ${where}), `;
    matchedSql = `SELECT c.id, c.started_at FROM scoped c WHERE c.document @@ plainto_tsquery('english', ?)`;
    matchedParams = [...params, transcriptCondition(sql.provider, query.q!, null)!.param];
  }
  const offset = (query.page - 1) * query.pageSize;
  let page: { sql: string; params: SqlValue[] } | null = narrow
    ? {
        sql: `WITH ${prefix}matched AS MATERIALIZED (${matchedSql}), newest AS (SELECT m.id FROM matched m ORDER BY m.started_at DESC, m.id DESC LIMIT ? OFFSET ?) `,
        params: [...matchedParams, query.pageSize, offset],
      }
    : null;
  // PostgreSQL, a scope without a search: each rep's newest calls from the (rep_id, started_at, ...)
  // index, as many as the page needs, merged; a team's page reads a few hundred index entries.
  // A rare CRM filter's calls are read by id instead.
  const perRep = sql.provider === "postgresql" && query.q === undefined && crm.within === null ? (candidates ?? scopeReps) : null;
  const perRepPage = perRep !== null && perRep.length <= LIST_PLAN_LIMITS.mergedReps;
  if (perRepPage) {
    page = perRep.length
      ? {
          sql: `WITH newest AS (SELECT x.id FROM reps s CROSS JOIN LATERAL (SELECT c.id, c.started_at FROM calls c WHERE c.rep_id = s.id AND ${where} ORDER BY c.started_at DESC, c.id DESC LIMIT ?) x
                WHERE s.id IN (${perRep.map(() => "?").join(", ")}) ORDER BY x.started_at DESC, x.id DESC LIMIT ? OFFSET ?) `,
          params: [...params, query.page * query.pageSize, ...perRep, query.pageSize, offset],
        }
      : { sql: "WITH newest AS (SELECT 0 AS id WHERE 1 = 0) ", params: [] };
  }
  const fromRollups = await countFromRollups(sql, viewer, query);
  // Other filters are counted up to a cap: "1,000+" is as useful as the exact figure, and bounded.
  // A narrow plan counts the set it collected (in the same statement as the page, when it has rows).
  const countsMatched = narrow && !perRepPage;
  const countHere = countsMatched && fromRollups === null;
  const capped = (source: string) => `SELECT COUNT(*) AS total FROM (SELECT 1 FROM ${source} LIMIT ${COUNT_CAP + 1}) capped`;
  const from = page
    ? `FROM newest p JOIN calls c ON c.id = p.id LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id ORDER BY c.started_at DESC, c.id DESC`
    : `FROM calls c LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id WHERE ${where} ORDER BY c.started_at DESC, c.id DESC LIMIT ? OFFSET ?`;
  const fromParams = page ? page.params : [...params, query.pageSize, offset];
  // has_transcript is a lookup per listed call: written as EXISTS, PostgreSQL may instead hash every transcript's id.
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
    total?: number;
  }>(
    `${page?.sql ?? ""}SELECT c.id, c.vendor, c.rep_id, r.name AS rep_name, t.name AS team, c.started_at, c.duration_sec, c.overall_score, c.outcome,
            c.direction, c.prospect_company, c.prospect_name, c.prospect_email, c.from_number, c.to_number, c.recording_url,
            (SELECT 1 FROM transcripts tr WHERE tr.call_id = c.id) IS NOT NULL AS has_transcript${countHere ? `, (${capped("matched")}) AS total` : ""}
     ${from}`,
    fromParams,
  );
  let counted = fromRollups;
  if (counted === null && countHere && rows.length) counted = Number(rows[0].total);
  if (counted === null && countHere && query.page === 1) counted = 0;
  if (counted === null) {
    // A walk tests a common word call by call; a count takes the word's matches as a set.
    const count = strategy === "per-call" ? callsFilter(viewer, sql.provider, query, { managedReps: managed, crm }) : { where, params };
    const [row] = await sql.all<{ total: number }>(
      countsMatched ? `WITH ${prefix}matched AS MATERIALIZED (${matchedSql}) ${capped("matched")}` : capped(`calls c WHERE ${count.where}`),
      countsMatched ? matchedParams : count.params,
    );
    counted = Number(row.total);
  }
  const totalCapped = fromRollups === null && counted > COUNT_CAP;
  const total = totalCapped ? COUNT_CAP : counted;
  const moments = query.q ? await searchMoments(sql, rows.filter((r) => toBool(r.has_transcript)).map((r) => Number(r.id)), query.q) : new Map<number, SearchMoment[]>();
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
async function searchMoments(sql: SqlConnection, callIds: number[], q: string): Promise<Map<number, SearchMoment[]>> {
  const found = new Map<number, SearchMoment[]>();
  if (!callIds.length) return found;
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
async function countFromRollups(sql: SqlConnection, viewer: Viewer, query: CallsQuery): Promise<number | null> {
  if (query.q || query.minScore !== undefined || query.maxScore !== undefined || query.outcome || query.topic || query.account || query.opportunity || query.crm) return null;
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

import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import type { SqlConnection } from "@/lib/db/sql";
import { type CrmFilterOptions, crmFilterOptionsSchema } from "./dto-crm";
import { repScope } from "./scope";

export interface FilterOptions extends CrmFilterOptions {
  reps: { id: number; name: string }[];
  teams: { id: number; name: string }[];
  outcomes: string[];
}

/** More outcomes than a select can usefully list; vendors send a handful. */
const MAX_OUTCOMES = 200;
/** The CRM names offered: the commonest of each kind. */
export const MAX_CRM_OPTIONS = 200;
/** The CRM names offered are those of the viewer's latest calls, so the list costs the same for any number of calls. */
const CRM_RECENT_CALLS = 5_000;

/**
 * The accounts and opportunities of the viewer's latest calls, the commonest
 * of each kind, listed by name (a name spelled two ways is offered once).
 */
async function crmOptions(sql: SqlConnection, viewer: Viewer, repIds: number[]): Promise<CrmFilterOptions> {
  // A rep's or manager's calls are read from the (rep_id, started_at) index; an admin's from the (started_at) one.
  const scope = viewer.role === "admin" ? { sql: "", params: [] as number[] } : { sql: repIds.length ? ` AND c.rep_id IN (${repIds.map(() => "?").join(", ")})` : " AND 1 = 0", params: repIds };
  // Each recent call's links from the (call_id) index: SQLite would otherwise read every account's link from the
  // (kind, ...) index and probe the recent calls (its unary + keeps the column's index out of the plan).
  const kind = sql.provider === "sqlite" ? "+l.kind" : "l.kind";
  const rows = await sql.all<{ kind: string; name: string }>(
    `WITH recent AS MATERIALIZED (SELECT c.id FROM calls c WHERE c.deleted_at IS NULL${scope.sql} ORDER BY c.started_at DESC LIMIT ${CRM_RECENT_CALLS}),
          counted AS (SELECT l.kind, l.name_key, MIN(l.name) AS name, COUNT(*) AS n FROM recent r JOIN call_crm_links l ON l.call_id = r.id WHERE ${kind} IN ('account', 'opportunity') GROUP BY l.kind, l.name_key),
          ranked AS (SELECT kind, name, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY n DESC, name_key) AS place FROM counted)
     SELECT kind, name FROM ranked WHERE place <= ${MAX_CRM_OPTIONS}`,
    scope.params,
  );
  // Sorted here: the two databases order text differently.
  const names = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.name).sort((a, b) => a.localeCompare(b, "en"));
  return crmFilterOptionsSchema.parse({ accounts: names("account"), opportunities: names("opportunity") });
}

/** The reps, teams and outcomes a viewer can filter by: only what they may see. */
export async function getFilterOptions(viewer: Viewer): Promise<FilterOptions> {
  const sql = await getSql();
  const scope = repScope(viewer);
  const reps = await sql.all<{ id: number; name: string }>(
    `SELECT r.id, r.name FROM reps r WHERE ${scope.sql} AND EXISTS (SELECT 1 FROM calls c WHERE c.rep_id = r.id AND c.deleted_at IS NULL) ORDER BY r.name`,
    scope.params,
  );
  const teams = await sql.all<{ id: number; name: string }>(
    viewer.role === "admin" ? `SELECT id, name FROM teams ORDER BY name` : `SELECT id, name FROM teams WHERE id IN (${viewer.teamIds.map(() => "?").join(", ") || "NULL"}) ORDER BY name`,
    viewer.role === "admin" ? [] : viewer.teamIds,
  );
  // Outcomes are vendor text about calls: only those of calls the viewer may open are theirs to see.
  const callReps = repScope(viewer, "sr");
  const ownCalls = viewer.role === "admin" ? "" : ` AND c.rep_id IN (SELECT sr.id FROM reps sr WHERE ${callReps.sql})`;
  const outcomes = await sql.all<{ outcome: string }>(
    `SELECT DISTINCT c.outcome FROM calls c WHERE c.outcome IS NOT NULL AND c.deleted_at IS NULL${ownCalls} ORDER BY c.outcome LIMIT ${MAX_OUTCOMES}`,
    viewer.role === "admin" ? [] : callReps.params,
  );
  // The reps whose calls the viewer may open (reps with no calls change nothing).
  const crm = await crmOptions(sql, viewer, reps.map((r) => Number(r.id)));
  return {
    ...crm,
    reps: reps.map((r) => ({ id: Number(r.id), name: r.name })),
    teams: viewer.role === "rep" ? [] : teams.map((t) => ({ id: Number(t.id), name: t.name })),
    outcomes: outcomes.map((o) => o.outcome),
  };
}

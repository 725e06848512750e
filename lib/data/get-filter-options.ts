import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { repScope } from "./scope";

export interface FilterOptions {
  reps: { id: number; name: string }[];
  teams: { id: number; name: string }[];
  outcomes: string[];
}

/** More outcomes than a select can usefully list; vendors send a handful. */
const MAX_OUTCOMES = 200;

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
  return {
    reps: reps.map((r) => ({ id: Number(r.id), name: r.name })),
    teams: viewer.role === "rep" ? [] : teams.map((t) => ({ id: Number(t.id), name: t.name })),
    outcomes: outcomes.map((o) => o.outcome),
  };
}

// Shared pieces of the data layer: the viewer's scope as SQL, and parameters.
import type { SqlValue } from "@/lib/db/sql";
import { repScopeSql, type Viewer } from "@/lib/auth/roles";

/** The condition limiting calls c (joined to reps r) to the viewer's. Calls without a rep: admins only. */
export function callScope(viewer: Viewer): { sql: string; params: SqlValue[] } {
  const reps = repScopeSql(viewer, "r");
  if (viewer.role === "admin") return { sql: "1 = 1", params: [] };
  return { sql: `(r.id IS NOT NULL AND ${reps.sql})`, params: reps.params };
}

export function repScope(viewer: Viewer, alias = "r"): { sql: string; params: SqlValue[] } {
  return repScopeSql(viewer, alias);
}

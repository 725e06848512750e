// Who may see what. One table of roles; every data function scopes its
// query with the viewer, so a handler that forgets a check leaks nothing.
import { z } from "zod";

export const ROLES = ["admin", "manager", "rep"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export interface Viewer {
  userId: number;
  email: string;
  name: string;
  role: Role;
  /** The rep a rep user is. */
  repId: number | null;
  /** The teams a manager manages. */
  teamIds: number[];
  /** The zone the user chose for their times (an IANA name), as stored; null or absent: none chosen. */
  timeZone?: string | null;
}

export const PERMISSIONS = {
  admin: { seeAllReps: true, manageUsers: true, manageSync: true, seeLeaderboard: true },
  manager: { seeAllReps: false, manageUsers: false, manageSync: false, seeLeaderboard: true },
  rep: { seeAllReps: false, manageUsers: false, manageSync: false, seeLeaderboard: false },
} as const satisfies Record<Role, Record<string, boolean>>;

export function canManageUsers(viewer: Viewer): boolean {
  return PERMISSIONS[viewer.role].manageUsers;
}

export function canManageSync(viewer: Viewer): boolean {
  return PERMISSIONS[viewer.role].manageSync;
}

export function canSeeLeaderboard(viewer: Viewer): boolean {
  return PERMISSIONS[viewer.role].seeLeaderboard;
}

/** Whether the viewer may see a rep (and so their calls, scores and plans). */
export function canViewRep(viewer: Viewer, rep: { id: number; teamId: number | null }): boolean {
  if (PERMISSIONS[viewer.role].seeAllReps) return true;
  if (viewer.role === "manager") return rep.teamId !== null && viewer.teamIds.includes(rep.teamId);
  return viewer.repId === rep.id;
}

export function canViewCall(viewer: Viewer, call: { rep: { id: number; teamId: number | null } | null }): boolean {
  if (PERMISSIONS[viewer.role].seeAllReps) return true;
  return call.rep !== null && canViewRep(viewer, call.rep);
}

/**
 * The SQL condition limiting reps (aliased `alias`) to those the viewer may
 * see, with its parameters. Admins: everything.
 */
export function repScopeSql(viewer: Viewer, alias: string): { sql: string; params: number[] } {
  if (PERMISSIONS[viewer.role].seeAllReps) return { sql: "1 = 1", params: [] };
  if (viewer.role === "manager") {
    if (!viewer.teamIds.length) return { sql: "1 = 0", params: [] };
    return { sql: `${alias}.team_id IN (${viewer.teamIds.map(() => "?").join(", ")})`, params: viewer.teamIds };
  }
  if (viewer.repId === null) return { sql: "1 = 0", params: [] };
  return { sql: `${alias}.id = ?`, params: [viewer.repId] };
}

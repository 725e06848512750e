// Sign-in accounts: created by an admin (or the command line), each linked
// to the rep they are (reps) or the teams they manage (managers).
import "server-only";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { hashPassword } from "@/lib/auth/password";
import { type Role, roleSchema } from "@/lib/auth/roles";
import { toBool } from "@/lib/db/values";
import { recordAudit } from "./audit";

/** More than any organisation has: a bound on the lookups one request can ask for. */
const MAX_TEAMS = 500;
/** Ids are 32-bit integers in PostgreSQL; a larger one names nothing. */
export const rowId = (what: string) =>
  z.number({ message: `must be a ${what}'s id` }).int({ message: "must be a whole number" }).positive({ message: "must be positive" }).max(2_147_483_647, { message: `is not a ${what}'s id` });

const nameSchema = z.string().trim().min(1, { message: "is required" }).max(120, { message: "must be at most 120 characters" }).regex(/^[^\p{Cc}]*$/u, { message: "must not contain control characters" });
const teamIdsSchema = z
  .array(rowId("team"))
  .max(MAX_TEAMS, { message: `may name at most ${MAX_TEAMS} teams` })
  .refine((ids) => new Set(ids).size === ids.length, { message: "names a team more than once" });

const REP_NEEDS_REP = "a rep must be linked to the rep they are";
// A manager with no team would see nothing at all: no reps, calls or leaderboard.
const MANAGER_NEEDS_TEAM = "a manager must manage at least one team";

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254, { message: "must be at most 254 characters" }).email({ message: "must be an email address" }),
    name: nameSchema,
    role: roleSchema,
    password: z.string().min(10, { message: "must be at least 10 characters" }).max(200, { message: "must be at most 200 characters" }),
    repId: rowId("rep").nullable().default(null),
    teamIds: teamIdsSchema.default([]),
  })
  .refine((u) => u.role !== "rep" || u.repId !== null, { message: REP_NEEDS_REP, path: ["repId"] })
  .refine((u) => u.role !== "manager" || u.teamIds.length > 0, { message: MANAGER_NEEDS_TEAM, path: ["teamIds"] });
export type NewUser = z.input<typeof newUserSchema>;

export class UserExistsError extends Error {}

/** The user names a rep or a team that does not exist: the caller's mistake, told in words. */
export class UserInputError extends Error {}

/** Creates a user, or with `replace` updates the one with that email. Returns its id. */
export async function saveUser(sql: SqlConnection, input: NewUser, options: { replace?: boolean } = {}): Promise<number> {
  const user = newUserSchema.parse(input);
  const passwordHash = await hashPassword(user.password);
  const now = new Date();
  return sql.transaction(async (tx) => {
    const [existing] = await tx.all<{ id: number }>(`SELECT id FROM users WHERE email = ?`, [user.email]);
    if (existing && !options.replace) throw new UserExistsError(`a user with the email ${user.email} already exists`);
    await checkLinks(tx, user, existing ? Number(existing.id) : null);
    let id: number;
    if (existing) {
      id = Number(existing.id);
      await tx.run(`UPDATE users SET name = ?, role = ?, password_hash = ?, rep_id = ?, disabled = ?, updated_at = ? WHERE id = ?`, [
        user.name, user.role, passwordHash, user.repId, false, now, id,
      ]);
      await tx.run(`DELETE FROM user_teams WHERE user_id = ?`, [id]);
    } else {
      const [row] = await tx.all<{ id: number }>(
        `INSERT INTO users (email, name, role, password_hash, rep_id, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [user.email, user.name, user.role, passwordHash, user.repId, false, now, now],
      );
      id = Number(row.id);
    }
    for (const teamId of user.teamIds) await tx.run(`INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)`, [id, teamId]);
    return id;
  });
}

/** The rep and teams a user is linked to exist, and the rep is not already someone else's sign-in. */
async function checkLinks(tx: SqlConnection, user: { repId: number | null; teamIds: number[] }, userId: number | null): Promise<void> {
  if (user.repId !== null) {
    const [rep] = await tx.all<{ id: number; user_email: string | null; user_id: number | null }>(
      `SELECT r.id, u.email AS user_email, u.id AS user_id FROM reps r LEFT JOIN users u ON u.rep_id = r.id WHERE r.id = ?`,
      [user.repId],
    );
    if (!rep) throw new UserInputError(`repId: no rep has the id ${user.repId}`);
    if (rep.user_id !== null && Number(rep.user_id) !== userId) throw new UserExistsError(`rep ${user.repId} already signs in as ${rep.user_email}`);
  }
  if (user.teamIds.length) {
    const found = new Set(
      (await tx.all<{ id: number }>(`SELECT id FROM teams WHERE id IN (${user.teamIds.map(() => "?").join(", ")})`, user.teamIds)).map((t) => Number(t.id)),
    );
    const missing = user.teamIds.filter((id) => !found.has(id));
    if (missing.length) throw new UserInputError(`teamIds: no team has the id ${missing.join(", ")}`);
  }
}

/** No user has the id asked for. */
export class UserNotFoundError extends Error {}

/** A change to a user: only the fields named change; a field no user has is refused. */
export const userPatchSchema = z.strictObject({
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  teamIds: teamIdsSchema.optional(),
  repId: rowId("rep").nullable().optional(),
  disabled: z.boolean({ message: "must be true or false" }).optional(),
});
export type UserPatch = z.input<typeof userPatchSchema>;

interface UserState {
  name: string;
  role: Role;
  teamIds: number[];
  repId: number | null;
  disabled: boolean;
}

const sameTeams = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);

async function readUserState(tx: SqlConnection, userId: number): Promise<UserState | null> {
  const [row] = await tx.all<{ name: string; role: string; rep_id: number | null; disabled: unknown }>(`SELECT name, role, rep_id, disabled FROM users WHERE id = ?`, [userId]);
  if (!row) return null;
  const teams = await tx.all<{ team_id: number }>(`SELECT team_id FROM user_teams WHERE user_id = ?`, [userId]);
  return {
    name: row.name,
    role: row.role as Role,
    teamIds: teams.map((t) => Number(t.team_id)).sort((a, b) => a - b),
    repId: row.rep_id === null ? null : Number(row.rep_id),
    disabled: toBool(row.disabled),
  };
}

/**
 * Changes a user as an admin. A change to what they may see (role, teams,
 * linked rep) or disabling them ends every session they hold at once; each
 * change is recorded with the values before and after.
 */
export async function updateUser(sql: SqlConnection, actorUserId: number | null, userId: number, input: UserPatch, now = new Date()): Promise<void> {
  const patch = userPatchSchema.parse(input);
  await sql.transaction(async (tx) => {
    const before = await readUserState(tx, userId);
    if (!before) throw new UserNotFoundError(`No user has the id ${userId}`);
    const after: UserState = {
      name: patch.name ?? before.name,
      role: patch.role ?? before.role,
      teamIds: patch.teamIds ? [...patch.teamIds].sort((a, b) => a - b) : before.teamIds,
      repId: patch.repId === undefined ? before.repId : patch.repId,
      disabled: patch.disabled ?? before.disabled,
    };
    if (actorUserId === userId && after.disabled && !before.disabled) throw new UserInputError("You cannot disable your own account");
    if (actorUserId === userId && before.role === "admin" && after.role !== "admin") throw new UserInputError("You cannot take away your own admin role");
    if (after.role === "rep" && after.repId === null) throw new UserInputError(`repId: ${REP_NEEDS_REP}`);
    if (after.role === "manager" && after.teamIds.length === 0) throw new UserInputError(`teamIds: ${MANAGER_NEEDS_TEAM}`);
    await checkLinks(tx, { repId: patch.repId ?? null, teamIds: patch.teamIds ?? [] }, userId);

    const changed = (Object.keys(after) as (keyof UserState)[]).filter((key) =>
      key === "teamIds" ? !sameTeams(before.teamIds, after.teamIds) : before[key] !== after[key],
    );
    if (!changed.length) return;
    // What the user may see changed, or they may no longer sign in: the sessions they hold end now.
    const endsSessions = changed.some((key) => key === "role" || key === "teamIds" || key === "repId") || (after.disabled && !before.disabled);
    await tx.run(`UPDATE users SET name = ?, role = ?, rep_id = ?, disabled = ?, updated_at = ?${endsSessions ? ", session_version = session_version + 1" : ""} WHERE id = ?`, [
      after.name, after.role, after.repId, after.disabled, now, userId,
    ]);
    if (changed.includes("teamIds")) {
      await tx.run(`DELETE FROM user_teams WHERE user_id = ?`, [userId]);
      for (const teamId of after.teamIds) await tx.run(`INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)`, [userId, teamId]);
    }
    const pick = (state: UserState, keys: (keyof UserState)[]) => Object.fromEntries(keys.map((key) => [key, state[key]]));
    const updated = changed.filter((key) => key !== "disabled");
    if (updated.length) {
      await recordAudit(tx, { actorUserId, action: "user.update", targetKind: "user", targetId: userId, details: { before: pick(before, updated), after: pick(after, updated) } }, now);
    }
    if (changed.includes("disabled")) {
      await recordAudit(
        tx,
        { actorUserId, action: after.disabled ? "user.disable" : "user.enable", targetKind: "user", targetId: userId, details: { before: { disabled: before.disabled }, after: { disabled: after.disabled } } },
        now,
      );
    }
  });
}

/** A user as the admin page lists them. */
export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: string;
  rep: string | null;
  repId: number | null;
  teams: string[];
  teamIds: number[];
  disabled: boolean;
}

/** Every user, by role then name, or only the one asked for. */
export async function readUserRows(sql: SqlConnection, only?: number): Promise<UserRow[]> {
  const where = only === undefined ? "" : "WHERE u.id = ?";
  const params = only === undefined ? [] : [only];
  const users = await sql.all<{ id: number; email: string; name: string; role: string; rep: string | null; rep_id: number | null; disabled: unknown }>(
    `SELECT u.id, u.email, u.name, u.role, r.name AS rep, u.rep_id, u.disabled FROM users u LEFT JOIN reps r ON r.id = u.rep_id ${where} ORDER BY u.role, u.name`,
    params,
  );
  const teams = await sql.all<{ user_id: number; team_id: number; name: string }>(
    `SELECT ut.user_id, ut.team_id, t.name FROM user_teams ut JOIN teams t ON t.id = ut.team_id ${only === undefined ? "" : "WHERE ut.user_id = ?"} ORDER BY t.name`,
    params,
  );
  return users.map((u) => {
    const own = teams.filter((t) => Number(t.user_id) === Number(u.id));
    return {
      id: Number(u.id),
      email: u.email,
      name: u.name,
      role: u.role,
      rep: u.rep,
      repId: u.rep_id === null ? null : Number(u.rep_id),
      teams: own.map((t) => t.name),
      teamIds: own.map((t) => Number(t.team_id)),
      disabled: toBool(u.disabled),
    };
  });
}

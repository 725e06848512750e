// Sign-in accounts: created by an admin (or the command line), each linked
// to the rep they are (reps) or the teams they manage (managers).
import "server-only";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { hashPassword } from "@/lib/auth/password";
import { roleSchema } from "@/lib/auth/roles";

/** More than any organisation has: a bound on the lookups one request can ask for. */
const MAX_TEAMS = 500;
/** Ids are 32-bit integers in PostgreSQL; a larger one names nothing. */
const rowId = (what: string) =>
  z.number({ message: `must be a ${what}'s id` }).int({ message: "must be a whole number" }).positive({ message: "must be positive" }).max(2_147_483_647, { message: `is not a ${what}'s id` });

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254, { message: "must be at most 254 characters" }).email({ message: "must be an email address" }),
    name: z.string().trim().min(1, { message: "is required" }).max(120, { message: "must be at most 120 characters" }).regex(/^[^\p{Cc}]*$/u, { message: "must not contain control characters" }),
    role: roleSchema,
    password: z.string().min(10, { message: "must be at least 10 characters" }).max(200),
    repId: rowId("rep").nullable().default(null),
    teamIds: z
      .array(rowId("team"))
      .max(MAX_TEAMS, { message: `may name at most ${MAX_TEAMS} teams` })
      .default([]),
  })
  .refine((u) => u.role !== "rep" || u.repId !== null, { message: "a rep must be linked to the rep they are", path: ["repId"] })
  .refine((u) => new Set(u.teamIds).size === u.teamIds.length, { message: "names a team more than once", path: ["teamIds"] });
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
async function checkLinks(tx: SqlConnection, user: z.output<typeof newUserSchema>, userId: number | null): Promise<void> {
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

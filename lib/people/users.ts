// Sign-in accounts: created by an admin (or the command line), each linked
// to the rep they are (reps) or the teams they manage (managers).
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { hashPassword } from "@/lib/auth/password";
import { roleSchema } from "@/lib/auth/roles";

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "must be an email address" }),
    name: z.string().trim().min(1, { message: "is required" }).max(120),
    role: roleSchema,
    password: z.string().min(10, { message: "must be at least 10 characters" }).max(200),
    repId: z.number().int().positive().nullable().default(null),
    teamIds: z.array(z.number().int().positive()).default([]),
  })
  .refine((u) => u.role !== "rep" || u.repId !== null, { message: "a rep must be linked to the rep they are", path: ["repId"] });
export type NewUser = z.input<typeof newUserSchema>;

export class UserExistsError extends Error {}

/** Creates a user, or with `replace` updates the one with that email. Returns its id. */
export async function saveUser(sql: SqlConnection, input: NewUser, options: { replace?: boolean } = {}): Promise<number> {
  const user = newUserSchema.parse(input);
  const passwordHash = await hashPassword(user.password);
  const now = new Date();
  return sql.transaction(async (tx) => {
    const [existing] = await tx.all<{ id: number }>(`SELECT id FROM users WHERE email = ?`, [user.email]);
    if (existing && !options.replace) throw new UserExistsError(`a user with the email ${user.email} already exists`);
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

// One-time links to choose a new password, made by an admin for a user who
// forgot theirs. The link carries a random token; only its SHA-256 is kept,
// so the table alone lets no one set a password. A link works once, for a
// day, and a newer link voids the older ones.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "./audit";
import { UserNotFoundError } from "./users";

export const RESET_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The token is 32 bytes in base64url (43 characters); anything much longer is no token of ours. */
export const resetPasswordSchema = z.strictObject({
  token: z.string({ message: "must be the token from the link" }).min(1, { message: "is required" }).max(100, { message: "is not a token from a reset link" }),
  password: z.string({ message: "must be text" }).min(10, { message: "must be at least 10 characters" }).max(200, { message: "must be at most 200 characters" }),
});

/** The link is unknown, used, voided by a newer one, or past its day. */
export class ResetLinkError extends Error {
  constructor() {
    super("This link has expired or was already used");
  }
}

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes a new link for the user, voiding any earlier one not yet used. Returns the token, which is kept nowhere. */
export async function createPasswordReset(sql: SqlConnection, actorUserId: number | null, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_LIFETIME_MS);
  await sql.transaction(async (tx) => {
    const [user] = await tx.all<{ id: number }>(`SELECT id FROM users WHERE id = ?`, [userId]);
    if (!user) throw new UserNotFoundError(`No user has the id ${userId}`);
    await tx.run(`UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL`, [now, userId]);
    await tx.run(`INSERT INTO password_resets (token_hash, user_id, created_by_id, expires_at, used_at, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
      hashResetToken(token), userId, actorUserId, expiresAt, null, now,
    ]);
    await recordAudit(tx, { actorUserId, action: "user.password_reset_link", targetKind: "user", targetId: userId, details: { expiresAt: expiresAt.toISOString() } }, now);
  });
  return { token, expiresAt };
}

/**
 * Sets the password through a link: the link is used up in the same
 * transaction, and every session of the user ends (whoever held the old
 * password is signed out).
 */
export async function resetPassword(sql: SqlConnection, token: string, newPassword: string, now = new Date()): Promise<void> {
  const input = resetPasswordSchema.parse({ token, password: newPassword });
  // Hashed before the transaction: Argon2 takes a while, and the write lock should not wait for it.
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashResetToken(input.token);
  await sql.transaction(async (tx) => {
    // Claimed first, so two uses of one link at once cannot both succeed.
    const claimed = await tx.run(`UPDATE password_resets SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?`, [now, tokenHash, now]);
    if (claimed === 0) throw new ResetLinkError();
    const [link] = await tx.all<{ user_id: number; created_by_id: number | null }>(`SELECT user_id, created_by_id FROM password_resets WHERE token_hash = ?`, [tokenHash]);
    const userId = Number(link.user_id);
    const changed = await tx.run(`UPDATE users SET password_hash = ?, session_version = session_version + 1, updated_at = ? WHERE id = ?`, [passwordHash, now, userId]);
    if (changed === 0) throw new ResetLinkError();
    await recordAudit(
      tx,
      { actorUserId: null, action: "user.password_reset", targetKind: "user", targetId: userId, details: { linkCreatedById: link.created_by_id === null ? null : Number(link.created_by_id) } },
      now,
    );
  });
}

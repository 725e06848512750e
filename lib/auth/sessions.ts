// What a session token carries besides the user's id, and how a token stops
// being honoured before it expires: each user has a session version (signing
// out raises it), and each token a stamp of the password hash it was issued
// under (a new password, or a user saved again, changes the hash).
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";

export const sessionClaimsSchema = z.object({
  userId: z.number().int().positive(),
  sessionVersion: z.number().int().min(0),
  passwordStamp: z.string().min(1).max(64),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

/** A keyed digest of the password hash: names the hash without carrying it. */
export function passwordStamp(passwordHash: string, secret: string): string {
  return createHmac("sha256", secret).update(passwordHash).digest("base64url").slice(0, 22);
}

/** Whether a token's claims still hold for the user as stored now. */
export function sessionIsCurrent(user: { sessionVersion: number; passwordHash: string }, claims: SessionClaims, secret: string): boolean {
  if (user.sessionVersion !== claims.sessionVersion) return false;
  const expected = Buffer.from(passwordStamp(user.passwordHash, secret));
  const given = Buffer.from(claims.passwordStamp);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Ends every session the user holds, on every device. With `fromVersion`,
 * only when that is still the current version: a stale token signing out
 * changes nothing.
 */
export async function revokeSessions(sql: SqlConnection, userId: number, fromVersion?: number): Promise<boolean> {
  const changed =
    fromVersion === undefined
      ? await sql.run(`UPDATE users SET session_version = session_version + 1 WHERE id = ?`, [userId])
      : await sql.run(`UPDATE users SET session_version = session_version + 1 WHERE id = ? AND session_version = ?`, [userId, fromVersion]);
  return changed > 0;
}

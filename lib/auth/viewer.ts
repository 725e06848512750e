// The signed-in viewer, read fresh from the database on each request so a
// changed role, a disabled account, a sign-out elsewhere or a new password
// takes effect at once.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db";
import { authOptions, stampSecret } from "./options";
import { roleSchema, type Viewer } from "./roles";
import { type SessionClaims, sessionClaimsSchema, sessionIsCurrent } from "./sessions";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await getServerSession(authOptions())) as { user?: { id?: unknown }; sv?: unknown; ps?: unknown } | null;
  // A token from before session versions, or one that was tampered with, names no one.
  const claims = sessionClaimsSchema.safeParse({ userId: session?.user?.id, sessionVersion: session?.sv, passwordStamp: session?.ps });
  if (!claims.success) return null;
  return loadViewer(claims.data);
});

export async function loadViewer(claims: SessionClaims): Promise<Viewer | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: claims.userId }, include: { teams: { select: { teamId: true } } } });
  if (!user || user.disabled) return null;
  if (!sessionIsCurrent(user, claims, stampSecret())) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  return { userId: user.id, email: user.email, name: user.name, role: role.data, repId: user.repId, teamIds: user.teams.map((t) => t.teamId), timeZone: user.timeZone };
}

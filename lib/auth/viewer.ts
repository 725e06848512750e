// The signed-in viewer, read fresh from the database on each request so a
// changed role or a disabled account takes effect at once.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db";
import { authOptions } from "./options";
import { roleSchema, type Viewer } from "./roles";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  const userId = (session?.user as { id?: number } | undefined)?.id;
  if (!userId) return null;
  return loadViewer(userId);
});

export async function loadViewer(userId: number): Promise<Viewer | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, include: { teams: { select: { teamId: true } } } });
  if (!user || user.disabled) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  return { userId: user.id, email: user.email, name: user.name, role: role.data, repId: user.repId, teamIds: user.teams.map((t) => t.teamId) };
}

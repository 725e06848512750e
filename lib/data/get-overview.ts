import "server-only";
import { getDb } from "@/lib/db";

export interface Overview {
  calls: number;
  reps: number;
  teams: number;
}

export async function getOverview(): Promise<Overview> {
  const db = await getDb();
  const [calls, reps, teams] = await Promise.all([
    db.call.count({ where: { deletedAt: null } }),
    db.rep.count(),
    db.team.count(),
  ]);
  return { calls, reps, teams };
}

// GET /api/health: the server is up and its database answers.
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const { db, provider } = await getDatabase();
  await db.$queryRawUnsafe("SELECT 1");
  return Response.json({ ok: true, database: provider });
}

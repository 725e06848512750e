// GET /api/health: the server is up and its database answers.
// GET /api/health?ready=1: also every webhook received so far has been fetched
// (used to wait for the demo's analyses and voice-agent calls to land).
import { getSql } from "@/lib/db";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const sql = await getSql();
  await sql.all("SELECT 1 AS ok");
  if (new URL(request.url).searchParams.get("ready")) {
    const env = getEnv();
    const [row] = await sql.all<{ received: number; pending: number }>(
      `SELECT COUNT(*) AS received, SUM(CASE WHEN processed_at IS NULL THEN 1 ELSE 0 END) AS pending FROM webhook_deliveries`,
    );
    const expectsWebhooks = !!(env.ANALYSES_WEBHOOK_SECRET || env.VOICE_AGENT_WEBHOOK_SECRET);
    const ready = !expectsWebhooks || (Number(row.received) > 0 && Number(row.pending ?? 0) === 0);
    return Response.json({ ok: true, ready, database: sql.provider }, { status: ready ? 200 : 503 });
  }
  return Response.json({ ok: true, database: sql.provider });
}

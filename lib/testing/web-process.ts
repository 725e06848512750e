// The web side of a PostgreSQL deployment, for the worker tests: it takes
// webhooks and "sync now" and only queues jobs, exactly as the app's route
// handlers do in jobs mode; the workers run them.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { openSql } from "@/lib/db/sql";
import { parseEnv } from "@/lib/env";
import { enqueueStream, startBoss } from "@/lib/jobs/queue";
import { enqueueAll } from "@/lib/jobs/worker";
import { buildConnectors } from "@/lib/vendors";
import { handleWebhook } from "@/lib/webhooks/handle";

const env = parseEnv(process.env);
const sql = await openSql(env.DATABASE_URL);
const boss = await startBoss({ connectionString: env.DATABASE_URL, role: "sender" });
const connectors = buildConnectors(env);
const webhookStream = { analyses: "analyses", "voice-agent": "calls" } as const;

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (req.url === "/sync-now" && req.method === "POST") {
    const queued = await enqueueAll(boss, connectors, "manual");
    res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ queued }));
    return;
  }
  const vendor = req.url === "/api/webhooks/analyses" ? "analyses" : req.url === "/api/webhooks/voice-agent" ? "voice-agent" : null;
  if (!vendor) {
    res.writeHead(404).end();
    return;
  }
  const response = await handleWebhook(new Request(`http://localhost${req.url}`, { method: "POST", headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }), {
    vendor,
    secret: vendor === "analyses" ? env.ANALYSES_WEBHOOK_SECRET : env.VOICE_AGENT_WEBHOOK_SECRET,
    sql,
    onAccepted: (v) => void enqueueStream(boss, { vendor: v, stream: webhookStream[v as keyof typeof webhookStream], trigger: "webhook" }),
  });
  res.writeHead(response.status, { "content-type": "application/json" }).end(Buffer.from(await response.arrayBuffer()));
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
process.on("SIGTERM", async () => {
  server.close();
  await boss.stop({ graceful: false });
  await sql.close();
  process.exit(0);
});

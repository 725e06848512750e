// The sync's test bed: the vendor simulators over real HTTP, a real database
// migrated from empty, Coachboard's connectors pointed at the one from the
// other, and a webhook receiver the simulators deliver to.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { applyMigrations } from "@/lib/db/migrations";
import type { DbProvider } from "@/lib/db/provider";
import type { Vendor } from "@/lib/domain/vendors";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { type Env, parseEnv } from "@/lib/env";
import { systemClock } from "@/lib/sync/clock";
import type { SyncOptions, VendorResult } from "@/lib/sync/engine";
import { fixedSchedule, LocalRateLimiter } from "@/lib/sync/rate-limit";
import { syncAll } from "@/lib/sync/run-all";
import { buildConnectors, type ConfiguredConnector, type ConnectorOptions } from "@/lib/vendors";
import { handleWebhook } from "@/lib/webhooks/handle";
import { DEMO_WEBHOOK_SECRETS, simulatorEnv } from "@/scripts/lib/demo";
import { startSimulators } from "@/simulators";
import type { RunningSimulators, SimulatorOptions } from "@/simulators/types";
import { TEST_CONNECTOR_OPTIONS } from "./connector-options";
import { createTestDatabase, type TestDatabase } from "./databases";

export interface Harness {
  sims: RunningSimulators;
  database: TestDatabase;
  sql: SqlConnection;
  env: Env;
  /** Connectors tuned for tests: fast retries and no client-side throttle unless asked. */
  connectors(options?: ConnectorOptions): ConfiguredConnector[];
  sync(options?: Partial<SyncOptions> & { connectors?: ConnectorOptions }): Promise<VendorResult[]>;
  /** One vendor's pass alone; fails the test when the vendor reports an error. */
  syncVendor(vendor: Vendor, options?: Partial<SyncOptions> & { connectors?: ConnectorOptions }): Promise<VendorResult>;
  /** The simulators deliver a webhook per analysis and voice-agent call, over HTTP, to Coachboard's handler. */
  deliverWebhooks(): Promise<void>;
  webhookUrl: string;
  close(): Promise<void>;
}

export { TEST_CONNECTOR_OPTIONS };

export async function startHarness(provider: DbProvider, simulatorOptions: SimulatorOptions = {}): Promise<Harness> {
  const sims = await startSimulators({ execvisionRateLimit: false, ...simulatorOptions });
  const database = await createTestDatabase(provider);
  await applyMigrations(database.url);
  const sql = await openSql(database.url);
  const env = parseEnv({ ...simulatorEnv(sims), DATABASE_URL: database.url });
  const receiver = await startWebhookReceiver(sql);
  const connectors = (options: ConnectorOptions = {}) =>
    buildConnectors(env, { ...TEST_CONNECTOR_OPTIONS, execvisionLimiter: new LocalRateLimiter(fixedSchedule(1000), systemClock), ...options });
  return {
    sims,
    database,
    sql,
    env,
    connectors,
    sync: (options = {}) => syncAll(sql, connectors(options.connectors), { trigger: "cli", ...options }),
    syncVendor: async (vendor, options = {}) => {
      const [result] = await syncAll(sql, connectors(options.connectors).filter((c) => c.connector.vendor === vendor), { trigger: "cli", ...options });
      if (!result) throw new Error(`${vendor} is not configured`);
      if (result.error) throw new Error(`${vendor}: ${result.error}`);
      return result;
    },
    deliverWebhooks: async () => {
      const results = await sims.control.deliverWebhooks({ baseUrl: receiver.url, secrets: DEMO_WEBHOOK_SECRETS });
      const refused = results.filter((r) => r.status !== 202);
      if (refused.length) throw new Error(`webhooks refused: ${JSON.stringify(refused.slice(0, 3))}`);
    },
    webhookUrl: receiver.url,
    close: async () => {
      await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
      await sql.close();
      await sims.close();
      await database.drop();
    },
  };
}

/** Coachboard's webhook handler behind a plain HTTP server, at the same paths as the app's routes. */
async function startWebhookReceiver(sql: SqlConnection): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const vendor = req.url === "/api/webhooks/analyses" ? "analyses" : req.url === "/api/webhooks/voice-agent" ? "voice-agent" : null;
    if (!vendor || req.method !== "POST") {
      res.writeHead(404).end();
      return;
    }
    const request = new Request(`http://localhost${req.url}`, {
      method: "POST",
      headers: req.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    });
    const response = await handleWebhook(request, {
      vendor,
      secret: vendor === "analyses" ? DEMO_WEBHOOK_SECRETS.analyses : DEMO_WEBHOOK_SECRETS.voiceAgent,
      sql,
      onAccepted: () => {},
    });
    res.writeHead(response.status, { "content-type": "application/json" }).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

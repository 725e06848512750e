import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start } from "./test-helpers";
import type { RunningSimulators } from "./types";

interface Received { path: string; raw: string; signature: string; contentType: string }

let clock = Date.parse("2026-11-30T15:00:00Z");
let sims: RunningSimulators;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let failNext = 0;
const secrets = { analyses: "analyses-secret", voiceAgent: "voice-secret" };

beforeAll(async () => {
  sims = await start({ now: () => clock });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      received.push({ path: req.url ?? "", raw: Buffer.concat(chunks).toString("utf8"), signature: String(req.headers["x-coachboard-signature"]), contentType: String(req.headers["content-type"]) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const address = receiver.address();
  receiverUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await sims.close();
  await new Promise((resolve) => receiver.close(resolve));
});

function verify(r: Received): boolean {
  const secret = r.path.endsWith("/analyses") ? secrets.analyses : secrets.voiceAgent;
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(r.raw).digest("hex")}`);
  const actual = Buffer.from(r.signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

describe("webhooks", () => {
  it("delivers one signed webhook per known analysis and voice-agent call", async () => {
    received.length = 0;
    const results = await sims.control.deliverWebhooks({ baseUrl: receiverUrl, secrets });
    const total = sims.control.records("analyses").length + sims.control.records("voice-agent").length;
    expect(results).toHaveLength(total);
    expect(results.every((r) => r.status === 204)).toBe(true);
    expect(received).toHaveLength(total);
    for (const r of received) {
      expect(verify(r)).toBe(true);
      expect(r.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(r.contentType).toBe("application/json");
    }
    const analysis = received.find((r) => r.path === "/api/webhooks/analyses")!;
    const body = JSON.parse(analysis.raw);
    expect(Object.keys(body)).toEqual(["id", "event", "status", "sent_at"]);
    expect(body.event).toBe(`analysis.${body.status}`);
    expect(body.sent_at).toBe(new Date(clock).toISOString());
    const voice = JSON.parse(received.find((r) => r.path === "/api/webhooks/voice-agent")!.raw);
    expect(Object.keys(voice)).toEqual(["id", "event", "sent_at"]);
    expect(voice.event).toMatch(/^call\./);
  });

  it("filters by vendor and id, and retries 5xx", async () => {
    received.length = 0;
    const id = sims.control.records("voice-agent")[0].id;
    failNext = 2;
    const results = await sims.control.deliverWebhooks({ baseUrl: receiverUrl, secrets, vendors: ["voice-agent"], ids: [id] });
    expect(results).toEqual([{ vendor: "voice-agent", id, status: 204 }]);
    expect(received).toHaveLength(1);
  });

  it("reports status 0 when the target is unreachable", async () => {
    const id = sims.control.records("voice-agent")[0].id;
    const results = await sims.control.deliverWebhooks({ baseUrl: "http://127.0.0.1:9", secrets, vendors: ["voice-agent"], ids: [id] });
    expect(results).toEqual([{ vendor: "voice-agent", id, status: 0 }]);
  }, 15_000);

  it("keeps delivering as the clock moves analyses through their lifecycle", async () => {
    received.length = 0;
    const queued = sims.control.records("analyses").filter((a) => a.status === "queued").map((a) => a.id);
    expect(queued.length).toBeGreaterThanOrEqual(3);
    const stop = sims.control.startWebhookDelivery({ baseUrl: receiverUrl, secrets, vendors: ["analyses"], ids: queued }, 50);
    try {
      await until(() => received.length === queued.length);
      clock += 100_000;
      await until(() => received.length === queued.length * 2);
      clock += 600_000;
      await until(() => received.length === queued.length * 3);
      const events = received.map((r) => JSON.parse(r.raw).event);
      expect(events.filter((e) => e === "analysis.queued")).toHaveLength(queued.length);
      expect(events.filter((e) => e === "analysis.processing")).toHaveLength(queued.length);
      expect(events.filter((e) => e === "analysis.completed")).toHaveLength(queued.length);
    } finally {
      stop();
    }
  });
});

async function until(check: () => boolean, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

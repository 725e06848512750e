// Outgoing webhooks, signed the way Coachboard verifies them: HMAC-SHA256 of
// the exact raw body with the vendor's secret, as sha256=<hex>.
import { createHmac } from "node:crypto";
import type { SimStore } from "./store";
import type { WebhookDelivery, WebhookTarget } from "./types";
import { currentStatus } from "./vendors/analyses";

export const sign = (secret: string, body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Pending { vendor: "analyses" | "voice-agent"; id: string; status: string }

/** POSTs one webhook; retries connection errors and 5xx up to 5 times with backoff. Status 0: never connected. */
export async function postWebhook(target: WebhookTarget, item: Pending, nowMs: number): Promise<number> {
  const sentAt = new Date(nowMs).toISOString();
  const body = item.vendor === "analyses"
    ? JSON.stringify({ id: item.id, event: `analysis.${item.status}`, status: item.status, sent_at: sentAt })
    : JSON.stringify({ id: item.id, event: `call.${item.status}`, sent_at: sentAt });
  const secret = item.vendor === "analyses" ? target.secrets.analyses : target.secrets.voiceAgent;
  const url = `${target.baseUrl.replace(/\/+$/, "")}/api/webhooks/${item.vendor}`;
  let status = 0;
  for (let attempt = 0; attempt <= 5; attempt++) {
    if (attempt > 0) await sleep(100 * 2 ** (attempt - 1));
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Coachboard-Signature": sign(secret, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      status = response.status;
      if (status < 500) return status;
    } catch {
      status = 0;
    }
  }
  return status;
}

function wanted(target: WebhookTarget, vendor: "analyses" | "voice-agent", id: string): boolean {
  if (target.vendors && !target.vendors.includes(vendor)) return false;
  return !target.ids || target.ids.includes(id);
}

/** What each webhook would say now: every known analysis and voice-agent call. */
export function currentEvents(store: SimStore, target: WebhookTarget): Pending[] {
  const now = store.now();
  const out: Pending[] = [];
  for (const [id, state] of store.analyses) if (wanted(target, "analyses", id)) out.push({ vendor: "analyses", id, status: currentStatus(state, now) });
  for (const [id, entry] of store.voice) if (wanted(target, "voice-agent", id)) out.push({ vendor: "voice-agent", id, status: entry.call.status });
  return out;
}

export async function deliverWebhooks(store: SimStore, target: WebhookTarget): Promise<WebhookDelivery[]> {
  const results: WebhookDelivery[] = [];
  for (const item of currentEvents(store, target)) results.push({ vendor: item.vendor, id: item.id, status: await postWebhook(target, item, store.now()) });
  return results;
}

/**
 * One webhook per known record, then one per change as the clock moves an
 * analysis along (or a record is added or its status patched).
 */
export function startWebhookDelivery(store: SimStore, target: WebhookTarget, intervalMs = 1000): () => void {
  const sent = new Map<string, string>();
  let stopped = false;
  let busy = false;
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      for (const item of currentEvents(store, target)) {
        if (stopped) break;
        const key = `${item.vendor}:${item.id}`;
        if (sent.get(key) === item.status) continue;
        sent.set(key, item.status);
        await postWebhook(target, item, store.now());
      }
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref?.();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

import "server-only";
import { getSyncRuntime } from "@/lib/sync/runtime";
import { handleWebhook } from "./handle";
import type { WebhookVendor } from "./ids";

/** A webhook for the running app: recorded in its database, fetched by its sync. */
export async function receiveWebhook(request: Request, vendor: WebhookVendor, secret: string | undefined): Promise<Response> {
  const runtime = await getSyncRuntime();
  return handleWebhook(request, { vendor, secret, sql: runtime.sql, onAccepted: (v) => void runtime.trigger(v, "webhook") });
}

import "server-only";
import type { Vendor } from "@/lib/domain/vendors";
import { getSyncRuntime } from "@/lib/sync/runtime";
import { handleWebhook } from "./handle";

/** A webhook for the running app: recorded in its database, fetched by its sync. */
export async function receiveWebhook(request: Request, vendor: Vendor, secret: string | undefined): Promise<Response> {
  const runtime = await getSyncRuntime();
  return handleWebhook(request, { vendor, secret, sql: runtime.sql, onAccepted: (v) => void runtime.trigger(v, "webhook") });
}

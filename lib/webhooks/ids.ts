// What a record id looks like for each vendor that sends webhooks. The id is
// put into the path of a GET made with our credentials, so anything else
// (a "..", a slash, a query) is refused before it is recorded.
import { z } from "zod";

export const WEBHOOK_VENDORS = ["analyses", "voice-agent"] as const;
export type WebhookVendor = (typeof WEBHOOK_VENDORS)[number];

// Both APIs document their ids as UUIDs; the version digit is not checked.
const uuid = z.guid({ message: "must be a UUID like 3f2b8c1e-9a4d-4e6b-8c2f-1d5e7a9b0c3d" });

export const webhookIdSchemas: Record<WebhookVendor, z.ZodType<string>> = {
  analyses: uuid,
  "voice-agent": uuid,
};

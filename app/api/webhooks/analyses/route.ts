// POST /api/webhooks/analyses: an analysis was created or changed; fetch it by id.
import { getEnv } from "@/lib/env";
import { receiveWebhook } from "@/lib/webhooks/receive";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return receiveWebhook(request, "analyses", getEnv().ANALYSES_WEBHOOK_SECRET);
}

// POST /api/webhooks/voice-agent: a voice-agent call was placed or changed; fetch it by id.
import { getEnv } from "@/lib/env";
import { receiveWebhook } from "@/lib/webhooks/receive";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return receiveWebhook(request, "voice-agent", getEnv().VOICE_AGENT_WEBHOOK_SECRET);
}

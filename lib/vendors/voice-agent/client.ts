// The voice-agent calls API client: the API key sent as Bearer, GET /calls/{id}.
import type { Clock } from "@/lib/sync/clock";
import { NotFoundError } from "@/lib/sync/errors";
import { VendorHttp } from "@/lib/sync/http";

export const VOICE_AGENT_CREDENTIALS = ["VOICE_AGENT_API_KEY"];

export interface VoiceAgentConfig {
  baseUrl: string;
  apiKey: string;
  clock?: Clock;
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onAttempt?: ConstructorParameters<typeof VendorHttp>[0]["onAttempt"];
}

export class VoiceAgentClient {
  readonly http: VendorHttp;

  constructor(config: VoiceAgentConfig) {
    this.http = new VendorHttp({
      vendor: "voice-agent",
      baseUrl: config.baseUrl.replace(/\/+$/, ""),
      headers: { authorization: `Bearer ${config.apiKey}` },
      credentialNames: VOICE_AGENT_CREDENTIALS,
      clock: config.clock,
      timeoutMs: config.timeoutMs,
      maxAttempts: config.maxAttempts,
      baseDelayMs: config.baseDelayMs,
      maxDelayMs: config.maxDelayMs,
      onAttempt: config.onAttempt,
    });
  }

  async getCall(id: string, signal?: AbortSignal): Promise<unknown | null> {
    try {
      return await this.http.getJson(`/calls/${encodeURIComponent(id)}`, {}, signal);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async check(signal?: AbortSignal): Promise<void> {
    await this.getCall("00000000-0000-0000-0000-000000000000", signal);
  }
}

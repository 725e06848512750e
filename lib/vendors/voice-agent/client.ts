// The voice-agent calls API client: the API key sent as Bearer, GET /calls/{id}.
import { NotFoundError } from "@/lib/sync/errors";
import type { VendorHttp } from "@/lib/sync/http";
import { type ClientTuning, vendorHttp } from "../shared/http";

export const VOICE_AGENT_CREDENTIALS = ["VOICE_AGENT_API_KEY"];

export interface VoiceAgentConfig extends ClientTuning {
  baseUrl: string;
  apiKey: string;
}

export class VoiceAgentClient {
  readonly http: VendorHttp;

  constructor(config: VoiceAgentConfig) {
    this.http = vendorHttp("voice-agent", config, { headers: { authorization: `Bearer ${config.apiKey}` }, credentialNames: VOICE_AGENT_CREDENTIALS });
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

// The call analyses API client: Bearer auth, GET /v1/analyses/{id}.
import type { Clock } from "@/lib/sync/clock";
import { NotFoundError } from "@/lib/sync/errors";
import { VendorHttp } from "@/lib/sync/http";

export const ANALYSES_CREDENTIALS = ["ANALYSES_TOKEN"];

export interface AnalysesConfig {
  baseUrl: string;
  token: string;
  clock?: Clock;
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onAttempt?: ConstructorParameters<typeof VendorHttp>[0]["onAttempt"];
}

export class AnalysesClient {
  readonly http: VendorHttp;

  constructor(config: AnalysesConfig) {
    this.http = new VendorHttp({
      vendor: "analyses",
      baseUrl: config.baseUrl.replace(/\/+$/, ""),
      headers: { authorization: `Bearer ${config.token}` },
      credentialNames: ANALYSES_CREDENTIALS,
      clock: config.clock,
      timeoutMs: config.timeoutMs,
      maxAttempts: config.maxAttempts,
      baseDelayMs: config.baseDelayMs,
      maxDelayMs: config.maxDelayMs,
      onAttempt: config.onAttempt,
    });
  }

  /** The analysis, or null when the API has none with that id. */
  async getAnalysis(id: string, signal?: AbortSignal): Promise<unknown | null> {
    try {
      return await this.http.getJson(`/v1/analyses/${encodeURIComponent(id)}`, {}, signal);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /**
   * There is no list or ping endpoint; an id that cannot exist answers 404
   * with working credentials and 401 without.
   */
  async check(signal?: AbortSignal): Promise<void> {
    await this.getAnalysis("00000000-0000-0000-0000-000000000000", signal);
  }
}

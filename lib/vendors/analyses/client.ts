// The call analyses API client: Bearer auth, GET /v1/analyses/{id}.
import { NotFoundError } from "@/lib/sync/errors";
import type { VendorHttp } from "@/lib/sync/http";
import { type ClientTuning, vendorHttp } from "../shared/http";

export const ANALYSES_CREDENTIALS = ["ANALYSES_TOKEN"];

export interface AnalysesConfig extends ClientTuning {
  baseUrl: string;
  token: string;
}

export class AnalysesClient {
  readonly http: VendorHttp;

  constructor(config: AnalysesConfig) {
    this.http = vendorHttp("analyses", config, { headers: { authorization: `Bearer ${config.token}` }, credentialNames: ANALYSES_CREDENTIALS });
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

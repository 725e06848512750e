// Salesfinity client: x-api-key auth, page/limit paging (limit ≤ 100), the
// documented date, score and user filters, and sort.
import { VendorRequestError } from "@/lib/sync/errors";
import type { VendorHttp } from "@/lib/sync/http";
import { type ClientTuning, vendorHttp } from "../shared/http";
import { pageSchema } from "./schemas";

export const SALESFINITY_CREDENTIALS = ["SALESFINITY_API_KEY"];
export const SALESFINITY_MAX_LIMIT = 100;

export interface SalesfinityConfig extends ClientTuning {
  baseUrl: string;
  apiKey: string;
}

export interface ScoredCallsQuery {
  page?: number;
  limit?: number;
  /** A field, "-" prefixed for descending; the API defaults to -createdAt. */
  sort?: string;
  startDate?: string;
  endDate?: string;
  minScore?: number;
  maxScore?: number;
  userId?: string;
}

export class SalesfinityClient {
  readonly http: VendorHttp;

  constructor(config: SalesfinityConfig) {
    this.http = vendorHttp("salesfinity", config, { headers: { "x-api-key": config.apiKey }, credentialNames: SALESFINITY_CREDENTIALS });
  }

  /** GET /v1/scored-calls: one page, its records raw and its pagination checked. */
  async scoredCalls(query: ScoredCallsQuery = {}, signal?: AbortSignal): Promise<{ records: unknown[]; total: number; page: number; pages: number }> {
    if (query.limit !== undefined && (query.limit < 1 || query.limit > SALESFINITY_MAX_LIMIT)) {
      throw new RangeError(`Salesfinity pages hold 1 to ${SALESFINITY_MAX_LIMIT} records`);
    }
    const body = await this.http.getJson(
      "/v1/scored-calls",
      {
        page: query.page,
        limit: query.limit,
        sort: query.sort,
        start_date: query.startDate,
        end_date: query.endDate,
        min_score: query.minScore,
        max_score: query.maxScore,
        user_id: query.userId,
      },
      signal,
    );
    const parsed = pageSchema.safeParse(body);
    if (!parsed.success) throw new VendorRequestError("salesfinity", 200, `Salesfinity answered with an unexpected page: ${parsed.error.issues[0]?.message}`);
    return { records: parsed.data.data, total: parsed.data.pagination.total, page: parsed.data.pagination.page, pages: parsed.data.pagination.pages };
  }

  /** Checks the key with the smallest page. */
  async check(signal?: AbortSignal): Promise<void> {
    await this.scoredCalls({ page: 1, limit: 1 }, signal);
  }
}

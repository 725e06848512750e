// Revont client: Bearer auth, newest-first cursor paging (limit ≤ 100) with
// rep, date and outcome filters, and single calls with their transcripts.
import { NotFoundError, VendorRequestError } from "@/lib/sync/errors";
import type { VendorHttp } from "@/lib/sync/http";
import { type ClientTuning, vendorHttp } from "../shared/http";
import { listSchema } from "./schemas";

export const REVONT_CREDENTIALS = ["REVONT_API_KEY"];
export const REVONT_MAX_LIMIT = 100;

export interface RevontConfig extends ClientTuning {
  baseUrl: string;
  apiKey: string;
}

export interface RevontListQuery {
  limit?: number;
  cursor?: string | null;
  repId?: string;
  from?: string;
  to?: string;
  outcome?: "won" | "lost" | "follow_up" | "no_outcome";
}

export class RevontClient {
  readonly http: VendorHttp;

  constructor(config: RevontConfig) {
    this.http = vendorHttp("revont", config, { headers: { authorization: `Bearer ${config.apiKey}` }, credentialNames: REVONT_CREDENTIALS });
  }

  /** GET /calls: one page, newest first. */
  async listCalls(query: RevontListQuery = {}, signal?: AbortSignal): Promise<{ records: unknown[]; nextCursor: string | null; hasMore: boolean }> {
    if (query.limit !== undefined && (query.limit < 1 || query.limit > REVONT_MAX_LIMIT)) throw new RangeError(`Revont pages hold 1 to ${REVONT_MAX_LIMIT} calls`);
    const body = await this.http.getJson(
      "/calls",
      { limit: query.limit, cursor: query.cursor ?? undefined, rep_id: query.repId, from: query.from, to: query.to, outcome: query.outcome },
      signal,
    );
    const parsed = listSchema.safeParse(body);
    if (!parsed.success) throw new VendorRequestError("revont", 200, `Revont answered with an unexpected page: ${parsed.error.issues[0]?.message}`);
    const nextCursor = parsed.data.next_cursor ?? null;
    return { records: parsed.data.data, nextCursor, hasMore: parsed.data.has_more ?? nextCursor !== null };
  }

  /** GET /calls/{id}: the call with its transcript; null when Revont has no such call. */
  async getCall(id: string, signal?: AbortSignal): Promise<unknown | null> {
    try {
      return await this.http.getJson(`/calls/${encodeURIComponent(id)}`, {}, signal);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async check(signal?: AbortSignal): Promise<void> {
    await this.listCalls({ limit: 1 }, signal);
  }
}

// ExecVision Conversation Intelligence API client: Basic auth, the
// documented rate limit (5/s 6AM–9PM US Eastern, 25/s otherwise), and one
// method per endpoint. List methods return raw arrays; the sync validates
// each record, so one malformed record never costs a page.
import { systemClock } from "@/lib/sync/clock";
import { NotFoundError, VendorRequestError } from "@/lib/sync/errors";
import type { Query, VendorHttp } from "@/lib/sync/http";
import { type ClientTuning, vendorHttp } from "../shared/http";
import { easternBusinessHoursSchedule, LocalRateLimiter, type RateLimiter } from "@/lib/sync/rate-limit";
import { listSchema } from "./schemas";
import { type DecodedCallsPage, decodeCallsBody } from "./decode-calls";
import { decodedRecords } from "./words";
import { type Decoder, inlineDecoder } from "@/lib/sync/decode-pool";

export interface ExecVisionConfig extends ClientTuning {
  baseUrl: string;
  userId: string;
  password: string;
  limiter?: RateLimiter;
  /**
   * Decodes GET /calls bodies (runs decodeCallsBody from ./decode-calls); inline by
   * default, workerDecoder to decode on another thread.
   */
  callsDecoder?: Decoder;
}

export const EXECVISION_CREDENTIALS = ["EXECVISION_USER_ID", "EXECVISION_PASSWORD"];
const API = "/api/ev/2";

export interface KeysetQuery {
  since: string;
  limit: number;
  lastId?: string;
}

export class ExecVisionClient {
  readonly http: VendorHttp;
  private readonly callsDecoder: Decoder;

  constructor(config: ExecVisionConfig) {
    this.callsDecoder = config.callsDecoder ?? inlineDecoder(decodeCallsBody);
    this.http = vendorHttp(
      "execvision",
      { ...config, baseUrl: config.baseUrl.replace(/\/+$/, "") + API },
      { headers: { authorization: `Basic ${Buffer.from(`${config.userId}:${config.password}`).toString("base64")}` }, credentialNames: EXECVISION_CREDENTIALS },
      // The API queues over-limit requests for up to a minute; wait longer than that.
      { limiter: config.limiter ?? new LocalRateLimiter(easternBusinessHoursSchedule(), config.clock ?? systemClock), defaultTimeoutMs: 75_000 },
    );
  }

  private async list(path: string, query: Query, signal?: AbortSignal, decode?: { decoder: Decoder; records: (decoded: unknown) => unknown }): Promise<unknown[]> {
    const body = decode ? decode.records(await this.http.getJson(path, query, signal, decode.decoder)) : await this.http.getJson(path, query, signal);
    const parsed = listSchema.safeParse(body);
    if (!parsed.success) throw new VendorRequestError("execvision", 200, `ExecVision answered GET ${path} with something other than a list`);
    return parsed.data;
  }

  /** GET /check: empty when the credentials work. */
  async check(signal?: AbortSignal): Promise<void> {
    await this.http.getJson("/check", {}, signal);
  }

  users(signal?: AbortSignal) {
    return this.list("/users", {}, signal);
  }

  teams(signal?: AbortSignal) {
    return this.list("/teams", {}, signal);
  }

  departments(signal?: AbortSignal) {
    return this.list("/departments", {}, signal);
  }

  topics(signal?: AbortSignal) {
    return this.list("/topics", {}, signal);
  }

  calls(query: KeysetQuery & { includeTranscripts?: boolean; includeCrmMatches?: boolean; renderTemplates?: boolean }, signal?: AbortSignal) {
    return this.list(
      "/calls",
      {
        since: query.since,
        limit: query.limit,
        last_id: query.lastId,
        include_transcripts: query.includeTranscripts ?? false,
        include_crm_matches: query.includeCrmMatches ?? false,
        render_templates: query.renderTemplates ?? false,
      },
      signal,
      { decoder: this.callsDecoder, records: (page) => decodedRecords(page as DecodedCallsPage) },
    );
  }

  deletedCalls(query: KeysetQuery, signal?: AbortSignal) {
    return this.list("/calls/deleted", { since: query.since, limit: query.limit, last_id: query.lastId }, signal);
  }

  /** GET /calls/search?field=value: ids of calls whose field matches (the value is lowercased, as the API requires). */
  async searchCalls(field: string, value: string, signal?: AbortSignal): Promise<string[]> {
    const ids = await this.list("/calls/search", { [field]: value.toLowerCase() }, signal);
    return ids.filter((id): id is string => typeof id === "string");
  }

  /** GET /call/{id}: the call with all optional data; null when it does not exist. */
  async call(id: string, signal?: AbortSignal): Promise<unknown | null> {
    return this.orNull(() => this.http.getJson(`/call/${encodeURIComponent(id)}`, {}, signal));
  }

  callTopics(query: KeysetQuery & { windowLength?: number; minimumMatches?: number }, signal?: AbortSignal) {
    return this.list(
      "/call_topics",
      { since: query.since, limit: query.limit, last_id: query.lastId, window_length: query.windowLength, minimum_matches: query.minimumMatches },
      signal,
    );
  }

  listens(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/listens", query, signal);
  }

  scores(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/scores", query, signal);
  }

  async scorecard(id: string, signal?: AbortSignal): Promise<unknown | null> {
    return this.orNull(() => this.http.getJson(`/scorecard/${encodeURIComponent(id)}`, {}, signal));
  }

  feedback(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/feedback", query, signal);
  }

  shares(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/shares", query, signal);
  }

  meetings(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/meetings", query, signal);
  }

  plans(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/plans", query, signal);
  }

  kpis(query: { since: string; limit: number }, signal?: AbortSignal) {
    return this.list("/kpis", query, signal);
  }

  async kpi(id: string, signal?: AbortSignal): Promise<unknown | null> {
    return this.orNull(() => this.http.getJson(`/kpi/${encodeURIComponent(id)}`, {}, signal));
  }

  /** GET /transcript/{id}: the simplified transcript, with speaker names and types. */
  async transcript(callId: string, signal?: AbortSignal): Promise<unknown | null> {
    return this.orNull(() => this.http.getJson(`/transcript/${encodeURIComponent(callId)}`, {}, signal));
  }

  private async orNull(fetch: () => Promise<unknown>): Promise<unknown | null> {
    try {
      return await fetch();
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}

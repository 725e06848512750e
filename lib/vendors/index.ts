// The connectors of the vendors whose credentials are configured.
import "server-only";
import type { Env } from "@/lib/env";
import type { Vendor } from "@/lib/domain/vendors";
import type { Clock } from "@/lib/sync/clock";
import { workerDecoder } from "@/lib/sync/decode-pool";
import type { RateLimiter } from "@/lib/sync/rate-limit";
import type { Connector } from "@/lib/sync/types";
import { AnalysesClient, analysesConnector } from "./analyses";
import { ExecVisionClient, execvisionConnector } from "./execvision";
import { RevontClient, revontConnector } from "./revont";
import { SalesfinityClient, salesfinityConnector } from "./salesfinity";
import { VoiceAgentClient, voiceAgentConnector } from "./voice-agent";

export interface ConfiguredConnector {
  connector: Connector;
  /** Requests made so far (every attempt, retries included). */
  requests(): number;
}

export interface ConnectorOptions {
  clock?: Clock;
  /** Replaces ExecVision's own limiter (a shared one, across processes). */
  execvisionLimiter?: RateLimiter;
  timeoutMs?: number;
  maxAttempts?: number;
  /** Retry backoff (full jitter up to base × 2^attempt, capped). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Small pages, for tests that exercise paging. */
  pageSize?: number;
  now?: () => Date;
  /** Whether to make the one-request-per-call speaker lookups (default: EXECVISION_SPEAKER_NAMES). */
  execvisionSpeakerNames?: boolean;
  /**
   * Decode large pages (ExecVision calls with their word-level transcripts)
   * on a worker thread, so the main thread writes one page while the next is
   * decoded. For processes started from this repository's sources (the sync
   * and worker commands); the web server's bundle decodes inline.
   */
  decodeInWorker?: boolean;
}

export type VendorEnv = Pick<
  Env,
  | "SALESFINITY_API_KEY"
  | "SALESFINITY_BASE_URL"
  | "EXECVISION_USER_ID"
  | "EXECVISION_PASSWORD"
  | "EXECVISION_BASE_URL"
  | "ANALYSES_TOKEN"
  | "ANALYSES_BASE_URL"
  | "VOICE_AGENT_API_KEY"
  | "VOICE_AGENT_BASE_URL"
  | "REVONT_API_KEY"
  | "REVONT_BASE_URL"
  | "REVONT_LOOKBACK_DAYS"
  | "EXECVISION_SPEAKER_NAMES"
  | "SYNC_BACKFILL_DAYS"
>;

export function enabledVendors(env: VendorEnv): Vendor[] {
  const vendors: Vendor[] = [];
  if (env.SALESFINITY_API_KEY) vendors.push("salesfinity");
  if (env.EXECVISION_USER_ID && env.EXECVISION_PASSWORD) vendors.push("execvision");
  if (env.ANALYSES_TOKEN && env.ANALYSES_BASE_URL) vendors.push("analyses");
  if (env.VOICE_AGENT_API_KEY && env.VOICE_AGENT_BASE_URL) vendors.push("voice-agent");
  if (env.REVONT_API_KEY) vendors.push("revont");
  return vendors;
}

export function buildConnectors(env: VendorEnv, options: ConnectorOptions = {}): ConfiguredConnector[] {
  const now = options.now ?? (() => new Date(options.clock?.now() ?? Date.now()));
  const initialSince = new Date(now().getTime() - env.SYNC_BACKFILL_DAYS * 86_400_000);
  const out: ConfiguredConnector[] = [];
  const counted = () => {
    let count = 0;
    return { onAttempt: () => void count++, requests: () => count };
  };
  const common = { clock: options.clock, timeoutMs: options.timeoutMs, maxAttempts: options.maxAttempts, baseDelayMs: options.baseDelayMs, maxDelayMs: options.maxDelayMs };
  if (env.SALESFINITY_API_KEY) {
    const c = counted();
    const client = new SalesfinityClient({ ...common, baseUrl: env.SALESFINITY_BASE_URL, apiKey: env.SALESFINITY_API_KEY, onAttempt: c.onAttempt });
    out.push({ connector: salesfinityConnector({ client, initialSince, limit: options.pageSize, now }), requests: c.requests });
  }
  if (env.EXECVISION_USER_ID && env.EXECVISION_PASSWORD) {
    const c = counted();
    const client = new ExecVisionClient({
      ...common,
      baseUrl: env.EXECVISION_BASE_URL,
      userId: env.EXECVISION_USER_ID,
      password: env.EXECVISION_PASSWORD,
      limiter: options.execvisionLimiter,
      onAttempt: c.onAttempt,
      callsDecoder: options.decodeInWorker ? workerDecoder(new URL("./execvision/decode-calls.ts", import.meta.url), "decodeCallsBody") : undefined,
    });
    const limits = options.pageSize ? { calls: options.pageSize, deleted: options.pageSize, topics: options.pageSize, since: options.pageSize } : undefined;
    const speakerNames = options.execvisionSpeakerNames ?? env.EXECVISION_SPEAKER_NAMES;
    out.push({ connector: execvisionConnector({ client, initialSince, limits, speakerNames }), requests: c.requests });
  }
  if (env.ANALYSES_TOKEN && env.ANALYSES_BASE_URL) {
    const c = counted();
    const client = new AnalysesClient({ ...common, baseUrl: env.ANALYSES_BASE_URL, token: env.ANALYSES_TOKEN, onAttempt: c.onAttempt });
    out.push({ connector: analysesConnector({ client }), requests: c.requests });
  }
  if (env.VOICE_AGENT_API_KEY && env.VOICE_AGENT_BASE_URL) {
    const c = counted();
    const client = new VoiceAgentClient({ ...common, baseUrl: env.VOICE_AGENT_BASE_URL, apiKey: env.VOICE_AGENT_API_KEY, onAttempt: c.onAttempt });
    out.push({ connector: voiceAgentConnector({ client }), requests: c.requests });
  }
  if (env.REVONT_API_KEY) {
    const c = counted();
    const client = new RevontClient({ ...common, baseUrl: env.REVONT_BASE_URL, apiKey: env.REVONT_API_KEY, onAttempt: c.onAttempt });
    out.push({ connector: revontConnector({ client, initialSince, limit: options.pageSize, lookbackDays: env.REVONT_LOOKBACK_DAYS, now }), requests: c.requests });
  }
  return out;
}

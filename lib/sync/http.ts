// The one HTTP path to every vendor: base URL and auth, the rate limiter,
// timeouts, and retries with backoff and full jitter. 429/503 honour
// Retry-After; 5xx, timeouts, dropped connections and truncated JSON are
// retried; 401/403 stop the vendor naming the credential; other 4xx fail.
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { type Clock, systemClock } from "./clock";
import { type Decoder, exchange, parseJsonBody } from "./decode-pool";
import { AuthError, NotFoundError, VendorRequestError, VendorUnavailableError } from "./errors";
import type { RateLimiter } from "./rate-limit";

export interface VendorHttpOptions {
  vendor: Vendor;
  baseUrl: string;
  headers: Record<string, string>;
  /** The configuration variables behind the credentials, named in auth errors. */
  credentialNames: string[];
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  limiter?: RateLimiter;
  clock?: Clock;
  random?: () => number;
  /** Called once per attempt; the sync counts requests with it. */
  onAttempt?: (info: { path: string; attempt: number; status?: number; error?: string }) => void;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export class VendorHttp {
  readonly vendor: Vendor;
  private readonly options: Required<Omit<VendorHttpOptions, "limiter" | "onAttempt">> & Pick<VendorHttpOptions, "limiter" | "onAttempt">;

  constructor(options: VendorHttpOptions) {
    this.vendor = options.vendor;
    this.options = {
      timeoutMs: 30_000,
      maxAttempts: 6,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      clock: systemClock,
      random: Math.random,
      ...(Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as VendorHttpOptions),
    };
  }

  url(path: string, query: Query = {}): string {
    refuseEscapingSegments(this.vendor, path);
    const url = new URL(this.options.baseUrl + path);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /**
   * GETs path and returns the parsed JSON body, or what `decoder` makes of
   * the body's bytes (a broken body is retried either way).
   */
  async getJson(path: string, query: Query = {}, signal?: AbortSignal, decoder?: Decoder): Promise<unknown> {
    const url = this.url(path, query);
    const { maxAttempts, clock, timeoutMs } = this.options;
    let lastProblem = "";
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      signal?.throwIfAborted();
      await this.options.limiter?.acquire(signal);
      let retryAfterMs: number | undefined;
      try {
        const headers = { accept: "application/json", ...this.options.headers };
        // With a decoder that has threads, the request itself is made there,
        // so the answer arrives while this thread is busy writing.
        const answer = decoder?.fetch
          ? await decoder.fetch(url, headers, timeoutMs, signal)
          : await exchange(url, headers, timeoutMs, signal, (body) => (decoder ? decoder.decode(body) : parseJsonBody(body)));
        this.options.onAttempt?.({ path, attempt, status: answer.status });
        if (answer.kind === "body") return answer.value;
        if (answer.kind === "broken") {
          lastProblem = answer.brokenBody;
        } else if (answer.status === 401 || answer.status === 403) {
          throw new AuthError(this.vendor, answer.status, this.options.credentialNames);
        } else if (answer.status === 429 || answer.status >= 500) {
          retryAfterMs = parseRetryAfter(answer.retryAfter, clock.now());
          lastProblem = `HTTP ${answer.status}`;
        } else {
          if (answer.status === 404) throw new NotFoundError(this.vendor, path);
          const detail = answer.detail;
          throw new VendorRequestError(this.vendor, answer.status, `${VENDOR_LABELS[this.vendor]} refused GET ${path} (HTTP ${answer.status}${detail ? `: ${detail}` : ""})`);
        }
      } catch (error) {
        if (error instanceof AuthError || error instanceof NotFoundError || error instanceof VendorRequestError) throw error;
        if (signal?.aborted) throw signal.reason;
        lastProblem = describeFailure(error, timeoutMs);
        this.options.onAttempt?.({ path, attempt, error: lastProblem });
      }
      if (attempt < maxAttempts) await clock.sleep(retryAfterMs ?? this.backoff(attempt), signal);
    }
    throw new VendorUnavailableError(this.vendor, `${VENDOR_LABELS[this.vendor]} did not answer GET ${path} after ${maxAttempts} attempts (last: ${lastProblem})`);
  }

  /** Full jitter: a random delay up to an exponentially growing cap. */
  private backoff(attempt: number): number {
    const { baseDelayMs, maxDelayMs, random } = this.options;
    return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  }
}

/**
 * Paths carry record ids, which come from webhooks and list pages. An empty,
 * "." or ".." segment (encodeURIComponent leaves dots alone) names another
 * endpoint once URL parsing resolves it, and we would call it with our
 * credentials; an encoded slash or backslash may be decoded into one by the
 * vendor's server. No record has such an id: it is answered as one the vendor
 * does not have, so a bad id is settled instead of failing every sync.
 */
function refuseEscapingSegments(vendor: Vendor, path: string): void {
  const segments = path.split(/[?#]/, 1)[0].split("/").slice(1);
  const escapes = (segment: string) => segment === "" || /^(\.|%2e){1,2}$/i.test(segment) || /%2f|%5c|\\/i.test(segment);
  if (segments.some(escapes)) throw new NotFoundError(vendor, path);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as Error)?.name;
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return cause ? `connection failed (${cause})` : `connection failed (${(error as Error)?.message ?? String(error)})`;
}

/** Retry-After as seconds or an HTTP date, capped at five minutes. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 300_000) : undefined;
}

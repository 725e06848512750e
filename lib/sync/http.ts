// The one HTTP path to every vendor: base URL and auth, the rate limiter,
// timeouts, and retries with backoff and full jitter. 429/503 honour
// Retry-After; 5xx, timeouts, dropped connections and truncated JSON are
// retried; 401/403 stop the vendor naming the credential; other 4xx fail.
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { type Clock, systemClock } from "./clock";
import { BrokenBodyError, type Decoder, type Exchange, parseJsonBody } from "./decode-pool";
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
        const exchange = decoder?.fetch ? await decoder.fetch(url, headers, timeoutMs, signal) : await mainThreadExchange(url, headers, timeoutMs, signal, decoder);
        this.options.onAttempt?.({ path, attempt, status: exchange.status });
        if (exchange.kind === "body") return exchange.value;
        if (exchange.kind === "broken") {
          lastProblem = exchange.brokenBody;
        } else if (exchange.status === 401 || exchange.status === 403) {
          throw new AuthError(this.vendor, exchange.status, this.options.credentialNames);
        } else if (exchange.status === 429 || exchange.status >= 500) {
          retryAfterMs = parseRetryAfter(exchange.retryAfter, clock.now());
          lastProblem = `HTTP ${exchange.status}`;
        } else {
          if (exchange.status === 404) throw new NotFoundError(this.vendor, path);
          const detail = exchange.detail;
          throw new VendorRequestError(this.vendor, exchange.status, `${VENDOR_LABELS[this.vendor]} refused GET ${path} (HTTP ${exchange.status}${detail ? `: ${detail}` : ""})`);
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

/** One request and its answer, on this thread; the body is read only when it is wanted. */
async function mainThreadExchange(url: string, headers: Record<string, string>, timeoutMs: number, signal: AbortSignal | undefined, decoder: Decoder | undefined): Promise<Exchange> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const response = await fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  if (response.ok) {
    const body = await response.arrayBuffer();
    try {
      return { kind: "body", status: response.status, value: decoder ? await decoder.decode(body) : parseJsonBody(body) };
    } catch (error) {
      if (!(error instanceof BrokenBodyError)) throw error;
      return { kind: "broken", status: response.status, brokenBody: error.message };
    }
  }
  const wanted = response.status !== 401 && response.status !== 403 && response.status !== 429 && response.status < 500 && response.status !== 404;
  const detail = wanted ? (await response.text().catch(() => "")).slice(0, 200) : (await response.body?.cancel().catch(() => {}), "");
  return { kind: "status", status: response.status, retryAfter: response.headers.get("retry-after"), detail };
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

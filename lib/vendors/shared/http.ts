import type { Vendor } from "@/lib/domain/vendors";
import type { Clock } from "@/lib/sync/clock";
import { VendorHttp, type VendorHttpOptions } from "@/lib/sync/http";
import type { RateLimiter } from "@/lib/sync/rate-limit";

/** How a client retries and times out; tests make it fast. */
export interface ClientTuning {
  clock?: Clock;
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onAttempt?: VendorHttpOptions["onAttempt"];
}

/** The HTTP path of one vendor client: base URL, auth headers, the credentials named in errors. */
export function vendorHttp(
  vendor: Vendor,
  config: ClientTuning & { baseUrl: string },
  auth: { headers: Record<string, string>; credentialNames: string[] },
  extra: { limiter?: RateLimiter; defaultTimeoutMs?: number } = {},
): VendorHttp {
  return new VendorHttp({
    vendor,
    baseUrl: config.baseUrl.replace(/\/+$/, ""),
    headers: auth.headers,
    credentialNames: auth.credentialNames,
    clock: config.clock,
    timeoutMs: config.timeoutMs ?? extra.defaultTimeoutMs,
    maxAttempts: config.maxAttempts,
    baseDelayMs: config.baseDelayMs,
    maxDelayMs: config.maxDelayMs,
    onAttempt: config.onAttempt,
    limiter: extra.limiter,
  });
}

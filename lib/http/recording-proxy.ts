// Streams a call's recording from the vendor's URL to the browser. The URL
// comes from a vendor record, so it is fetched only through openOutbound's
// checks, and what comes back is served as media of our choosing: a vendor
// answering HTML must not run it on our origin.
import "server-only";
import type { IncomingMessage } from "node:http";
import { isVendor, type Vendor } from "@/lib/domain/vendors";
import { type AllowedHost, type Env, getEnv } from "@/lib/env";
import { errorResponse, notFound } from "./errors";
import { headerValue, openOutbound, OutboundRefused, type Resolver } from "./outbound";

export interface RecordingPolicy {
  /** null: any public host */
  allowlist: AllowedHost[] | null;
  maxRedirects: number;
  /** until the vendor's response headers arrive */
  firstByteTimeoutMs: number;
  /** a gap between two chunks while the browser is waiting for more; a long recording streams as long as it keeps coming */
  idleTimeoutMs: number;
  resolve?: Resolver;
}

const TIMEOUTS = { maxRedirects: 3, firstByteTimeoutMs: 15_000, idleTimeoutMs: 30_000 };

/** The policy for one vendor's recordings, from its *_RECORDING_HOSTS setting. */
export function recordingPolicy(vendor: string, env: Env = getEnv()): RecordingPolicy {
  const hosts: Record<Vendor, AllowedHost[] | undefined> = {
    salesfinity: env.SALESFINITY_RECORDING_HOSTS,
    execvision: env.EXECVISION_RECORDING_HOSTS,
    analyses: env.ANALYSES_RECORDING_HOSTS,
    "voice-agent": env.VOICE_AGENT_RECORDING_HOSTS,
    revont: env.REVONT_RECORDING_HOSTS,
  };
  return { allowlist: (isVendor(vendor) ? hosts[vendor] : undefined) ?? null, ...TIMEOUTS };
}

const PASSED = ["content-length", "content-range", "accept-ranges", "etag", "last-modified"];
const MEDIA_TYPE = /^(?:audio|video)\/[a-z0-9][a-z0-9!#$&^_.+-]{0,100}$/;
const RANGE = /^bytes=[\d\s,-]{1,200}$/;

/** The headers the vendor sees: the browser's byte range, and nothing of ours (no cookies, no credentials). */
function upstreamHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = { accept: "audio/*, video/*;q=0.9, */*;q=0.5", "user-agent": "Coachboard" };
  const range = request.headers.get("range");
  if (range && RANGE.test(range)) {
    headers.range = range;
    const ifRange = request.headers.get("if-range");
    if (ifRange && ifRange.length <= 200) headers["if-range"] = ifRange;
  }
  return headers;
}

/**
 * The body as a web stream. The idle clock runs only while the browser waits
 * for the next chunk, so a paused player holding the connection is not cut.
 */
export function streamBody(response: IncomingMessage, idleTimeoutMs: number, where: string): ReadableStream<Uint8Array> {
  const chunks = response[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // The browser may go away (a seek, a closed tab) while a chunk is awaited: that chunk then has nowhere to go.
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${where} sent nothing for ${idleTimeoutMs / 1000} s`)), idleTimeoutMs);
      });
      try {
        const next = await Promise.race([chunks.next(), idle]);
        if (cancelled) return;
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
      } catch (error) {
        if (cancelled) return;
        console.warn(`Recording stream from ${where} ended early: ${(error as Error).message}`);
        response.destroy();
        controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel() {
      cancelled = true;
      response.destroy();
    },
  });
}

/** GETs the recording and answers the browser with it, or with a 404/502 in the error envelope. */
export async function proxyRecording(recordingUrl: string, request: Request, policy: RecordingPolicy): Promise<Response> {
  let opened: Awaited<ReturnType<typeof openOutbound>>;
  try {
    opened = await openOutbound(recordingUrl, { ...policy, headers: upstreamHeaders(request), signal: request.signal });
  } catch (error) {
    if (error instanceof OutboundRefused) {
      console.warn(`Recording URL refused: ${error.message}`);
      return errorResponse(502, "recording_refused", "The recording is at an address Coachboard does not fetch from; an admin can allow its host");
    }
    console.warn(`Recording unavailable: ${(error as Error).message}`);
    return errorResponse(502, "recording_unavailable", "The recording could not be reached; try again shortly");
  }
  const { url, response } = opened;
  const status = response.statusCode ?? 0;
  if (status === 404 || status === 410) {
    response.destroy();
    throw notFound("The vendor no longer has this recording");
  }
  if (status !== 200 && status !== 206 && status !== 416) {
    response.destroy();
    return errorResponse(502, "recording_unavailable", `The recording answered HTTP ${status}`);
  }
  const essence = headerValue(response.headers, "content-type")?.split(";")[0].trim().toLowerCase() ?? "";
  const headers = new Headers({
    "content-type": MEDIA_TYPE.test(essence) ? essence : "application/octet-stream",
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
    // Opened directly, the response still runs nothing.
    "content-security-policy": "sandbox",
    "cache-control": "private, max-age=3600",
    "accept-ranges": "bytes",
  });
  for (const name of PASSED) {
    const value = headerValue(response.headers, name);
    if (value && !(name === "content-length" && (status === 416 || !/^\d+$/.test(value)))) headers.set(name, value);
  }
  if (status === 416) {
    response.destroy();
    return new Response(null, { status, headers });
  }
  return new Response(streamBody(response, policy.idleTimeoutMs, url.host), { status, headers });
}

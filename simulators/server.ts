// One HTTP server for all five vendor simulators and the recordings: routes by
// path prefix, checks each vendor's auth, applies ExecVision's rate limit and
// injected faults, and logs every request.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { createControl } from "./control";
import { loadDemoDataset } from "./dataset/load";
import { rebaseDataset, rebaseDays } from "./dataset/rebase";
import { FaultInjector } from "./faults";
import { HttpError, bodyBuffer, queryRecord, type HandlerResult, type VendorRequest } from "./http";
import { ExecVisionRateLimiter } from "./rate-limit";
import { serveRecording } from "./recordings";
import { SimStore } from "./store";
import { Variants } from "./variants";
import { DEFAULT_CREDENTIALS, type FaultKind, type RequestLogEntry, type RunningSimulators, type SimulatorCredentials, type SimulatorOptions, type VendorName } from "./types";
import { authorizeAnalyses, handleAnalyses } from "./vendors/analyses";
import { authorizeExecvision, handleExecvision } from "./vendors/execvision";
import { authorizeRevont, handleRevont } from "./vendors/revont";
import { authorizeSalesfinity, handleSalesfinity } from "./vendors/salesfinity";
import { authorizeVoiceAgent, handleVoiceAgent } from "./vendors/voice-agent";

interface VendorRoute {
  vendor: VendorName;
  prefix: string;
  authorize(headers: IncomingMessage["headers"], credentials: SimulatorCredentials): boolean;
  handle(req: VendorRequest, store: SimStore): HandlerResult;
  challenge?: string;
}

const ROUTES: VendorRoute[] = [
  { vendor: "salesfinity", prefix: "/salesfinity", authorize: authorizeSalesfinity, handle: handleSalesfinity },
  { vendor: "execvision", prefix: "/execvision", authorize: authorizeExecvision, handle: handleExecvision, challenge: 'Basic realm="ExecVision"' },
  { vendor: "analyses", prefix: "/analyses", authorize: authorizeAnalyses, handle: handleAnalyses, challenge: "Bearer" },
  { vendor: "voice-agent", prefix: "/voice-agent", authorize: authorizeVoiceAgent, handle: handleVoiceAgent, challenge: "Bearer" },
  { vendor: "revont", prefix: "/revont/v1", authorize: authorizeRevont, handle: handleRevont, challenge: "Bearer" },
];

const JSON_TYPE = "application/json; charset=utf-8";

function sendResult(res: ServerResponse, result: HandlerResult, head: boolean) {
  // Chunked raw bodies (large listings) are written as they are, without one more copy.
  const chunks = Array.isArray(result.raw) ? result.raw : [bodyBuffer(result)];
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const headers: Record<string, string | number> = { ...result.headers, "Content-Length": length };
  if (length > 0 || result.body !== undefined) headers["Content-Type"] = JSON_TYPE;
  res.writeHead(result.status, headers);
  if (head) return void res.end();
  res.cork();
  for (const chunk of chunks) res.write(chunk);
  res.uncork();
  res.end();
}

const errorResult = (status: number, message: string, headers: Record<string, string> = {}): HandlerResult => ({ status, body: { error: message }, headers });

/** Where each vendor's API is on a simulator server at `url`. */
export function simulatorBaseUrls(url: string): RunningSimulators["baseUrls"] {
  return { salesfinity: `${url}/salesfinity`, execvision: `${url}/execvision`, analyses: `${url}/analyses`, voiceAgent: `${url}/voice-agent`, revont: `${url}/revont/v1` };
}

export async function startSimulators(options: SimulatorOptions = {}): Promise<RunningSimulators> {
  const now = options.now ?? Date.now;
  const source = options.dataset ?? loadDemoDataset();
  const days = options.rebase === false ? 0 : rebaseDays(source.anchor, now());
  const store = new SimStore(rebaseDataset(source, days), now, new Variants(options.variants ?? null));
  const credentials: SimulatorCredentials = { ...DEFAULT_CREDENTIALS, ...options.credentials };
  const faults = new FaultInjector();
  const limiter = new ExecVisionRateLimiter(options.execvisionRateLimit !== false, options.execvisionQueueTimeoutMs ?? 60_000);
  const requests: RequestLogEntry[] = [];
  const listeners = new Set<(entry: RequestLogEntry) => void>();
  const webhookStops = new Set<() => void>();
  const timers = new Map<NodeJS.Timeout, () => void>();
  const sockets = new Set<Socket>();
  let closing = false;

  // Waits that close() can cut short, so no queued or hanging request outlives the server.
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => { timers.delete(timer); resolve(); }, ms);
      timers.set(timer, resolve);
    });

  const log = (entry: RequestLogEntry) => {
    requests.push(entry);
    for (const listener of [...listeners]) {
      try { listener(entry); } catch (error) { console.error("[simulators] onRequest listener failed:", error); }
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const arrivedAt = now();
    const url = new URL(req.url ?? "/", "http://simulator");
    const method = req.method ?? "GET";
    const entry = (vendor: RequestLogEntry["vendor"], status: number, fault?: FaultKind): RequestLogEntry => ({
      vendor, method, path: url.pathname, query: queryRecord(url.searchParams), status, ...(fault ? { fault } : {}), arrivedAt, respondedAt: now(),
    });

    if (url.pathname.startsWith("/recordings/")) {
      const status = await serveRecording(req, res, decodeURIComponent(url.pathname.slice("/recordings/".length)));
      log(entry("recordings", status));
      return;
    }
    const route = ROUTES.find((r) => url.pathname === r.prefix || url.pathname.startsWith(`${r.prefix}/`));
    if (!route) {
      sendResult(res, errorResult(404, `No simulator at ${url.pathname}`), false);
      return;
    }

    if (route.vendor === "execvision") {
      const admission = limiter.admit(arrivedAt);
      if (admission.delayMs > 0) await wait(admission.delayMs);
      if (closing) return void res.destroy();
      if (admission.timedOut) {
        sendResult(res, errorResult(504, "Request timed out in the rate-limit queue"), false);
        log(entry(route.vendor, 504));
        return;
      }
    }

    const fault = faults.decide(route.vendor);
    if (fault === "reset") {
      req.socket.destroy();
      log(entry(route.vendor, 0, fault));
      return;
    }
    if (fault === "timeout") {
      const hangMs = faults.hangMs;
      await wait(hangMs);
      req.socket.destroy();
      log(entry(route.vendor, 0, fault));
      return;
    }
    if (fault === "429" || fault === "500" || fault === "503") {
      const status = Number(fault);
      const message = status === 429 ? "Too many requests" : status === 500 ? "Internal server error" : "Service unavailable";
      sendResult(res, errorResult(status, message, status === 429 ? { "Retry-After": "1" } : {}), false);
      log(entry(route.vendor, status, fault));
      return;
    }

    let result: HandlerResult;
    if (!route.authorize(req.headers, credentials)) {
      result = errorResult(401, "Missing or invalid credentials", route.challenge ? { "WWW-Authenticate": route.challenge } : {});
    } else {
      try {
        const vendorPath = url.pathname.slice(route.prefix.length) || "/";
        result = route.handle({ method: method === "HEAD" ? "GET" : method, path: vendorPath, query: url.searchParams, headers: req.headers, serverUrl: store.serverUrl, now }, store);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        result = errorResult(error.status, error.message, error.headers);
      }
    }
    if (fault === "truncated") {
      const body = bodyBuffer(result);
      result = { status: 200, raw: body.subarray(0, Math.floor(body.length / 2)) };
    }
    await new Promise<void>((resolve) => {
      res.on("close", resolve);
      sendResult(res, result, method === "HEAD");
    });
    log(entry(route.vendor, result.status, fault ?? undefined));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error("[simulators] request failed:", error);
      if (!res.headersSent) sendResult(res, errorResult(500, "Simulator error"), false);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("simulator server has no port");
  const url = `http://127.0.0.1:${address.port}`;
  store.serverUrl = url;

  const control = createControl({ store, faults, limiter, requests, listeners, webhookStops });
  return {
    url,
    baseUrls: simulatorBaseUrls(url),
    credentials,
    control,
    async close() {
      closing = true;
      for (const stop of [...webhookStops]) stop();
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}


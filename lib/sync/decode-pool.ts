// Turning a response body into records is the sync's heaviest CPU work (a
// page of calls with word-level transcripts is megabytes of JSON). A decoder
// does it either on the calling thread or on worker threads. A worker also
// makes the request itself: the main thread blocks while it writes a page
// (SQLite calls are synchronous), and a response read there would stall
// meanwhile; read and decoded on a worker, the next page is ready when the
// write ends. A decoder is a pure function exported from a module, so the
// same code runs in either place.
import { Worker } from "node:worker_threads";

/** The body could not be decoded (broken or truncated JSON): worth a retry. */
export class BrokenBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BrokenBodyError";
  }
}

export type DecodeFunction = (body: ArrayBuffer) => unknown;

/** A request's answer: a 2xx with its decoded body (or why the body was unusable), or another status. */
export type Exchange =
  | { kind: "body"; status: number; value: unknown }
  | { kind: "broken"; status: number; brokenBody: string }
  | { kind: "status"; status: number; retryAfter: string | null; detail: string };

export interface Decoder {
  decode(body: ArrayBuffer): Promise<unknown>;
  /** Makes the request and decodes a 2xx body off this thread (worker decoders). */
  fetch?(url: string, headers: Record<string, string>, timeoutMs: number, signal?: AbortSignal): Promise<Exchange>;
  close(): Promise<void>;
}

/** Decodes on the calling thread. */
export function inlineDecoder(fn: DecodeFunction): Decoder {
  return {
    decode: async (body) => fn(body),
    close: async () => {},
  };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; name: string; code?: string; message: string };

/**
 * Runs `exportName` from `moduleUrl` on a worker thread (TypeScript sources
 * are loaded through tsx). The worker starts on first use and keeps the
 * process alive only while it holds work; a worker that dies fails only the
 * requests it held, and the next request starts a fresh one.
 */
export function workerDecoder(moduleUrl: URL, exportName: string): Decoder {
  let current: { worker: Worker; pending: Map<number, Pending> } | null = null;
  let nextId = 1;

  const start = () => {
    // The worker loads its modules itself (through tsx when they are TypeScript), not through the parent's loaders.
    const worker = new Worker(workerSource(moduleUrl, exportName), { eval: true, execArgv: [] });
    worker.unref();
    const slot = { worker, pending: new Map<number, Pending>() };
    const fail = (error: Error) => {
      if (current === slot) current = null;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on("message", (reply: Reply) => {
      const p = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (!slot.pending.size) worker.unref();
      if (!p) return;
      if (reply.ok) p.resolve(reply.value);
      else p.reject(reply.name === "BrokenBodyError" ? new BrokenBodyError(reply.message) : rebuildError(reply));
    });
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the decode worker stopped (exit code ${code})`)));
    return (current = slot);
  };

  const send = (message: Record<string, unknown>, transfer: ArrayBuffer[], signal?: AbortSignal): Promise<unknown> => {
    const slot = current ?? start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        slot.worker.postMessage({ type: "abort", id });
        slot.pending.delete(id);
        if (!slot.pending.size) slot.worker.unref();
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      slot.pending.set(id, {
        resolve: (value) => (signal?.removeEventListener("abort", onAbort), resolve(value)),
        reject: (error) => (signal?.removeEventListener("abort", onAbort), reject(error)),
      });
      slot.worker.ref();
      slot.worker.postMessage({ ...message, id }, transfer);
    });
  };

  return {
    decode: (body) => send({ type: "decode", body }, [body]),
    fetch: (url, headers, timeoutMs, signal) => {
      signal?.throwIfAborted();
      return send({ type: "fetch", url, headers, timeoutMs }, [], signal) as Promise<Exchange>;
    },
    async close() {
      await current?.worker.terminate();
      current = null;
    },
  };
}

/**
 * One request and its answer: a 2xx body decoded, or the status with
 * Retry-After and (for a refusal worth reporting) the vendor's message. The
 * same code runs on the calling thread and inside decode workers.
 */
export async function exchange(url: string, headers: Record<string, string>, timeoutMs: number, signal: AbortSignal | undefined, decode: (body: ArrayBuffer) => unknown): Promise<Exchange> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const response = await fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  if (response.ok) {
    const body = await response.arrayBuffer();
    try {
      return { kind: "body", status: response.status, value: await decode(body) };
    } catch (error) {
      // By name: inside a worker, the decoder's module has its own copy of this class.
      if ((error as Error)?.name !== "BrokenBodyError") throw error;
      return { kind: "broken", status: response.status, brokenBody: (error as Error).message };
    }
  }
  const wanted = response.status !== 401 && response.status !== 403 && response.status !== 429 && response.status < 500 && response.status !== 404;
  const detail = wanted ? (await response.text().catch(() => "")).slice(0, 200) : (await response.body?.cancel().catch(() => {}), "");
  return { kind: "status", status: response.status, retryAfter: response.headers.get("retry-after"), detail };
}

/** A worker's error as the main thread would have seen it (timeouts and connection failures keep their name and code). */
function rebuildError(reply: { name: string; code?: string; message: string }): Error {
  const error = new Error(reply.message, reply.code ? { cause: { code: reply.code } } : undefined);
  error.name = reply.name;
  return error;
}

function workerSource(moduleUrl: URL, exportName: string): string {
  return `
const { parentPort } = require("node:worker_threads");
const load = (href) => (href.endsWith(".ts") ? import("tsx/esm/api").then((tsx) => tsx.tsImport(href, href)) : import(href));
const pool = load(${JSON.stringify(import.meta.url)});
const decoder = load(${JSON.stringify(moduleUrl.href)}).then((module) => module[${JSON.stringify(exportName)}]);
const requests = new Map();
parentPort.on("message", async (message) => {
  const { id } = message;
  if (message.type === "abort") return requests.get(id)?.abort();
  try {
    const decode = await decoder;
    let value;
    if (message.type === "fetch") {
      const controller = new AbortController();
      requests.set(id, controller);
      try {
        value = await (await pool).exchange(message.url, message.headers, message.timeoutMs, controller.signal, decode);
      } finally {
        requests.delete(id);
      }
    } else {
      value = decode(message.body);
    }
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, name: (error && error.name) || "Error", code: error && error.cause && error.cause.code, message: String((error && error.message) || error) });
  }
});`;
}

/** JSON from a body's bytes; a body that is not JSON is a BrokenBodyError. */
export function parseJsonBody(body: ArrayBuffer): unknown {
  const text = new TextDecoder().decode(body);
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new BrokenBodyError(`a broken JSON body (${body.byteLength} bytes)`);
  }
}

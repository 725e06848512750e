// Request/response plumbing shared by the vendor handlers.
import type { IncomingHttpHeaders } from "node:http";

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export interface HandlerResult {
  status: number;
  /** serialized as JSON unless raw is given */
  body?: unknown;
  /** an already serialized body (fast paths); chunks are concatenated */
  raw?: Buffer | Buffer[];
  headers?: Record<string, string>;
}

export interface VendorRequest {
  method: string;
  /** the path below the vendor's base, e.g. /v1/scored-calls */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** http://127.0.0.1:PORT, for building recording URLs */
  serverUrl: string;
  now: () => number;
}

export const ok = (body: unknown, status = 200): HandlerResult => ({ status, body });

export function bodyBuffer(result: HandlerResult): Buffer {
  if (result.raw) return Array.isArray(result.raw) ? Buffer.concat(result.raw) : result.raw;
  if (result.body === undefined) return Buffer.alloc(0);
  return Buffer.from(JSON.stringify(result.body), "utf8");
}

export function notFound(what = "Not found"): never {
  throw new HttpError(404, what);
}

export function badParam(name: string, why: string): never {
  throw new HttpError(400, `Invalid parameter "${name}": ${why}`);
}

/** An integer query parameter in [min, max]; absent → fallback. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw.trim())) badParam(name, `must be an integer between ${min} and ${max}`);
  const value = Number(raw);
  if (value < min || value > max) badParam(name, `must be between ${min} and ${max}`);
  return value;
}

export function numberParam(query: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = query.get(name);
  if (raw === null || raw === "") return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || raw.trim() === "") badParam(name, "must be a number");
  if (value < min || value > max) badParam(name, `must be between ${min} and ${max}`);
  return value;
}

export function boolParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  if (raw === null || raw === "") return false;
  const lower = raw.toLowerCase();
  if (lower === "true" || lower === "1") return true;
  if (lower === "false" || lower === "0") return false;
  return badParam(name, "must be true or false");
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 date or timestamp; no zone means UTC. A "+" offset that
 * arrived unencoded in a query string reads as a space, so that is accepted too.
 */
export function parseIso(raw: string): { ms: number; dateOnly: boolean } | null {
  const text = raw.trim().replace(/ (\d{2}:?\d{2})$/, "+$1");
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 60) return null;
  let ms = Date.UTC(Number(y), month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), frac ? Math.floor(Number(frac) * 1000) : 0);
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  if (Number.isNaN(ms) || new Date(Date.UTC(Number(y), month - 1, day)).getUTCDate() !== day) return null;
  return { ms, dateOnly: h === undefined };
}

export function isoParam(query: URLSearchParams, name: string): { ms: number; dateOnly: boolean } | null {
  const raw = query.get(name);
  if (raw === null || raw === "") return null;
  return parseIso(raw) ?? badParam(name, "must be an ISO 8601 date or timestamp");
}

export function queryRecord(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of query) out[key] = value;
  return out;
}

export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (!auth) return null;
  const m = /^Bearer\s+(.+)$/i.exec(auth);
  return m ? m[1].trim() : null;
}

/** Index of the first element whose key is >= target in a sorted list. */
export function lowerBound(size: number, keyAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const clone = <T>(value: T): T => structuredClone(value);

// ExecVision's live calls/search, asked while a viewer waits for the calls
// list: one request, a short deadline, and any failure answered as "no
// answer" so the list falls back to what is stored.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { type Env, getEnv } from "@/lib/env";
import { systemClock } from "@/lib/sync/clock";
import { easternBusinessHoursSchedule, LocalRateLimiter, type RateLimiter } from "@/lib/sync/rate-limit";
import { SharedRateLimiter } from "@/lib/sync/shared-rate-limit";
import { ExecVisionClient } from "./client";

/** The longest a list waits for ExecVision, the rate limiter's queue included. */
export const LIVE_SEARCH_TIMEOUT_MS = 2_000;
/** The field searched: the company, the one the documentation names for this use. */
export const LIVE_SEARCH_FIELD = "metadata.company";
/** The endpoint answers at most this many ids. */
const MAX_IDS = 1_000;
/** Answers are kept this long, so the pages of one list ask once. */
const CACHE_MS = 60_000;
const CACHE_ENTRIES = 100;

export interface LiveSearchConfig {
  baseUrl: string;
  userId: string;
  password: string;
  limiter?: RateLimiter;
  timeoutMs?: number;
}

type ConnectionEnv = Pick<Env, "EXECVISION_USER_ID" | "EXECVISION_PASSWORD" | "EXECVISION_BASE_URL">;

/** This process's own window, where the limit is not kept in the database (SQLite: the one process). */
let localLimiter: LocalRateLimiter | undefined;

/**
 * The connection to search with, null when ExecVision is not configured. On
 * PostgreSQL its requests take slots in the rate-limit window the workers
 * share, so a search never pushes a sync over ExecVision's limit.
 */
export function liveSearchConfig(env: ConnectionEnv, sql?: SqlConnection): LiveSearchConfig | null {
  if (!env.EXECVISION_USER_ID || !env.EXECVISION_PASSWORD) return null;
  const limiter =
    sql?.provider === "postgresql"
      ? new SharedRateLimiter(sql, "execvision", easternBusinessHoursSchedule(), systemClock)
      : (localLimiter ??= new LocalRateLimiter(easternBusinessHoursSchedule(), systemClock));
  return { baseUrl: env.EXECVISION_BASE_URL, userId: env.EXECVISION_USER_ID, password: env.EXECVISION_PASSWORD, limiter };
}

const cache = new Map<string, { ids: string[]; at: number }>();

/**
 * The ids of ExecVision calls whose company is `company` (the endpoint matches
 * the whole value, lower-cased), or null when ExecVision did not answer within
 * the deadline, refused, or answered something other than a list.
 */
export async function searchCallsByCompany(company: string, config: LiveSearchConfig, now = Date.now()): Promise<string[] | null> {
  const value = company.trim().toLowerCase();
  if (!value) return [];
  const key = `${config.baseUrl}\u0000${config.userId}\u0000${value}`;
  const cached = cache.get(key);
  if (cached && now - cached.at < CACHE_MS) return cached.ids;
  const timeoutMs = Math.min(config.timeoutMs ?? LIVE_SEARCH_TIMEOUT_MS, LIVE_SEARCH_TIMEOUT_MS);
  const client = new ExecVisionClient({ baseUrl: config.baseUrl, userId: config.userId, password: config.password, limiter: config.limiter, timeoutMs, maxAttempts: 1 });
  try {
    const ids = (await client.searchCalls(LIVE_SEARCH_FIELD, value, AbortSignal.timeout(timeoutMs))).filter((id) => id.length > 0 && id.length <= 200).slice(0, MAX_IDS);
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, { ids, at: now });
    return ids;
  } catch (error) {
    console.warn(`ExecVision's calls/search did not answer; the list shows stored matches only: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** The live search with this process's configuration: no ids when ExecVision is not configured or does not answer. */
export async function searchExecVisionCompany(sql: SqlConnection, company: string): Promise<string[]> {
  let config: LiveSearchConfig | null;
  try {
    config = liveSearchConfig(getEnv(), sql);
  } catch {
    return [];
  }
  return config ? ((await searchCallsByCompany(company, config)) ?? []) : [];
}

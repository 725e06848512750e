// Shared helpers for the simulator tests (real HTTP against a server on port 0).
import { startSimulators } from "./server";
import type { RunningSimulators, SimulatorOptions } from "./types";

export interface Fetched<T = any> { status: number; headers: Headers; body: T; text: string } // eslint-disable-line @typescript-eslint/no-explicit-any

export async function get<T = any>(url: string, headers: Record<string, string> = {}): Promise<Fetched<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(url, { headers });
  const text = await response.text();
  let body: T = undefined as T;
  try { body = text ? (JSON.parse(text) as T) : body; } catch { /* non-JSON bodies stay in text */ }
  return { status: response.status, headers: response.headers, body, text };
}

export function authHeaders(sims: RunningSimulators) {
  const c = sims.credentials;
  return {
    salesfinity: { "x-api-key": c.salesfinityApiKey },
    execvision: { authorization: `Basic ${Buffer.from(`${c.execvisionUserId}:${c.execvisionPassword}`).toString("base64")}` },
    analyses: { authorization: `Bearer ${c.analysesToken}` },
    voiceAgent: { authorization: `Bearer ${c.voiceAgentApiKey}` },
    revont: { authorization: `Bearer ${c.revontApiKey}` },
  };
}

/** A server with the demo dataset; the rate limit is off unless asked for. */
export function start(options: SimulatorOptions = {}): Promise<RunningSimulators> {
  return startSimulators({ execvisionRateLimit: false, ...options });
}

export const EV_API = "/api/ev/2";

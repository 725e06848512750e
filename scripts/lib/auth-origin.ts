// The site's address as next-auth reads it (NEXTAUTH_URL, AUTH_TRUST_HOST,
// straight from the environment). Trusting the Host header lets any request
// name the address next-auth builds its links from, so it is only ever what
// was configured; with neither set, the server assumes the local address.
import type { Env } from "../../lib/env";

/** Sets the server's variables in place; answers a warning to print, if any. */
export function applyAuthOrigin(target: Record<string, string | undefined>, env: Pick<Env, "NEXTAUTH_URL" | "AUTH_TRUST_HOST" | "PORT">, demo: boolean): string | null {
  // next-auth reads any value at all, "false" included, as trust.
  if (env.AUTH_TRUST_HOST) target.AUTH_TRUST_HOST = "true";
  else delete target.AUTH_TRUST_HOST;
  if (env.NEXTAUTH_URL || env.AUTH_TRUST_HOST) return null;
  target.NEXTAUTH_URL = `http://localhost:${env.PORT}`;
  if (demo) return null;
  return `NEXTAUTH_URL is not set: sign-in assumes the dashboard is opened at ${target.NEXTAUTH_URL}. Set it to the address users open (https in production, for secure cookies).`;
}

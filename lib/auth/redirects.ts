// Where the browser may be sent after signing in: a path of this site, never
// another origin. "//host" and "/\host" look like paths but browsers read them
// as addresses on another host, and so do paths that become one of those once
// tabs and newlines are dropped or the value is decoded again.
const PROBE_ORIGIN = "http://coachboard.invalid";

/** The value as a path of this site, or null when it could lead anywhere else. */
function sameOriginPath(value: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//host" resolves to the path "//host", which is an address again.
  if (path.startsWith("//") || path.startsWith("/\\")) return null;
  return path;
}

/** A same-origin path to go to after sign-in: the one asked for when it is safe, otherwise the fallback. */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2048) return fallback;
  const path = sameOriginPath(value);
  if (path === null) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (decoded !== value && sameOriginPath(decoded) === null) return fallback;
  return path;
}

/** next-auth's redirect callback: a path of this site or a URL on its own origin; anything else goes home. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (url.startsWith("/")) return `${base.origin}${safeCallbackPath(url)}`;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return base.origin;
  }
  if (target.origin !== base.origin) return base.origin;
  return `${base.origin}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
}

// Cross-site request forgery: a state-changing request is refused when a
// browser says it came from another origin. SameSite cookies alone do not
// cover it: another port on the same host is the same site.

export const STATE_CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Why the request must be refused as coming from another origin, or null.
 *
 * Sec-Fetch-Site, set by the browser and not forgeable by a page, decides when
 * present (same-origin, or none for a request the user made directly). Older
 * browsers send Origin instead: it must be this app's own origin, taken from
 * NEXTAUTH_URL when configured, else from the Host the request was sent to.
 * A request with neither header does not come from a browser, so it cannot
 * carry a victim's cookies on an attacker's behalf.
 */
export function crossOriginProblem(request: Request, appUrl: string | undefined): string | null {
  const site = request.headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site) {
    if (site === "same-origin" || site === "none") return null;
    return `This request came from ${site === "same-site" ? "another address on this site" : "another site"}; Coachboard only accepts changes from its own pages`;
  }
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  if (isOwnOrigin(origin.trim(), request, appUrl)) return null;
  return `This request came from ${origin.trim() || "an unnamed origin"}; Coachboard only accepts changes from its own pages`;
}

function isOwnOrigin(origin: string, request: Request, appUrl: string | undefined): boolean {
  if (!URL.canParse(origin)) return false;
  const from = new URL(origin);
  if (appUrl) return URL.canParse(appUrl) && from.origin === new URL(appUrl).origin;
  // Without a configured address the scheme is unknown (TLS may end at a proxy): the host and port decide.
  const host = request.headers.get("host")?.trim();
  if (!host || !URL.canParse(`${from.protocol}//${host}`)) return false;
  return from.host === new URL(`${from.protocol}//${host}`).host;
}

// Runs before every request without a body: an address that does not decode
// is a 400; a page gets a fresh nonce per response, put into the page's
// Content-Security-Policy on the request (Next reads it there and puts the
// nonce on its own scripts) and on the response. The other security headers,
// and a script-free policy for API answers and static files, come from
// next.config.mjs.
import { type NextRequest, NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { createNonce, pageContentSecurityPolicy } from "@/lib/http/csp";

/** Whether every %-escape of the path decodes: Next answers a plain 500 to one that does not. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return Response.json({ error: { code: "bad_request", message: "The address has a malformed %-escape" } }, { status: 400 });
  }
  // API answers carry no script: the fixed policy of next.config.mjs covers them.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({ nonce, development: getEnv().NODE_ENV === "development", https: request.nextUrl.protocol === "https:" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Any request whose path holds an escape, with a body or not: one that does not decode must be
    // answered here, since Next answers a plain 500 to it when it matches the route's parameters.
    { source: "/(.*%.*)" },
    {
      // Static files carry no script: the fixed policy of next.config.mjs covers them.
      source: "/((?!_next/static/|_next/image|favicon.ico).*)",
      // Next reads the whole body of a request the proxy runs on before the route sees it; a page
      // request with a body (there are none: no server actions) skips the proxy rather than being read.
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};

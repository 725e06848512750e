// /api/auth/*: next-auth's sign-in, sign-out and session endpoints.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { readBodyWithin } from "@/lib/http/body";
import { safeCallbackPath } from "@/lib/auth/redirects";
import { errorResponse, HttpError } from "@/lib/http/errors";

// An email, a password and next-auth's own fields: next-auth would read any size whole.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** A callbackUrl next-auth can read: a path of this site, or a URL on its own origin. */
function usableCallback(value: string, origin: string): boolean {
  if (value.startsWith("/")) return safeCallbackPath(value, "") !== "";
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The request without a callbackUrl (query or cookie) next-auth cannot use: it
 * would answer 500 to one that is no URL. Dropped, the sign-in goes home.
 */
function withoutUnusableCallbacks(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  let changed = false;
  const query = url.searchParams.get("callbackUrl");
  if (query !== null && !usableCallback(query, url.origin)) {
    url.searchParams.delete("callbackUrl");
    changed = true;
  }
  const cookies = (request.headers.get("cookie") ?? "").split(/;\s*/).filter(Boolean);
  const kept = cookies.filter((cookie) => {
    const at = cookie.indexOf("=");
    const name = at < 0 ? cookie : cookie.slice(0, at);
    if (!CALLBACK_COOKIES.includes(name)) return true;
    let value: string;
    try {
      value = decodeURIComponent(cookie.slice(at + 1));
    } catch {
      return false;
    }
    return usableCallback(value, url.origin);
  });
  if (kept.length !== cookies.length) changed = true;
  if (!changed) return request;
  const headers = new Headers(request.headers);
  if (kept.length) headers.set("cookie", kept.join("; "));
  else headers.delete("cookie");
  // A streamed body passes on unread (duplex "half"); the cap below reads it.
  const init = { method: request.method, headers, body: request.body, duplex: "half" };
  return new NextRequest(url, init as unknown as ConstructorParameters<typeof NextRequest>[1]);
}

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const { nextauth } = await context.params;
  // Credentials are posted; next-auth answers 500 to a GET of their callback.
  if (request.method !== "POST" && nextauth[0] === "callback") return errorResponse(405, "method_not_allowed", "Sign in with a POST", { allow: "POST" });
  request = withoutUnusableCallbacks(request);
  if (request.method === "POST" && request.body) {
    let body: Uint8Array;
    try {
      body = await readBodyWithin(request, MAX_AUTH_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      // The rest of the upload is left unread: closing the connection stops it.
      return errorResponse(error.status, error.code, error.message, { connection: "close" });
    }
    request = new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as BodyInit });
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };

// The one wrapper every route handler goes through: refuse cross-site
// changes, authenticate and authorize, then parse the query, path and body
// with zod (the body bounded while it streams in), call a lib/data function,
// answer in the error envelope { error: { code, message } }.
import "server-only";
import { z, type ZodType } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { DatabaseBusyError } from "@/lib/db/sql";
import { getEnv } from "@/lib/env";
import { DEFAULT_MAX_BODY_BYTES, declaresBody, readBodyWithin } from "./body";
import { busyResponse, errorResponse, forbidden, HttpError, unauthorized } from "./errors";
import { crossOriginProblem, STATE_CHANGING_METHODS } from "./origin";
import { describeZodError } from "./zod-error";

export { describeZodError };

type Access = "public" | "signed-in" | ((viewer: Viewer) => boolean);

interface RouteSpec<Q extends ZodType, P extends ZodType, B extends ZodType> {
  access: Access;
  query?: Q;
  params?: P;
  body?: B;
  /** The largest JSON body this route reads, in bytes (1 MB unless set). */
  maxBodyBytes?: number;
}

interface RouteContext<Q extends ZodType, P extends ZodType, B extends ZodType> {
  request: Request;
  viewer: Viewer;
  query: z.infer<Q>;
  params: z.infer<P>;
  body: z.infer<B>;
}

function parse<S extends ZodType>(schema: S | undefined, value: unknown, where: string): z.infer<S> {
  if (!schema) return undefined as z.infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, "bad_request", `Invalid ${where}: ${describeZodError(result.error)}`);
  return result.data;
}

function requireJsonContentType(request: Request): void {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    throw new HttpError(415, "unsupported_media_type", "Send the body as JSON, with Content-Type: application/json");
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, "bad_request", "The body must be JSON");
  }
}

async function authenticate(access: Access): Promise<Viewer> {
  if (access === "public") return null as unknown as Viewer;
  const viewer = await getViewer();
  if (!viewer) throw unauthorized();
  if (typeof access === "function" && !access(viewer)) throw forbidden();
  return viewer;
}

/**
 * A body left unread (refused before it was read, or past the cap) would keep
 * arriving on a kept-alive connection; closing it stops the upload.
 */
function closingConnection(response: Response): Response {
  try {
    response.headers.set("connection", "close");
    return response;
  } catch {
    // Headers of a redirect or a fetched response cannot be changed: copy them.
    const headers = new Headers(response.headers);
    headers.set("connection", "close");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

export function route<Q extends ZodType = ZodType, P extends ZodType = ZodType, B extends ZodType = ZodType>(
  spec: RouteSpec<Q, P, B>,
  handler: (ctx: RouteContext<Q, P, B>) => Promise<Response | unknown>,
) {
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    let bodyRead = false;
    let response: Response;
    try {
      if (STATE_CHANGING_METHODS.has(request.method.toUpperCase())) {
        const problem = crossOriginProblem(request, getEnv().NEXTAUTH_URL);
        if (problem) throw new HttpError(403, "cross_origin", problem);
      }
      const viewer = await authenticate(spec.access);
      const url = new URL(request.url);
      const query = parse(spec.query, Object.fromEntries(url.searchParams), "query");
      const params = parse(spec.params, await context.params, "path");
      let body: z.infer<B> = undefined as z.infer<B>;
      if (spec.body) {
        requireJsonContentType(request);
        const bytes = await readBodyWithin(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
        bodyRead = true;
        body = parse(spec.body, parseJson(bytes), "body");
      }
      const result = await handler({ request, viewer, query, params, body });
      response = result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (error instanceof HttpError) {
        response = errorResponse(error.status, error.code, error.message);
      } else if (error instanceof DatabaseBusyError) {
        response = busyResponse(error);
      } else {
        console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
        response = errorResponse(500, "internal", "Something went wrong on our side");
      }
    }
    return !bodyRead && request.body && declaresBody(request) ? closingConnection(response) : response;
  };
}

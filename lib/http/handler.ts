// The one wrapper every route handler goes through: parse the request with
// zod, authenticate, authorize, call a lib/data function, answer in the error
// envelope { error: { code, message } }.
import "server-only";
import { z, type ZodType } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { errorResponse, forbidden, HttpError, unauthorized } from "./errors";

type Access = "public" | "signed-in" | ((viewer: Viewer) => boolean);

interface RouteSpec<Q extends ZodType, P extends ZodType, B extends ZodType> {
  access: Access;
  query?: Q;
  params?: P;
  body?: B;
}

interface RouteContext<Q extends ZodType, P extends ZodType, B extends ZodType> {
  request: Request;
  viewer: Viewer;
  query: z.infer<Q>;
  params: z.infer<P>;
  body: z.infer<B>;
}

/** "limit: Too big: expected number to be <=100; from: Invalid ISO date" */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "request"}: ${issue.message}`).join("; ");
}

function parse<S extends ZodType>(schema: S | undefined, value: unknown, where: string): z.infer<S> {
  if (!schema) return undefined as z.infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, "bad_request", `Invalid ${where}: ${describeZodError(result.error)}`);
  return result.data;
}

export function route<Q extends ZodType = ZodType, P extends ZodType = ZodType, B extends ZodType = ZodType>(
  spec: RouteSpec<Q, P, B>,
  handler: (ctx: RouteContext<Q, P, B>) => Promise<Response | unknown>,
) {
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const query = parse(spec.query, Object.fromEntries(url.searchParams), "query");
      const params = parse(spec.params, await context.params, "path");
      let body: z.infer<B> = undefined as z.infer<B>;
      if (spec.body) {
        const json = await request.json().catch(() => {
          throw new HttpError(400, "bad_request", "The body must be JSON");
        });
        body = parse(spec.body, json, "body");
      }
      let viewer = null as unknown as Viewer;
      if (spec.access !== "public") {
        const found = await getViewer();
        if (!found) throw unauthorized();
        if (typeof spec.access === "function" && !spec.access(found)) throw forbidden();
        viewer = found;
      }
      const result = await handler({ request, viewer, query, params, body });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message);
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return errorResponse(500, "internal", "Something went wrong on our side");
    }
  };
}

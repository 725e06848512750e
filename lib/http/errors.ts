/** An error a route answers with its own status and a message for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = (what = "Not found") => new HttpError(404, "not_found", what);
export const badRequest = (message: string) => new HttpError(400, "bad_request", message);
export const unauthorized = () => new HttpError(401, "unauthorized", "Sign in first");
export const forbidden = () => new HttpError(403, "forbidden", "You may not do that");

/** The one error envelope every route answers with. */
export function errorResponse(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

/** Another process kept the database busy past a request's patience: try again shortly. */
export function busyResponse(error: { retryAfterSeconds: number }): Response {
  return errorResponse(503, "busy", "The database is busy with another process's write; try again in a few seconds", { "retry-after": String(error.retryAfterSeconds) });
}

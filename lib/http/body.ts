// Request bodies read with a byte cap while they stream in, so an oversized
// body costs at most the cap in memory and is refused before it has arrived.
import { HttpError } from "./errors";

/** The JSON APIs take small objects; a megabyte is far beyond any of them. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** "1 MB", "64 KB", "512 bytes" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

export function bodyTooLarge(limit: number): HttpError {
  return new HttpError(413, "too_large", `The body is larger than the ${formatBytes(limit)} this endpoint accepts`);
}

/** Whether the request says it carries a body (a length above 0, or chunks). */
export function declaresBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return (length !== null && length.trim() !== "0") || request.headers.has("transfer-encoding");
}

/**
 * The body's bytes, or a 413 as soon as more than `limit` have arrived (at
 * once when Content-Length already says so). The stream is left unread rather
 * than cancelled: cancelling destroys the socket before the 413 can be sent;
 * the caller answers with `Connection: close` instead, which stops the upload.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw bodyTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw bodyTooLarge(limit);
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

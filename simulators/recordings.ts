// GET /recordings/<file>: the committed demo audio, with byte ranges so
// browsers can seek. No auth, any query string (signed-URL tokens) ignored.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { RECORDINGS_DIR } from "./dataset/manifest";

export type Range = { start: number; end: number } | "unsatisfiable" | null;

/** One range of a Range header; null means serve the whole file (absent, malformed, or several ranges). */
export function parseRange(header: string | undefined, size: number): Range {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== "" && Number(m[2]) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end };
}

function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ error: message });
  res.writeHead(status, { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

/** Serves the file and resolves with the status sent. */
export async function serveRecording(req: IncomingMessage, res: ServerResponse, name: string, dir = RECORDINGS_DIR): Promise<number> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendError(res, 405, `Method ${req.method} not allowed`, { Allow: "GET, HEAD" });
    return 405;
  }
  const file = path.join(dir, name);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || path.dirname(file) !== path.resolve(dir)) {
    sendError(res, 404, `Recording ${name} not found`);
    return 404;
  }
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    size = info.size;
  } catch {
    sendError(res, 404, `Recording ${name} not found`);
    return 404;
  }
  const range = parseRange(req.headers.range, size);
  const base = { "Accept-Ranges": "bytes", "Content-Type": "audio/ogg", "Cache-Control": "no-cache" };
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...base, "Content-Range": `bytes */${size}`, "Content-Length": 0 });
    res.end();
    return 416;
  }
  const status = range ? 206 : 200;
  const start = range ? range.start : 0;
  const end = range ? range.end : size - 1;
  const headers: Record<string, string | number> = { ...base, "Content-Length": Math.max(0, end - start + 1) };
  if (range) headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  res.writeHead(status, headers);
  if (req.method === "HEAD" || size === 0) {
    res.end();
    return status;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file, { start, end });
    stream.on("error", () => { res.destroy(); resolve(); });
    res.on("close", () => { stream.destroy(); resolve(); });
    stream.pipe(res);
  });
  return status;
}

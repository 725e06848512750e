// A request body made on demand, counting what the reader pulled: a test can
// send hundreds of megabytes without allocating them, and see how much of the
// body a handler read before it answered.

export interface StreamedBody {
  stream: ReadableStream<Uint8Array>;
  /** Bytes handed to the reader so far. */
  readonly pulled: number;
}

export function streamedBody(totalBytes: number, options: { chunkBytes?: number; fill?: number } = {}): StreamedBody {
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  const chunk = new Uint8Array(chunkBytes).fill(options.fill ?? 0x20);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= totalBytes) return controller.close();
        const size = Math.min(chunkBytes, totalBytes - pulled);
        pulled += size;
        controller.enqueue(size === chunkBytes ? chunk.slice() : chunk.slice(0, size));
      },
    },
    // Nothing is made before the reader asks for it.
    { highWaterMark: 0 },
  );
  return {
    stream,
    get pulled() {
      return pulled;
    },
  };
}

/** A request carrying a streamed body (no Content-Length, as when sent in chunks). */
export function streamedRequest(url: string, body: StreamedBody, init: { method?: string; headers?: Record<string, string> } = {}): Request {
  return new Request(url, { method: init.method ?? "POST", headers: { "transfer-encoding": "chunked", ...init.headers }, body: body.stream, duplex: "half" } as RequestInit);
}

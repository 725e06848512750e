// Worker decoders over real HTTP: the request is made and decoded on the
// worker, and every answer comes back as the main thread would have seen it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCallsBody } from "@/lib/vendors/execvision/decode-calls";
import { BrokenBodyError, type Decoder, workerDecoder } from "./decode-pool";
import { VendorHttp } from "./http";

const page = JSON.stringify([
  { id: "a", callTime: "2026-10-01T10:00:00Z", transcript: [{ start: "1.5", end: "1.75", word: "hello", p: ".", v: 0 }] },
  { id: "b", callTime: "2026-10-01T11:00:00Z", transcript: null },
]);
let hits = new Map<string, number>();
let server: http.Server;
let base: string;
let decoder: Decoder;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "";
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    if (path === "/ok") return res.writeHead(200, { "content-type": "application/json" }).end(page);
    if (path === "/flaky") return res.writeHead(200).end(hit === 1 ? page.slice(0, 40) : page);
    if (path === "/busy") return res.writeHead(503, { "retry-after": "0" }).end("busy");
    if (path === "/refused") return res.writeHead(422).end("since is not a date");
    if (path === "/slow") return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  decoder = workerDecoder(new URL("../vendors/execvision/decode-calls.ts", import.meta.url), "decodeCallsBody");
});

afterAll(async () => {
  await decoder?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe("a worker decoder", () => {
  it("fetches and decodes on the worker exactly as on this thread", async () => {
    const exchange = await decoder.fetch!(`${base}/ok`, {}, 5000);
    expect(exchange.kind).toBe("body");
    const inline = decodeCallsBody(new TextEncoder().encode(page).buffer as ArrayBuffer);
    expect(exchange.kind === "body" && exchange.value).toEqual(JSON.parse(JSON.stringify(inline)));
  });

  it("decodes bytes handed to it, and reports a broken body as broken", async () => {
    const body = new TextEncoder().encode(page).buffer as ArrayBuffer;
    expect(await decoder.decode(body)).toEqual(JSON.parse(JSON.stringify(decodeCallsBody(new TextEncoder().encode(page).buffer as ArrayBuffer))));
    await expect(decoder.decode(new TextEncoder().encode("[{").buffer as ArrayBuffer)).rejects.toBeInstanceOf(BrokenBodyError);
  });

  it("gives other statuses back with Retry-After and the vendor's message", async () => {
    expect(await decoder.fetch!(`${base}/busy`, {}, 5000)).toEqual({ kind: "status", status: 503, retryAfter: "0", detail: "" });
    expect(await decoder.fetch!(`${base}/refused`, {}, 5000)).toEqual({ kind: "status", status: 422, retryAfter: null, detail: "since is not a date" });
  });

  it("times out on the worker, and stops a request when the caller aborts", async () => {
    await expect(decoder.fetch!(`${base}/slow`, {}, 200)).rejects.toMatchObject({ name: "TimeoutError" });
    const controller = new AbortController();
    const pending = decoder.fetch!(`${base}/slow`, {}, 60_000, controller.signal);
    setTimeout(() => controller.abort(new Error("stopped")), 50);
    await expect(pending).rejects.toThrow("stopped");
  });

  it("lets the HTTP client retry a truncated body and a 503 through it", async () => {
    hits = new Map();
    const client = new VendorHttp({ vendor: "execvision", baseUrl: base, headers: {}, credentialNames: ["X"], baseDelayMs: 1, maxDelayMs: 5 });
    const value = await client.getJson("/flaky", {}, undefined, decoder);
    expect((value as { records: unknown[] }).records).toHaveLength(2);
    expect(hits.get("/flaky")).toBe(2);
    await expect(client.getJson("/busy", {}, undefined, decoder)).rejects.toThrow(/after 6 attempts \(last: HTTP 503\)/);
    await expect(client.getJson("/refused", {}, undefined, decoder)).rejects.toThrow(/HTTP 422: since is not a date/);
  });
});

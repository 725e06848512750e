import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { HttpError } from "./errors";
import type { Resolver } from "./outbound";
import { proxyRecording, type RecordingPolicy, recordingPolicy, streamBody } from "./recording-proxy";

const AUDIO = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));
const HTML = "<!doctype html><script>fetch('/api/admin/users').then((r) => r.text()).then(alert)</script>";

let server: Server;
let origin: string;
let host: string;
const hits: { path: string; headers: IncomingHttpHeaders }[] = [];
const pathsHit = () => hits.map((h) => h.path);

function serve(path: string, res: ServerResponse, headers: IncomingHttpHeaders) {
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) {
    const left = Number(hop[1]);
    if (left > 0) return res.writeHead(302, { location: `/hop/${left - 1}` }).end();
    return res.writeHead(200, { "content-type": "audio/mpeg", "content-length": AUDIO.length }).end(AUDIO);
  }
  switch (path) {
    case "/audio.ogg":
      return res.writeHead(200, { "content-type": "audio/ogg; codecs=opus", "content-length": AUDIO.length, etag: '"v1"' }).end(AUDIO);
    case "/page.html":
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(HTML) }).end(HTML);
    case "/ranged.mp3": {
      if (!headers.range) return res.writeHead(200, { "content-type": "audio/mpeg", "content-length": AUDIO.length }).end(AUDIO);
      return res
        .writeHead(206, {
          "content-type": "audio/mpeg",
          "content-length": 100,
          "content-range": `bytes 100-199/${AUDIO.length}`,
          "accept-ranges": "bytes",
          etag: '"v1"',
          "last-modified": "Tue, 02 Jun 2026 10:00:00 GMT",
        })
        .end(AUDIO.subarray(100, 200));
    }
    case "/unsatisfiable":
      return res.writeHead(416, { "content-type": "text/html", "content-range": `bytes */${AUDIO.length}` }).end(HTML);
    case "/gone":
      return res.writeHead(404, { "content-type": "text/plain" }).end("no such recording");
    case "/broken":
      return res.writeHead(500, { "content-type": "text/plain" }).end("stack trace with internal secrets");
    case "/slow": {
      // Four chunks a second apart: longer in total than either timeout the test sets.
      res.writeHead(200, { "content-type": "audio/mpeg" });
      let sent = 0;
      const tick = setInterval(() => {
        res.write(AUDIO.subarray(sent * 250, (sent + 1) * 250));
        if (++sent === 4) {
          clearInterval(tick);
          res.end();
        }
      }, 1000);
      res.on("close", () => clearInterval(tick));
      return;
    }
    case "/stalls":
      res.writeHead(200, { "content-type": "audio/mpeg" });
      return res.write(AUDIO.subarray(0, 100));
    case "/silent":
      return; // never answers
    case "/large":
      return res.writeHead(200, { "content-type": "audio/mpeg" }).end(Buffer.alloc(2_000_000, 7));
    case "/to-private":
      return res.writeHead(302, { location: `http://inside.example.test:${new URL(origin).port}/secret` }).end();
    case "/to-other-port":
      return res.writeHead(307, { location: "http://127.0.0.1:1/secret" }).end();
    case "/to-metadata":
      return res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    case "/to-data":
      return res.writeHead(302, { location: "data:text/html,<script>alert(1)</script>" }).end();
    default:
      return res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push({ path: req.url ?? "", headers: req.headers });
    serve(req.url ?? "", res, req.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  host = `127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Names under example.test resolve as this table says, without DNS. */
const resolver: Resolver = async (hostname) => {
  const table: Record<string, string[]> = { "inside.example.test": ["127.0.0.1"], "mixed.example.test": ["93.184.216.34", "10.0.0.7"], "public.example.test": ["203.0.113.9"] };
  const found = table[hostname];
  if (!found) throw new Error(`ENOTFOUND ${hostname}`);
  return found.map((address) => ({ address, family: 4 }));
};

function policy(hosts: string | undefined, overrides: Partial<RecordingPolicy> = {}): RecordingPolicy {
  const env = parseEnv(hosts === undefined ? {} : { SALESFINITY_RECORDING_HOSTS: hosts });
  return { ...recordingPolicy("salesfinity", env), resolve: resolver, ...overrides };
}

function browserRequest(headers: Record<string, string> = {}): Request {
  return new Request("http://coachboard.test/api/calls/1/recording", {
    headers: { cookie: "next-auth.session-token=the-admins-session", authorization: "Bearer ours", ...headers },
  });
}

async function refusal(url: string, p: RecordingPolicy): Promise<{ status: number; code: string }> {
  const response = await proxyRecording(url, browserRequest(), p);
  const body = (await response.json()) as { error: { code: string } };
  return { status: response.status, code: body.error.code };
}

describe("proxyRecording refuses", () => {
  it.each([
    ["a loopback literal", () => `${origin}/audio.ogg`],
    ["the app itself", () => "http://127.0.0.1:3000/api/health"],
    ["a private literal", () => "http://10.0.0.8/recording.mp3"],
    ["the metadata address", () => "http://169.254.169.254/latest/meta-data/iam/security-credentials/"],
    ["a link-local IPv6 literal", () => "http://[fe80::1]/a.mp3"],
    ["IPv6 loopback", () => `http://[::1]:${new URL(origin).port}/audio.ogg`],
    ["loopback as IPv4-mapped IPv6", () => `http://[::ffff:127.0.0.1]:${new URL(origin).port}/audio.ogg`],
    ["loopback spelled as a number", () => `http://2130706433:${new URL(origin).port}/audio.ogg`],
    ["localhost", () => `http://localhost:${new URL(origin).port}/audio.ogg`],
    ["a name resolving to loopback", () => `http://inside.example.test:${new URL(origin).port}/audio.ogg`],
    ["a name with one private address among public ones", () => `http://mixed.example.test:${new URL(origin).port}/audio.ogg`],
    ["a data: URL", () => "data:text/html,<script>alert(document.cookie)</script>"],
    ["a file: URL", () => "file:///etc/passwd"],
    ["an ftp: URL", () => "ftp://ftp.example.com/recording.mp3"],
    ["something that is not a URL", () => "recording.mp3"],
  ])("%s, without connecting", async (_, url) => {
    hits.length = 0;
    expect(await refusal(url(), policy(undefined))).toEqual({ status: 502, code: "recording_refused" });
    expect(hits).toEqual([]);
  });

  it("a host the configured allowlist does not name", async () => {
    hits.length = 0;
    expect(await refusal(`${origin}/audio.ogg`, policy("recordings.example.com"))).toEqual({ status: 502, code: "recording_refused" });
    expect(await refusal(`${origin}/audio.ogg`, policy("127.0.0.1:1"))).toEqual({ status: 502, code: "recording_refused" });
    expect(hits).toEqual([]);
  });

  it("a name on the allowlist that resolves to loopback (only an IP written out may be private)", async () => {
    hits.length = 0;
    expect(await refusal(`http://inside.example.test:${new URL(origin).port}/audio.ogg`, policy("*.example.test"))).toEqual({
      status: 502,
      code: "recording_refused",
    });
    expect(hits).toEqual([]);
  });

  it.each([
    ["a private address", "/to-private"],
    ["another port on loopback", "/to-other-port"],
    ["the metadata address", "/to-metadata"],
    ["a data: URL", "/to-data"],
  ])("a redirect to %s", async (_, path) => {
    hits.length = 0;
    expect(await refusal(`${origin}${path}`, policy(`${host}, *.example.test`))).toEqual({ status: 502, code: "recording_refused" });
    expect(pathsHit()).toEqual([path]);
  });

  it("more than 3 redirects", async () => {
    hits.length = 0;
    expect(await refusal(`${origin}/hop/4`, policy(host))).toEqual({ status: 502, code: "recording_refused" });
    expect(pathsHit()).toEqual(["/hop/4", "/hop/3", "/hop/2", "/hop/1"]);
  });
});

describe("proxyRecording serves", () => {
  it("audio from an allowlisted 127.0.0.1:PORT with its type, nosniff and inline, sending none of our cookies", async () => {
    hits.length = 0;
    const response = await proxyRecording(`${origin}/audio.ogg`, browserRequest(), policy(host));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/ogg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe("inline");
    expect(response.headers.get("content-length")).toBe(String(AUDIO.length));
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect(Buffer.from(await response.arrayBuffer()).equals(AUDIO)).toBe(true);
    expect(hits).toHaveLength(1);
    expect(hits[0].headers.cookie).toBeUndefined();
    expect(hits[0].headers.authorization).toBeUndefined();
  });

  it("an HTML answer as application/octet-stream, never as a page on our origin", async () => {
    const response = await proxyRecording(`${origin}/page.html`, browserRequest(), policy(host));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe("inline");
    expect(response.headers.get("content-security-policy")).toBe("sandbox");
    await response.arrayBuffer();
  });

  it("a byte range: Range and If-Range forwarded, the 206 passed through with its length and range", async () => {
    hits.length = 0;
    const response = await proxyRecording(`${origin}/ranged.mp3`, browserRequest({ range: "bytes=100-199", "if-range": '"v1"' }), policy(host));
    expect(hits[0].headers.range).toBe("bytes=100-199");
    expect(hits[0].headers["if-range"]).toBe('"v1"');
    expect(response.status).toBe(206);
    expect(response.headers.get("content-length")).toBe("100");
    expect(response.headers.get("content-range")).toBe(`bytes 100-199/${AUDIO.length}`);
    expect(response.headers.get("last-modified")).toBe("Tue, 02 Jun 2026 10:00:00 GMT");
    expect(Buffer.from(await response.arrayBuffer()).equals(AUDIO.subarray(100, 200))).toBe(true);
  });

  it("a 416 with its Content-Range and without the vendor's body", async () => {
    const response = await proxyRecording(`${origin}/unsatisfiable`, browserRequest({ range: "bytes=5000-" }), policy(host));
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(`bytes */${AUDIO.length}`);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(await response.text()).toBe("");
  });

  it("up to 3 redirects on allowlisted hosts", async () => {
    hits.length = 0;
    const response = await proxyRecording(`${origin}/hop/3`, browserRequest(), policy(host));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(AUDIO)).toBe(true);
    expect(pathsHit()).toEqual(["/hop/3", "/hop/2", "/hop/1", "/hop/0"]);
  });

  it("a slow but live stream whole, though it takes longer than the first-byte and idle timeouts", async () => {
    const response = await proxyRecording(`${origin}/slow`, browserRequest(), policy(host, { firstByteTimeoutMs: 2500, idleTimeoutMs: 2500 }));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(AUDIO)).toBe(true);
  });

  it("a stream whose reader pauses longer than the idle timeout (a paused player)", async () => {
    const response = await proxyRecording(`${origin}/large`, browserRequest(), policy(host, { idleTimeoutMs: 200 }));
    const reader = response.body!.getReader();
    let received = (await reader.read()).value!.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (let next = await reader.read(); !next.done; next = await reader.read()) received += next.value.length;
    expect(received).toBe(2_000_000);
  });
});

describe("proxyRecording answers in the error envelope", () => {
  it("404 when the vendor no longer has the recording", async () => {
    const error = await proxyRecording(`${origin}/gone`, browserRequest(), policy(host)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(404);
  });

  it("502 for a vendor error, without the vendor's body", async () => {
    const response = await proxyRecording(`${origin}/broken`, browserRequest(), policy(host));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "recording_unavailable", message: "The recording answered HTTP 500" } });
    expect(text).not.toContain("secret");
  });

  it("502 when nothing arrives before the first-byte timeout", async () => {
    expect(await refusal(`${origin}/silent`, policy(host, { firstByteTimeoutMs: 300 }))).toEqual({ status: 502, code: "recording_unavailable" });
  });

  it("a name resolving to a public address is connected to, not refused", async () => {
    const outcome = await proxyRecording("http://public.example.test:9/a.mp3", browserRequest(), policy(undefined, { firstByteTimeoutMs: 300 })).then(
      async (response) => ((await response.json()) as { error?: { code: string } }).error?.code ?? response.status,
      (error: unknown) => (error instanceof HttpError ? error.status : error),
    );
    // Whatever this machine's network makes of 203.0.113.9 (nothing, or a proxy's answer), the address check let it through.
    expect(outcome).not.toBe("recording_refused");
  });

  it("an error mid-stream when the vendor goes quiet for longer than the idle timeout", async () => {
    const response = await proxyRecording(`${origin}/stalls`, browserRequest(), policy(host, { idleTimeoutMs: 300 }));
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow(/sent nothing/);
  });
});

describe("the recording stream", () => {
  it("a browser that goes away while a chunk is awaited ends it quietly: nothing is written to the closed stream, nothing is logged", async () => {
    const upstream = new PassThrough();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const reader = streamBody(upstream as unknown as import("node:http").IncomingMessage, 5_000, "the vendor").getReader();
      upstream.write(Buffer.from("first"));
      expect(new TextDecoder().decode((await reader.read()).value)).toBe("first");
      const pending = reader.read();
      await new Promise((resolve) => setTimeout(resolve, 10));
      // The next chunk is in hand as the browser goes away.
      upstream.write(Buffer.from("late"));
      const cancelled = reader.cancel();
      await Promise.all([pending, cancelled]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(upstream.destroyed).toBe(true);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

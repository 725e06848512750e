// Security against the running app: headers on every kind of response, no
// page tripping its own Content-Security-Policy, changes refused from another
// origin, and bodies refused before they are read.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import type { APIResponse, BrowserContext, Page } from "@playwright/test";
import { DEMO_WEBHOOK_SECRETS } from "../scripts/lib/simulator-env";
import { expect, signIn, test } from "./fixtures";
import { E2E_PORT } from "./ports";

const APP = `http://127.0.0.1:${E2E_PORT}`;
const MB = 1024 * 1024;

function expectCommonHeaders(response: APIResponse, what: string): void {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\).*microphone=\(\)/);
  expect(headers["content-security-policy"], what).toMatch(/frame-ancestors 'none'/);
  expect(headers["strict-transport-security"], `${what} over plain http`).toBeUndefined();
}

test("every response carries the security headers; pages a nonce their scripts carry", async ({ request }) => {
  const login = await request.get("/login");
  expectCommonHeaders(login, "a page");
  const policy = login.headers()["content-security-policy"];
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
  const html = await login.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const again = /'nonce-([^']+)'/.exec((await request.get("/login")).headers()["content-security-policy"])?.[1];
  expect(again).not.toBe(nonce);

  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing, "a missing page");
  const missingNonce = /'nonce-([^']+)'/.exec(missing.headers()["content-security-policy"])?.[1];
  for (const tag of [...(await missing.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0])) expect(tag).toContain(`nonce="${missingNonce}"`);

  const scriptPath = /<script\b[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(scriptPath).toBeTruthy();
  for (const [what, response] of [
    ["a static file", await request.get(scriptPath!)],
    ["an API answer", await request.get("/api/health")],
    ["an API refusal", await request.get("/api/calls")],
    ["a missing API", await request.get("/api/no-such-thing")],
    ["next-auth", await request.get("/api/auth/csrf")],
  ] as const) {
    expectCommonHeaders(response, what);
    expect(response.headers()["content-security-policy"], what).toMatch(/^default-src 'none'/);
  }

  const overHttps = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  expect(overHttps.headers()["content-security-policy"]).toMatch(/upgrade-insecure-requests/);
  expect((await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toMatch(/^max-age=/);
});

/** Content-Security-Policy and Permissions-Policy complaints the page or the console reports. */
async function watchPolicies(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy|securitypolicyviolation|Permissions.Policy|Refused to/i.test(message.text())) problems.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return problems;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
}

test("no page trips the Content-Security-Policy, and a recording still loads and plays", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const problems = await watchPolicies(context);
  const page = await context.newPage();
  await page.goto("/login");
  await settle(page);
  await signIn(page, "admin");

  const calls = (await (await page.request.get("/api/calls?vendor=analyses&pageSize=100")).json()) as { calls: { id: number; repId: number | null; hasRecording: boolean }[] };
  const recorded = calls.calls.find((c) => c.hasRecording && c.repId);
  expect(recorded, "a recorded call").toBeDefined();
  for (const path of ["/leaderboard", "/calls", `/reps/${recorded!.repId}`, "/coaching", "/admin", "/no-such-page"]) {
    await page.goto(path);
    await settle(page);
  }
  await page.goto(`/calls/${recorded!.id}`);
  await page.waitForFunction(() => (document.querySelector("audio")?.readyState ?? 0) >= 1);
  await page.evaluate(() => {
    const audio = document.querySelector("audio")!;
    audio.muted = true;
    return audio.play();
  });
  await page.waitForFunction(() => (document.querySelector("audio")?.currentTime ?? 0) > 0.2);
  // Client-side navigation loads chunks through the nonce-trusted loader.
  await page.getByRole("link", { name: "Leaderboard", exact: true }).click();
  await expect(page).toHaveURL(/\/leaderboard/);
  await settle(page);
  await context.close();
  expect(problems).toEqual([]);
});

/** Pages on another port of the same host: the same site, another origin. */
async function foreignSite(pages: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => res.writeHead(200, { "content-type": "text/html" }).end(pages[req.url ?? ""] ?? "<!doctype html>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("a page on another origin cannot create an account with the admin's cookies; the app's own page can", async ({ asAdmin: page }) => {
  const stamp = Date.now();
  const forged = `forged-${stamp}@evil.example`;
  // A text/plain form whose one field makes the body read as JSON.
  const site = await foreignSite({
    "/form": `<!doctype html><form id="f" method="POST" action="${APP}/api/admin/users" enctype="text/plain">
      <input type="hidden" name='{"email":"${forged}","name":"Forged","role":"admin","password":"forged-password-1","x":"' value='"}'>
    </form><script>document.getElementById("f").submit()</script>`,
  });
  try {
    const answer = page.waitForResponse((r) => r.url() === `${APP}/api/admin/users` && r.request().method() === "POST");
    await page.goto(`${site.url}/form`);
    const response = await answer;
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "cross_origin", message: expect.stringContaining("another address on this site") } });

    // A script on that page fares no better.
    await page.goto(`${site.url}/blank`);
    const scripted = page.waitForResponse((r) => r.url() === `${APP}/api/admin/users` && r.request().method() === "POST");
    await page.evaluate(
      ([url, email]) => fetch(url, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: JSON.stringify({ email, name: "Forged", role: "admin", password: "forged-password-1" }) }).then(() => undefined),
      [`${APP}/api/admin/users`, forged],
    );
    expect((await scripted).status()).toBe(403);
  } finally {
    await site.close();
  }

  await page.goto("/admin");
  const own = await page.evaluate(
    (email) => fetch("/api/admin/users", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, name: "Own Page", role: "admin", password: "own-page-password-1" }) }).then((r) => r.status),
    `own-page-${stamp}@coachboard.demo`,
  );
  expect(own).toBe(201);
  const users = JSON.stringify(await (await page.request.get("/api/admin/users")).json());
  expect(users).not.toContain(forged);
  expect(users).toContain(`own-page-${stamp}@coachboard.demo`);
});

interface StreamedAnswer {
  status: number;
  /** The error envelope of the answer, if any. */
  error: { code: string; message: string } | null;
}

/**
 * A POST over a plain socket whose chunked body never ends: `bodyBytes` are
 * written and then the client waits. The answer therefore came without the
 * whole body, and the promise settles only once the server has closed the
 * connection, so it does not wait for the rest either (20 s without: failed). (The client writes nothing once it waits: a
 * write after the server has closed fails, and Node then drops an answer it
 * had not read yet.)
 */
function postUnendingBody(path: string, bodyBytes: number, headers: Record<string, string>): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(E2E_PORT, "127.0.0.1");
    const head = Object.entries({ host: `127.0.0.1:${E2E_PORT}`, "content-type": "application/json", "transfer-encoding": "chunked", ...headers });
    socket.write(`POST ${path} HTTP/1.1\r\n${head.map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n`);
    const chunk = Buffer.concat([Buffer.from(`${(64 * 1024).toString(16)}\r\n`), Buffer.alloc(64 * 1024, 0x20), Buffer.from("\r\n")]);
    for (let sent = 0; sent < bodyBytes; sent += 64 * 1024) socket.write(chunk);
    let raw = "";
    const gaveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close within 20 s; received: ${JSON.stringify(raw.slice(0, 200))}`));
    }, 20_000);
    socket.on("data", (data: Buffer) => (raw += data.toString("latin1")));
    // A reset after the answer (the server closed with the body unread) ends the socket like a close.
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(gaveUp);
      const envelope = /\{"error":\{.*\}\}/.exec(raw)?.[0];
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0), error: envelope ? JSON.parse(envelope).error : null });
    });
  });
}

test("bodies are refused before they are read: 401 signed out, 413 past the cap, webhooks past 64 KB", async ({ browser }) => {
  // Signed out: the answer comes with the body barely begun.
  const signedOut = await postUnendingBody("/api/admin/users", 256 * 1024, {});
  expect(signedOut.status).toBe(401);
  expect(signedOut.error?.code).toBe("unauthorized");

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "admin");
  const cookie = (await context.cookies(APP)).map((c) => `${c.name}=${c.value}`).join("; ");
  // Signed in: past the cap the server stops reading and answers, though more is on its way.
  const oversized = await postUnendingBody("/api/admin/users", 2 * MB, { cookie });
  expect(oversized.status).toBe(413);
  expect(oversized.error).toEqual({ code: "too_large", message: "The body is larger than the 1 MB this endpoint accepts" });
  await context.close();

  const webhook = await postUnendingBody("/api/webhooks/analyses", 256 * 1024, { "x-coachboard-signature": `sha256=${"0".repeat(64)}` });
  expect(webhook.status).toBe(413);
  expect(webhook.error?.message).toBe("The body is larger than the 64 KB this endpoint accepts");

  // Nothing is left hanging: the server answers the next request as usual.
  expect((await fetch(`${APP}/api/health`)).status).toBe(200);
});

test("a signed webhook naming anything but a UUID is refused before it is recorded", async ({ request }) => {
  for (const [vendor, secret] of [
    ["analyses", DEMO_WEBHOOK_SECRETS.analyses],
    ["voice-agent", DEMO_WEBHOOK_SECRETS.voiceAgent],
  ] as const) {
    for (const id of ["..", "../..", "a/b"]) {
      const body = JSON.stringify({ id, event: "analysis.completed" });
      const response = await request.post(`/api/webhooks/${vendor}`, {
        headers: { "content-type": "application/json", "x-coachboard-signature": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}` },
        data: body,
      });
      expect(response.status(), `${vendor} ${id}`).toBe(400);
      expect((await response.json()).error.message).toMatch(/^Invalid body: id must be a UUID/);
    }
  }
});

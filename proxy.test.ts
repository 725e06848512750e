import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "./proxy";

describe("proxy", () => {
  it("gives each page response its own nonce, on the response and on the request Next renders from", () => {
    const first = proxy(new NextRequest("http://coach.test/leaderboard", { headers: { "content-security-policy": "script-src *", "x-nonce": "forged" } }));
    const second = proxy(new NextRequest("http://coach.test/leaderboard"));
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(second.headers.get("content-security-policy")!)![1]);
    // NextResponse.next({ request }) hands the rewritten request headers to the render this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(policy).not.toMatch(/upgrade-insecure-requests/);
    expect(proxy(new NextRequest("https://coach.test/calls")).headers.get("content-security-policy")).toMatch(/upgrade-insecure-requests/);
  });

  it("skips static files and requests that carry a body (which Next would read in full first), unless their path holds an escape", () => {
    const [escaped, matcher] = config.matcher as { source: string; missing?: { key: string }[] }[];
    expect(new RegExp(`^${escaped.source}$`).test("/api/reps/%ZZ")).toBe(true);
    expect(new RegExp(`^${escaped.source}$`).test("/api/reps/12")).toBe(false);
    expect(escaped.missing).toBeUndefined();
    const source = new RegExp(`^${matcher.source}$`);
    for (const path of ["/", "/login", "/calls/12", "/admin", "/api", "/api/calls", "/api/auth/session", "/nothing-here"]) expect(source.test(path), path).toBe(true);
    for (const path of ["/_next/static/chunks/app.js", "/favicon.ico"]) expect(source.test(path), path).toBe(false);
    expect(matcher.missing!.map((m) => m.key).sort()).toEqual(["content-length", "transfer-encoding"]);
  });

  it("gives API answers no page policy, and answers an address that does not decode with a 400", async () => {
    expect(proxy(new NextRequest("http://coach.test/api/calls")).headers.get("content-security-policy")).toBeNull();
    for (const path of ["/api/reps/%ZZ", "/calls/%E0%A4%A", "/api/calls/%C0%AF/transcript"]) {
      const response = proxy(new NextRequest(`http://coach.test${path}`));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "bad_request", message: expect.stringMatching(/malformed/) } });
    }
  });
});

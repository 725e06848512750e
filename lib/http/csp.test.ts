import { describe, expect, it } from "vitest";
import { createNonce, pageContentSecurityPolicy } from "./csp";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts that carry the nonce, or that they load, and frames nothing in", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc123" }));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy.get("script-src")).not.toMatch(/unsafe/);
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("connect-src")).toBe("'self'");
    expect(policy.get("media-src")).toBe("'self'");
    expect(policy.get("img-src")).toBe("'self' data: blob:");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only in development, and upgrades requests only under https", () => {
    expect(pageContentSecurityPolicy({ nonce: "n", development: true })).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(pageContentSecurityPolicy({ nonce: "n", https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("createNonce", () => {
  it("is base64 of 18 random bytes, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

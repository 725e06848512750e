// next-auth trusts the Host header only when AUTH_TRUST_HOST=true is configured.
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { applyAuthOrigin } from "./auth-origin";

function serverEnv(source: Record<string, string>, demo = false) {
  const target: Record<string, string | undefined> = { ...source };
  const warning = applyAuthOrigin(target, parseEnv(source), demo);
  return { target, warning };
}

describe("the address next-auth is given", () => {
  it("is the local one when none is configured: a missing NEXTAUTH_URL never means trusting the Host header", () => {
    const { target, warning } = serverEnv({ PORT: "3100" });
    expect(target.AUTH_TRUST_HOST).toBeUndefined();
    expect(target.NEXTAUTH_URL).toBe("http://localhost:3100");
    expect(warning).toMatch(/NEXTAUTH_URL is not set/);
    expect(serverEnv({ PORT: "3100" }, true).warning).toBeNull();
  });

  it("is the configured one", () => {
    const { target, warning } = serverEnv({ NEXTAUTH_URL: "https://coach.example.com" });
    expect(target).toMatchObject({ NEXTAUTH_URL: "https://coach.example.com" });
    expect(target.AUTH_TRUST_HOST).toBeUndefined();
    expect(warning).toBeNull();
  });

  it("comes from the Host header only when AUTH_TRUST_HOST=true", () => {
    const trusted = serverEnv({ AUTH_TRUST_HOST: "true" }).target;
    expect(trusted.AUTH_TRUST_HOST).toBe("true");
    expect(trusted.NEXTAUTH_URL).toBeUndefined();
    // next-auth would read the string "false" as trust: it is removed.
    expect(serverEnv({ AUTH_TRUST_HOST: "false" }).target.AUTH_TRUST_HOST).toBeUndefined();
  });
});

// The sign-in endpoint reads a bounded body: next-auth itself would read any size whole.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "./route";

describe("POST /api/auth/*", () => {
  it("refuses a body past 16 KB with 413 in the error envelope, before next-auth reads it", async () => {
    const body = new URLSearchParams({ email: "ana@example.com", password: "x".repeat(20_000) }).toString();
    const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    const response = await POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toEqual({ error: { code: "too_large", message: expect.stringContaining("16 KB") } });
  });
});

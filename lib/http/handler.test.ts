import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { canManageUsers, type Viewer } from "@/lib/auth/roles";
import { streamedBody, streamedRequest } from "@/lib/testing/streamed-body";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null, appUrl: undefined as string | undefined }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_URL: session.appUrl }) }));

const { route } = await import("./handler");

const admin: Viewer = { userId: 1, email: "admin@example.com", name: "Admin", role: "admin", repId: null, teamIds: [] };
const rep: Viewer = { ...admin, userId: 2, role: "rep", repId: 7 };
const APP = "http://coach.test:3000";
const MB = 1024 * 1024;
const noParams = { params: Promise.resolve({}) };

const handled = vi.fn();
const createUser = route({ access: canManageUsers, body: z.object({ name: z.string() }) }, async ({ body }) => {
  handled(body);
  return Response.json({ created: body.name }, { status: 201 });
});

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}/api/admin/users`, { method: "POST", headers: { host: "coach.test:3000", "content-type": "application/json", ...headers }, body });
}

async function envelope(response: Response) {
  return (await response.json()) as { error: { code: string; message: string } };
}

beforeEach(() => {
  session.viewer = null;
  session.appUrl = undefined;
  handled.mockClear();
});

describe("route: authentication comes before the body", () => {
  it("answers a signed-out 300 MB POST with 401 without reading a byte of it, and closes the connection", async () => {
    const body = streamedBody(300 * MB);
    const response = await createUser(streamedRequest(`${APP}/api/admin/users`, body, { headers: { host: "coach.test:3000", "content-type": "application/json" } }), noParams);
    expect(response.status).toBe(401);
    expect((await envelope(response)).error.code).toBe("unauthorized");
    expect(body.pulled).toBe(0);
    expect(response.headers.get("connection")).toBe("close");
  });

  it("answers a signed-in viewer without the permission with 403 without reading the body", async () => {
    session.viewer = rep;
    const body = streamedBody(300 * MB);
    const response = await createUser(streamedRequest(`${APP}/api/admin/users`, body, { headers: { "content-type": "application/json" } }), noParams);
    expect(response.status).toBe(403);
    expect(body.pulled).toBe(0);
  });
});

describe("route: bounded JSON bodies", () => {
  it("stops reading a signed-in oversized body just past 1 MB and answers 413 in words", async () => {
    session.viewer = admin;
    const body = streamedBody(300 * MB);
    const response = await createUser(streamedRequest(`${APP}/api/admin/users`, body, { headers: { "content-type": "application/json" } }), noParams);
    expect(response.status).toBe(413);
    expect(await envelope(response)).toEqual({ error: { code: "too_large", message: "The body is larger than the 1 MB this endpoint accepts" } });
    expect(body.pulled).toBeLessThanOrEqual(MB + 64 * 1024);
    expect(response.headers.get("connection")).toBe("close");
    expect(handled).not.toHaveBeenCalled();
  });

  it("answers 413 at once when Content-Length already says the body is too large", async () => {
    session.viewer = admin;
    const body = streamedBody(300 * MB);
    const response = await createUser(streamedRequest(`${APP}/api/admin/users`, body, { headers: { "content-type": "application/json", "content-length": String(300 * MB) } }), noParams);
    expect(response.status).toBe(413);
    expect(body.pulled).toBe(0);
  });

  it("takes a route's own cap", async () => {
    session.viewer = admin;
    const small = route({ access: "signed-in", body: z.object({ note: z.string() }), maxBodyBytes: 100 }, async ({ body }) => body);
    const big = await small(post(JSON.stringify({ note: "x".repeat(200) })), noParams);
    expect(big.status).toBe(413);
    expect((await envelope(big)).error.message).toBe("The body is larger than the 100 bytes this endpoint accepts");
    expect(await (await small(post(JSON.stringify({ note: "fits" })), noParams)).json()).toEqual({ note: "fits" });
  });

  it("refuses a body that is not sent as application/json with 415 (a text/plain form post)", async () => {
    session.viewer = admin;
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const response = await createUser(post('{"name":"x"}', { "content-type": type }), noParams);
      expect(response.status, type).toBe(415);
      expect(await envelope(response)).toEqual({ error: { code: "unsupported_media_type", message: "Send the body as JSON, with Content-Type: application/json" } });
    }
    expect(handled).not.toHaveBeenCalled();
    expect((await createUser(post('{"name":"x"}', { "content-type": "Application/JSON; charset=utf-8" }), noParams)).status).toBe(201);
  });

  it("answers 400 in words for a body that is not JSON or does not fit the schema", async () => {
    session.viewer = admin;
    const broken = await createUser(post("{not json"), noParams);
    expect(broken.status).toBe(400);
    expect(await envelope(broken)).toEqual({ error: { code: "bad_request", message: "The body must be JSON" } });
    const empty = await createUser(post(null), noParams);
    expect(empty.status).toBe(400);
    const wrong = await createUser(post(JSON.stringify({ name: 5 })), noParams);
    expect(wrong.status).toBe(400);
    expect((await envelope(wrong)).error.message).toMatch(/^Invalid body: name: /);
  });
});

describe("route: cross-site changes", () => {
  it("refuses a state-changing request from another origin with 403, before anything else", async () => {
    session.viewer = admin;
    for (const headers of <Record<string, string>[]>[
      { origin: "http://evil.example" },
      { origin: "http://coach.test:4000" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site", origin: "http://evil.example" },
      // Another port on the same host is the same site: SameSite cookies go along.
      { "sec-fetch-site": "same-site", origin: "http://coach.test:4000" },
    ]) {
      const response = await createUser(post('{"name":"x"}', { ...headers, "content-type": "text/plain" }), noParams);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await envelope(response)).error.code).toBe("cross_origin");
    }
    const remove = route({ access: "signed-in" }, async () => ({ removed: true }));
    const response = await remove(new Request(`${APP}/api/things/1`, { method: "DELETE", headers: { host: "coach.test:3000", origin: "http://evil.example" } }), noParams);
    expect(response.status).toBe(403);
    expect(handled).not.toHaveBeenCalled();
  });

  it("accepts the app's own pages, and reads that are not changes", async () => {
    session.viewer = admin;
    expect((await createUser(post('{"name":"a"}', { origin: APP }), noParams)).status).toBe(201);
    expect((await createUser(post('{"name":"b"}', { "sec-fetch-site": "same-origin", origin: APP }), noParams)).status).toBe(201);
    // A script or a server with no browser behind it sends neither header.
    expect((await createUser(post('{"name":"c"}'), noParams)).status).toBe(201);
    const read = route({ access: "signed-in" }, async () => ({ ok: true }));
    expect((await read(new Request(`${APP}/api/calls`, { headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" } }), noParams)).status).toBe(200);
  });

  it("takes the app's origin from NEXTAUTH_URL when configured, whatever the Host", async () => {
    session.viewer = admin;
    session.appUrl = "https://coach.example.com";
    expect((await createUser(post('{"name":"a"}', { origin: "https://coach.example.com", host: "10.0.0.5:3000" }), noParams)).status).toBe(201);
    expect((await createUser(post('{"name":"b"}', { origin: "http://coach.test:3000" }), noParams)).status).toBe(403);
  });
});

// POST /api/auth/reset-password on real databases: open to the signed-out
// (the token is the proof), a link works once, and every refusal is in words.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { createPasswordReset } from "@/lib/people/password-reset";
import { saveUser } from "@/lib/people/users";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";

const state = vi.hoisted(() => ({ sql: null as SqlConnection | null, viewer: null as Viewer | null }));
vi.mock("@/lib/db", () => ({ getSql: async () => state.sql }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_URL: APP }) }));

const APP = "http://coach.test:3000";
const { POST } = await import("./route");
const noParams = { params: Promise.resolve({}) };

function post(body: string, headers: Record<string, string> = {}) {
  return POST(new Request(`${APP}/api/auth/reset-password`, { method: "POST", headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers }, body }), noParams);
}

await describeEachDatabase("choosing a new password through a link", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let ana: number;
  const hash = async () => (await sql.all<{ password_hash: string }>(`SELECT password_hash FROM users WHERE id = ?`, [ana]))[0].password_hash;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    state.sql = sql;
    ana = await saveUser(sql, { email: "ana@org.example", name: "Ana", role: "admin", password: "the old password" });
  });
  afterAll(async () => {
    await sql?.close();
    state.sql = null;
    await database?.drop();
  });

  it("sets the password for a signed-out visitor with a good link, once", async () => {
    const { token } = await createPasswordReset(sql, ana, ana);
    const response = await post(JSON.stringify({ token, password: "a brand new password" }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await verifyPassword(await hash(), "a brand new password")).toBe(true);
    const again = await post(JSON.stringify({ token, password: "another new password" }));
    expect(again.status).toBe(400);
    expect((await again.json()).error.message).toBe("This link has expired or was already used");
    expect(await verifyPassword(await hash(), "a brand new password")).toBe(true);
  });

  it("answers a bad body with a 400 in words, and leaves the link usable", async () => {
    const { token } = await createPasswordReset(sql, ana, ana);
    for (const [body, message] of [
      [{ token, password: "short" }, "Invalid body: password: must be at least 10 characters"],
      [{ token, password: "x".repeat(201) }, "Invalid body: password: must be at most 200 characters"],
      [{ token: "t".repeat(101), password: "a brand new password" }, "Invalid body: token: is not a token from a reset link"],
      [{ token: "", password: "a brand new password" }, "Invalid body: token: is required"],
      [{ password: "a brand new password" }, "Invalid body: token: must be the token from the link"],
      [{ token: "unknown-token", password: "a brand new password" }, "This link has expired or was already used"],
    ] as const) {
      const response = await post(JSON.stringify(body));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.message, JSON.stringify(body)).toBe(message);
    }
    const extra = await post(JSON.stringify({ token, password: "a brand new password", userId: 1 }));
    expect(extra.status).toBe(400);
    expect((await extra.json()).error.message).toMatch(/userId/);
    for (const body of ["null", "not json", "[]"]) expect((await post(body)).status, body).toBe(400);
    // Past 4 KB the body is not read.
    expect((await post(JSON.stringify({ token, password: "a brand new password", pad: "x".repeat(5000) }))).status).toBe(413);
    expect((await post(JSON.stringify({ token, password: "from another site" }), { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(JSON.stringify({ token, password: "the last new password" }))).status).toBe(204);
  });
});

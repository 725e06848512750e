// PATCH /api/admin/users/:userId and POST …/password-reset on real databases:
// admins only, a bad body or id is a 400 in words, an unknown user a 404, and
// the answer is the user as the admin page lists them.
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { hashResetToken } from "@/lib/people/password-reset";
import { saveUser } from "@/lib/people/users";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";

const state = vi.hoisted(() => ({ sql: null as SqlConnection | null, viewer: null as Viewer | null }));
vi.mock("@/lib/db", () => ({ getSql: async () => state.sql }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_URL: APP }) }));

const APP = "http://coach.test:3000";
const { PATCH } = await import("./route");
const { POST: RESET } = await import("./password-reset/route");
const password = "a long enough password";

const params = (userId: unknown) => ({ params: Promise.resolve({ userId: String(userId) }) });
function patch(userId: unknown, body: string, headers: Record<string, string> = {}) {
  return PATCH(
    new Request(`${APP}/api/admin/users/${userId}`, { method: "PATCH", headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers }, body }),
    params(userId),
  );
}
function reset(userId: unknown, headers: Record<string, string> = {}) {
  return RESET(new Request(`${APP}/api/admin/users/${userId}/password-reset`, { method: "POST", headers: { "sec-fetch-site": "same-origin", ...headers } }), params(userId));
}

await describeEachDatabase("the user admin API", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let admin: Viewer;
  let manager: Viewer;
  let teamId: number;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    state.sql = sql;
    const now = new Date();
    teamId = Number((await sql.all<{ id: number }>(`INSERT INTO teams (name, created_at, updated_at) VALUES ('North', ?, ?) RETURNING id`, [now, now]))[0].id);
    const adminId = await saveUser(sql, { email: "admin@org.example", name: "Admin", role: "admin", password });
    const managerId = await saveUser(sql, { email: "manager@org.example", name: "Manager", role: "manager", password, teamIds: [teamId] });
    admin = { userId: adminId, email: "admin@org.example", name: "Admin", role: "admin", repId: null, teamIds: [] };
    manager = { userId: managerId, email: "manager@org.example", name: "Manager", role: "manager", repId: null, teamIds: [teamId] };
  });
  afterAll(async () => {
    await sql?.close();
    state.sql = null;
    await database?.drop();
  });
  beforeEach(() => {
    state.viewer = admin;
  });

  it("changes a user and answers them as the admin page lists them", async () => {
    const response = await patch(manager.userId, JSON.stringify({ name: "Manny", disabled: true }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: manager.userId, email: "manager@org.example", name: "Manny", role: "manager", rep: null, repId: null, teams: ["North"], teamIds: [teamId], disabled: true });
    expect((await patch(manager.userId, JSON.stringify({ disabled: false }))).status).toBe(200);
  });

  it("refuses anyone but an admin, the signed-out, and changes from another site", async () => {
    state.viewer = manager;
    expect((await patch(manager.userId, JSON.stringify({ name: "Boss" }))).status).toBe(403);
    expect((await reset(manager.userId)).status).toBe(403);
    state.viewer = null;
    expect((await patch(manager.userId, JSON.stringify({ name: "Boss" }))).status).toBe(401);
    expect((await reset(manager.userId)).status).toBe(401);
    state.viewer = admin;
    expect((await patch(manager.userId, JSON.stringify({ name: "Boss" }), { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await reset(manager.userId, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await sql.all<{ name: string }>(`SELECT name FROM users WHERE id = ?`, [manager.userId]))[0].name).toBe("Manny");
    expect(await sql.all(`SELECT token_hash FROM password_resets`)).toEqual([]);
  });

  it("answers a bad body with a 400 in words", async () => {
    for (const [body, message] of [
      [{ teamIds: [] }, "teamIds: a manager must manage at least one team"],
      [{ role: "rep" }, "repId: a rep must be linked to the rep they are"],
      [{ teamIds: [teamId, 999_999] }, "teamIds: no team has the id 999999"],
      [{ name: "" }, "Invalid body: name: is required"],
      [{ role: "owner" }, /^Invalid body: role: /],
      [{ disabled: "no" }, "Invalid body: disabled: must be true or false"],
      [{ teamIds: [2 ** 31] }, "Invalid body: teamIds.0: is not a team's id"],
      [{ email: "x@org.example" }, /email/],
      [{ passwordHash: "x" }, /passwordHash/],
    ] as const) {
      const response = await patch(manager.userId, JSON.stringify(body));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.message, JSON.stringify(body)).toMatch(typeof message === "string" ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : message);
    }
    for (const body of ["null", "[]", "not json", '{"name":5}']) expect((await patch(manager.userId, body)).status, body).toBe(400);
    expect((await patch(manager.userId, JSON.stringify({ name: "x" }), { "content-type": "text/plain" })).status).toBe(415);
  });

  it("keeps an admin from disabling or demoting themself, in words", async () => {
    const disable = await patch(admin.userId, JSON.stringify({ disabled: true }));
    expect(disable.status).toBe(400);
    expect((await disable.json()).error.message).toBe("You cannot disable your own account");
    const demote = await patch(admin.userId, JSON.stringify({ role: "manager", teamIds: [teamId] }));
    expect(demote.status).toBe(400);
    expect((await demote.json()).error.message).toBe("You cannot take away your own admin role");
  });

  it("answers an unknown user with a 404 and an id that is no id with a 400", async () => {
    const missing = await patch(999_999, JSON.stringify({ name: "Ghost" }));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toEqual({ code: "not_found", message: "No user has the id 999999" });
    expect((await reset(999_999)).status).toBe(404);
    for (const id of ["0", "-1", "abc", "1.5", String(2 ** 31)]) {
      const response = await patch(id, JSON.stringify({ name: "X" }));
      expect(response.status, id).toBe(400);
      expect((await response.json()).error.message, id).toMatch(/^Invalid path: userId: /);
      expect((await reset(id)).status, id).toBe(400);
    }
  });

  it("makes a one-time link: its path and expiry, the token kept only as its hash", async () => {
    const response = await reset(manager.userId);
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { url, expiresAt } = (await response.json()) as { url: string; expiresAt: string };
    const token = /^\/reset-password\?token=([A-Za-z0-9_-]{43})$/.exec(url)?.[1];
    expect(token).toBeTruthy();
    expect(new Date(expiresAt).toISOString()).toBe(expiresAt);
    expect(await sql.all(`SELECT user_id, created_by_id FROM password_resets WHERE token_hash = ?`, [hashResetToken(token!)])).toEqual([{ user_id: manager.userId, created_by_id: admin.userId }]);
  });
});

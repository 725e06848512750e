// GET and PATCH /api/me/settings on real databases: a user reads and changes
// their own settings, never anyone else's, and a bad zone is a 400 in words.
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";

const state = vi.hoisted(() => ({ sql: null as SqlConnection | null, viewer: null as Viewer | null }));
vi.mock("@/lib/db", () => ({ getSql: async () => state.sql }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_URL: APP }) }));

const APP = "http://coach.test:3000";
const { GET, PATCH } = await import("./route");
const noParams = { params: Promise.resolve({}) };

function patch(body: string, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}/api/me/settings`, { method: "PATCH", headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers }, body });
}

await describeEachDatabase("the signed-in user's settings API", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let rep: Viewer;
  let manager: Viewer;
  const storedZone = async (viewer: Viewer) => (await sql.all<{ time_zone: string | null }>(`SELECT time_zone FROM users WHERE id = ?`, [viewer.userId]))[0].time_zone;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    state.sql = sql;
    const user = async (email: string, role: Viewer["role"]): Promise<Viewer> => {
      const now = new Date();
      const [row] = await sql.all<{ id: number }>(
        `INSERT INTO users (email, name, role, password_hash, rep_id, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [email, email, role, "x", null, false, now, now],
      );
      return { userId: Number(row.id), email, name: email, role, repId: null, teamIds: [] };
    };
    rep = await user("rep@org.example", "rep");
    manager = await user("manager@org.example", "manager");
    await sql.run(`UPDATE users SET time_zone = ? WHERE id = ?`, ["Asia/Tokyo", manager.userId]);
  });
  afterAll(async () => {
    await sql?.close();
    state.sql = null;
    await database?.drop();
  });
  beforeEach(() => {
    state.viewer = rep;
  });

  it("lets any signed-in user read and set their own zone, and go back to the browser's", async () => {
    expect(await (await GET(new Request(`${APP}/api/me/settings`), noParams)).json()).toEqual({ timeZone: null });
    const saved = await PATCH(patch(JSON.stringify({ timeZone: "America/Chicago" })), noParams);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ timeZone: "America/Chicago" });
    expect(await storedZone(rep)).toBe("America/Chicago");
    expect(await (await PATCH(patch(JSON.stringify({ timeZone: null })), noParams)).json()).toEqual({ timeZone: null });
    expect(await storedZone(rep)).toBeNull();
  });

  it("answers an unknown or overlong zone with a 400 that says why", async () => {
    const unknown = await PATCH(patch(JSON.stringify({ timeZone: "Mars/Olympus_Mons" })), noParams);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toBe('Invalid body: timeZone: "Mars/Olympus_Mons" is not a time zone; use an IANA name such as Europe/Berlin or America/New_York');
    const long = await PATCH(patch(JSON.stringify({ timeZone: "Europe/" + "x".repeat(500) })), noParams);
    expect(long.status).toBe(400);
    expect((await long.json()).error.message).toBe("Invalid body: timeZone: a time zone name has at most 64 characters");
    for (const body of ["{}", '{"timeZone":42}', '{"timeZone":["UTC"]}', "null", "not json"]) {
      expect((await PATCH(patch(body), noParams)).status, body).toBe(400);
    }
    expect(await storedZone(rep)).toBeNull();
  });

  it("never changes another user's setting: no user can be named, and the answer is the caller's own", async () => {
    const response = await PATCH(patch(JSON.stringify({ timeZone: "Europe/Paris", userId: manager.userId })), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/userId/);
    expect(await storedZone(manager)).toBe("Asia/Tokyo");
    expect(await storedZone(rep)).toBeNull();
    // The manager's own change is theirs alone.
    state.viewer = manager;
    expect(await (await PATCH(patch(JSON.stringify({ timeZone: "Europe/Paris" })), noParams)).json()).toEqual({ timeZone: "Europe/Paris" });
    expect(await storedZone(rep)).toBeNull();
  });

  it("refuses the signed-out and changes from another site", async () => {
    state.viewer = null;
    expect((await PATCH(patch(JSON.stringify({ timeZone: "UTC" })), noParams)).status).toBe(401);
    expect((await GET(new Request(`${APP}/api/me/settings`), noParams)).status).toBe(401);
    state.viewer = rep;
    expect((await PATCH(patch(JSON.stringify({ timeZone: "UTC" }), { "sec-fetch-site": "cross-site" }), noParams)).status).toBe(403);
    expect(await storedZone(rep)).toBeNull();
  });
});

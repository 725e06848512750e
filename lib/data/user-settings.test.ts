// A user's own settings on real databases: read and changed only for the
// signed-in user, and the zone a request's times are shown in.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { UTC_RULES } from "@/lib/time-zone";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";

const db = vi.hoisted(() => ({ sql: null as SqlConnection | null }));
vi.mock("@/lib/db", () => ({ getSql: async () => db.sql }));

const { getUserSettings, getViewerTimeZone, updateUserSettings } = await import("./user-settings");

const NOW = new Date("2026-12-05T12:00:00Z");

await describeEachDatabase("a user's time zone setting", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let ada: Viewer;
  let ben: Viewer;

  const storedZone = async (viewer: Viewer) => (await sql.all<{ time_zone: string | null }>(`SELECT time_zone FROM users WHERE id = ?`, [viewer.userId]))[0].time_zone;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    db.sql = sql;
    const user = async (email: string, role: Viewer["role"]): Promise<Viewer> => {
      const [row] = await sql.all<{ id: number }>(
        `INSERT INTO users (email, name, role, password_hash, rep_id, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [email, email, role, "x", null, false, NOW, NOW],
      );
      return { userId: Number(row.id), email, name: email, role, repId: null, teamIds: [] };
    };
    ada = await user("ada@org.example", "rep");
    ben = await user("ben@org.example", "admin");
  });
  afterAll(async () => {
    await sql?.close();
    db.sql = null;
    await database?.drop();
  });

  it("starts with no zone: the browser's", async () => {
    expect(await getUserSettings(ada)).toEqual({ timeZone: null });
  });

  it("stores the signed-in user's zone by its canonical name, and only theirs", async () => {
    expect(await updateUserSettings(ada, { timeZone: "europe/berlin" })).toEqual({ timeZone: "Europe/Berlin" });
    expect(await storedZone(ada)).toBe("Europe/Berlin");
    expect(await getUserSettings(ben)).toEqual({ timeZone: null });
    // An admin changing their own zone leaves everyone else's alone too.
    await updateUserSettings(ben, { timeZone: "America/New_York" });
    expect(await getUserSettings(ada)).toEqual({ timeZone: "Europe/Berlin" });
    await updateUserSettings(ada, { timeZone: null });
    expect(await storedZone(ada)).toBeNull();
    expect(await storedZone(ben)).toBe("America/New_York");
  });

  it("refuses a zone it does not know, or one with no user in mind but the signed-in one", async () => {
    await expect(updateUserSettings(ada, { timeZone: "Mars/Olympus_Mons" })).rejects.toThrow(/is not a time zone/);
    await expect(updateUserSettings(ada, { timeZone: "Europe/Berlin", userId: ben.userId } as never)).rejects.toThrow(/userId/);
    expect(await storedZone(ada)).toBeNull();
    expect(await storedZone(ben)).toBe("America/New_York");
  });

  it("reads a stored zone this server does not know as none", async () => {
    await sql.run(`UPDATE users SET time_zone = ? WHERE id = ?`, ["Atlantis/Capital", ada.userId]);
    expect(await getUserSettings(ada)).toEqual({ timeZone: null });
    await sql.run(`UPDATE users SET time_zone = NULL WHERE id = ?`, [ada.userId]);
  });

  it("shows a request's times in the user's zone, else the browser's, else UTC; a garbage cookie is ignored", async () => {
    // Ben chose New York: his browser's zone does not change that, but is remembered.
    // The viewer as each request reads it: with the zone stored.
    const withStored = async (viewer: Viewer) => ({ ...viewer, timeZone: await storedZone(viewer) });
    const chosen = getViewerTimeZone(await withStored(ben), "Europe/Berlin", NOW);
    expect(chosen.rules.id).toBe("America/New_York");
    expect(chosen.source).toBe("setting");
    expect(chosen.browser?.id).toBe("Europe/Berlin");
    // Ada chose nothing: her browser's zone.
    const browser = getViewerTimeZone(await withStored(ada), "Asia/Tokyo", NOW);
    expect(browser).toMatchObject({ source: "browser", browser: { id: "Asia/Tokyo" } });
    expect(browser.rules.id).toBe("Asia/Tokyo");
    expect(browser.browser?.probes[0]).toEqual({ at: Date.UTC(2026, 0, 15, 12), offset: 540 });
    for (const cookie of [undefined, "", "Mars/Olympus_Mons", "Europe/Berlin; Path=/", "x".repeat(5000), "%E0%A4%A"]) {
      expect(getViewerTimeZone(await withStored(ada), cookie, NOW), String(cookie)).toEqual({ rules: UTC_RULES, source: "default", browser: null });
    }
  });
});

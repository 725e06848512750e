// One-time password links on both databases: a link sets the password once,
// within its day, and ends the user's sessions; a newer link voids the older;
// the table keeps only the token's hash.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { checkSignIn } from "@/lib/auth/sign-in";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { stableJson, toDate } from "@/lib/db/values";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { listAudit } from "./audit";
import { createPasswordReset, hashResetToken, RESET_LINK_LIFETIME_MS, ResetLinkError, resetPassword } from "./password-reset";
import { saveUser, UserNotFoundError } from "./users";

const OLD = "the old password";
const SECRET = "s".repeat(32);
const HOUR = 60 * 60 * 1000;

await describeEachDatabase("password reset links", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let admin: number;
  let ana: number;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    admin = await saveUser(sql, { email: "admin@org.example", name: "Admin", role: "admin", password: OLD });
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    await sql.run(`DELETE FROM sign_in_throttles`);
    // Ana afresh each time, with her old password.
    ana = await saveUser(sql, { email: "ana@org.example", name: "Ana", role: "admin", password: OLD }, { replace: true });
  });

  const signIn = (password: string) => checkSignIn(sql, { email: "ana@org.example", password, address: null }, { secret: SECRET });
  const version = async () => Number((await sql.all<{ session_version: number }>(`SELECT session_version FROM users WHERE id = ?`, [ana]))[0].session_version);
  const refusal = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      return error as Error;
    }
    throw new Error("expected a refusal");
  };

  it("sets the password once, ends every session, and records who made the link", async () => {
    const made = new Date();
    const { token, expiresAt } = await createPasswordReset(sql, admin, ana, made);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - made.getTime()).toBe(24 * HOUR);
    const sessionVersion = await version();

    await resetPassword(sql, token, "a brand new password");
    expect(await version()).toBe(sessionVersion + 1);
    expect((await signIn("a brand new password")).ok).toBe(true);
    expect((await signIn(OLD)).ok).toBe(false);

    const again = await refusal(() => resetPassword(sql, token, "yet another password"));
    expect(again).toBeInstanceOf(ResetLinkError);
    expect(again.message).toBe("This link has expired or was already used");
    expect((await signIn("a brand new password")).ok).toBe(true);

    const events = (await listAudit(sql, { target: { kind: "user", id: ana } })).map((e) => ({ actor: e.actorUserId, action: e.action, details: stableJson(e.details) }));
    expect(events.slice(0, 2)).toEqual([
      { actor: null, action: "user.password_reset", details: stableJson({ linkCreatedById: admin }) },
      { actor: admin, action: "user.password_reset_link", details: stableJson({ expiresAt: expiresAt.toISOString() }) },
    ]);
  });

  it("keeps only the token's SHA-256, never the token", async () => {
    const { token } = await createPasswordReset(sql, admin, ana);
    const rows = await sql.all<{ token_hash: string; user_id: number; created_by_id: number }>(`SELECT token_hash, user_id, created_by_id FROM password_resets WHERE user_id = ? AND used_at IS NULL`, [ana]);
    expect(rows).toEqual([{ token_hash: hashResetToken(token), user_id: ana, created_by_id: admin }]);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await sql.all(`SELECT * FROM password_resets`))).not.toContain(token);
    // The hash itself is no token.
    expect(await refusal(() => resetPassword(sql, rows[0].token_hash.slice(0, 100), "a brand new password"))).toBeInstanceOf(ResetLinkError);
  });

  it("refuses a link past its day", async () => {
    const made = new Date(Date.now() - RESET_LINK_LIFETIME_MS - 1000);
    const { token, expiresAt } = await createPasswordReset(sql, admin, ana, made);
    expect(toDate((await sql.all<{ expires_at: unknown }>(`SELECT expires_at FROM password_resets WHERE token_hash = ?`, [hashResetToken(token)]))[0].expires_at)).toEqual(expiresAt);
    const sessionVersion = await version();
    expect(await refusal(() => resetPassword(sql, token, "a brand new password"))).toBeInstanceOf(ResetLinkError);
    expect(await version()).toBe(sessionVersion);
    expect((await signIn(OLD)).ok).toBe(true);
    // Still inside its day, the same link would have worked.
    const fresh = await createPasswordReset(sql, admin, ana, new Date(Date.now() - RESET_LINK_LIFETIME_MS + HOUR));
    await resetPassword(sql, fresh.token, "a brand new password");
  });

  it("voids the earlier links of the user when a new one is made, and leaves others' alone", async () => {
    const first = await createPasswordReset(sql, admin, ana);
    const adminsOwn = await createPasswordReset(sql, admin, admin);
    const second = await createPasswordReset(sql, admin, ana);
    expect(await refusal(() => resetPassword(sql, first.token, "a brand new password"))).toBeInstanceOf(ResetLinkError);
    await resetPassword(sql, second.token, "a brand new password");
    await resetPassword(sql, adminsOwn.token, "the admin's new password");
  });

  it("refuses an unknown token, a short password, and a link for no user", async () => {
    expect(await refusal(() => resetPassword(sql, "no-such-token", "a brand new password"))).toBeInstanceOf(ResetLinkError);
    const { token } = await createPasswordReset(sql, admin, ana);
    expect(await refusal(() => resetPassword(sql, token, "short"))).not.toBeInstanceOf(ResetLinkError);
    // A refused password does not use the link up.
    await resetPassword(sql, token, "a brand new password");
    expect(await refusal(() => createPasswordReset(sql, admin, 999_999))).toBeInstanceOf(UserNotFoundError);
  });
});

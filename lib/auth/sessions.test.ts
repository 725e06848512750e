// A session token stops working on the server when its user signs out (on any
// device) or is saved with a new password, long before the token expires.
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { saveUser } from "@/lib/people/users";
import { createSqliteDatabase, type TestDatabase } from "@/lib/testing/databases";
import { passwordStamp, type SessionClaims, sessionIsCurrent } from "./sessions";

describe("a session's claims", () => {
  const user = { sessionVersion: 2, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$abc$def" };
  const claims: SessionClaims = { userId: 1, sessionVersion: 2, passwordStamp: passwordStamp(user.passwordHash, "k".repeat(32)) };

  it("hold while the version and the password hash are the ones they were issued under", () => {
    expect(sessionIsCurrent(user, claims, "k".repeat(32))).toBe(true);
    expect(sessionIsCurrent({ ...user, sessionVersion: 3 }, claims, "k".repeat(32))).toBe(false);
    expect(sessionIsCurrent({ ...user, passwordHash: `${user.passwordHash}x` }, claims, "k".repeat(32))).toBe(false);
    expect(sessionIsCurrent(user, claims, "other-secret".repeat(3))).toBe(false);
  });
});

describe("signing out", () => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let options: typeof import("./options");
  let viewer: typeof import("./viewer");

  beforeAll(async () => {
    database = createSqliteDatabase();
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    await saveUser(sql, { email: "ana@example.com", name: "Ana", role: "admin", password: "right-password-1" });
    // The app's own connections read these, once.
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET = "a".repeat(32);
    options = await import("./options");
    viewer = await import("./viewer");
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  /** Signs in through next-auth's callbacks as a request would, and answers the token and the claims the session carries. */
  async function signIn(): Promise<{ token: JWT; claims: SessionClaims }> {
    const auth = options.authOptions();
    const provider = auth.providers[0] as unknown as { options: { authorize: (raw: unknown, request: unknown) => Promise<unknown> } };
    const user = await provider.options.authorize({ email: "ana@example.com", password: "right-password-1" }, { headers: {} });
    expect(user).toBeTruthy();
    const token = (await auth.callbacks!.jwt!({ token: { sub: "x" }, user: user as never, account: null } as never)) as JWT;
    const session = (await auth.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never)) as unknown as { user: { id: number }; sv: number; ps: string };
    return { token, claims: { userId: session.user.id, sessionVersion: session.sv, passwordStamp: session.ps } };
  }

  it("ends that session on the server, and every other session of the user", async () => {
    const phone = await signIn();
    const laptop = await signIn();
    expect(await viewer.loadViewer(phone.claims)).toMatchObject({ email: "ana@example.com" });
    await options.authOptions().events!.signOut!({ token: laptop.token } as never);
    expect(await viewer.loadViewer(laptop.claims)).toBeNull();
    expect(await viewer.loadViewer(phone.claims)).toBeNull();
    // Signing in again gives a session that works, and an old token signing out again changes nothing.
    const again = await signIn();
    await options.authOptions().events!.signOut!({ token: phone.token } as never);
    expect(await viewer.loadViewer(again.claims)).toMatchObject({ email: "ana@example.com" });
  });

  it("a new password ends the sessions given under the old one", async () => {
    const before = await signIn();
    await saveUser(sql, { email: "ana@example.com", name: "Ana", role: "admin", password: "right-password-1" }, { replace: true });
    expect(await viewer.loadViewer(before.claims)).toBeNull();
    expect(await viewer.loadViewer((await signIn()).claims)).toMatchObject({ email: "ana@example.com" });
  });
});

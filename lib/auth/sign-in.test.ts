// Sign-in throttling, on both databases: waits that double after a few
// failures, then a lock that refuses even the right password until it ends,
// after which the right password works; counts that hold across connections
// (as across web processes) and against a burst of parallel guesses.
import * as argon2 from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { saveUser } from "@/lib/people/users";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { passwordStamp } from "./sessions";
import { checkSignIn } from "./sign-in";
import { ACCOUNT_POLICY, ADDRESS_POLICY, admitAttempt, waitAfter } from "./throttle";

// The real hash checks, watched: an unknown email must cost one as a wrong password does.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, verify: vi.fn(real.verify) };
});

const SECRET = "s".repeat(32);
const MINUTE = 60_000;

describe("the wait after a failure", () => {
  it("is none for the first few, then doubles, then is the lock", () => {
    const waits = Array.from({ length: 11 }, (_, i) => waitAfter(i, ACCOUNT_POLICY));
    expect(waits).toEqual([0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 15 * MINUTE]);
    expect(waitAfter(60, ADDRESS_POLICY)).toBe(60_000);
    expect(waitAfter(100, ADDRESS_POLICY)).toBe(15 * MINUTE);
  });
});

await describeEachDatabase("sign-in throttling", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let other: SqlConnection;
  let clock = 0;
  const now = () => clock;
  const attempt = (email: string, password: string, address: string | null = "203.0.113.7", via = sql) =>
    checkSignIn(via, { email, password, address }, { secret: SECRET, now });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    other = await openSql(database.url);
    await saveUser(sql, { email: "ana@example.com", name: "Ana", role: "admin", password: "right-password-1" });
    await saveUser(sql, { email: "ben@example.com", name: "Ben", role: "admin", password: "right-password-2" });
  });
  afterAll(async () => {
    await sql?.close();
    await other?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    await sql.run(`DELETE FROM sign_in_throttles`);
    await sql.run(`UPDATE users SET disabled = ? WHERE email = ?`, [false, "ben@example.com"]);
    clock = Date.UTC(2026, 0, 5, 9);
  });

  it("signs in with the right password and names the session version and password stamp", async () => {
    const result = await attempt("ana@example.com", "right-password-1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await sql.all<{ password_hash: string; session_version: number }>(`SELECT password_hash, session_version FROM users WHERE email = ?`, ["ana@example.com"]);
    expect(result.user).toMatchObject({ email: "ana@example.com", sessionVersion: Number(row.session_version), passwordStamp: passwordStamp(row.password_hash, SECRET) });
  });

  it("refuses a wrong password, an unknown email and a disabled account alike", async () => {
    await sql.run(`UPDATE users SET disabled = ? WHERE email = ?`, [true, "ben@example.com"]);
    expect(await attempt("ana@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
    expect(await attempt("nobody@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
    expect(await attempt("ben@example.com", "right-password-2")).toEqual({ ok: false, retryAfterMs: null });
  });

  it("makes an account wait after three failures, doubling, then locks it; the right password works once the lock ends", async () => {
    for (let i = 0; i < 3; i++) expect(await attempt("ana@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
    expect(await attempt("ana@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
    // The fourth failure brought a one-second wait: even the right password waits it out.
    expect(await attempt("ana@example.com", "right-password-1")).toEqual({ ok: false, retryAfterMs: 1_000 });
    for (const wait of [1_000, 2_000, 4_000, 8_000, 16_000]) {
      clock += wait;
      expect(await attempt("ana@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
    }
    clock += 32_000;
    expect(await attempt("ana@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
    // Ten failures: locked for 15 minutes, from another process's connection too, and refusals do not extend it.
    expect(await attempt("ana@example.com", "right-password-1", "198.51.100.1", other)).toEqual({ ok: false, retryAfterMs: 15 * MINUTE });
    clock += 14 * MINUTE;
    expect(await attempt("ana@example.com", "right-password-1")).toEqual({ ok: false, retryAfterMs: MINUTE });
    clock += MINUTE;
    const after = await attempt("ana@example.com", "right-password-1");
    expect(after.ok).toBe(true);
    // A success starts the account over.
    for (let i = 0; i < 3; i++) await attempt("ana@example.com", "wrong");
    expect(await attempt("ana@example.com", "wrong")).toEqual({ ok: false, retryAfterMs: null });
  });

  it("checks an email with no account against a stand-in hash of the same cost as a real one", async () => {
    const verify = vi.mocked(argon2.verify);
    verify.mockClear();
    await attempt("nobody@example.com", "wrong", null);
    await attempt("ana@example.com", "wrong", null);
    expect(verify).toHaveBeenCalledTimes(2);
    const [[dummy], [real]] = verify.mock.calls as unknown as [string, string][];
    expect(dummy).not.toBe(real);
    // "$argon2id$v=19$m=…,t=…,p=…$": the same algorithm, version and cost parameters.
    expect(dummy.split("$").slice(0, 4)).toEqual(real.split("$").slice(0, 4));
  });

  it("throttles an email with no account exactly like one with an account", async () => {
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await attempt("ana@example.com", "wrong", null));
      unknown.push(await attempt("nobody@example.com", "wrong", null));
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toEqual({ ok: false, retryAfterMs: 1_000 });
  });

  it("throttles an address across accounts, and a good sign-in from it gives back only its own count", async () => {
    const address = "192.0.2.44";
    for (let i = 0; i < ADDRESS_POLICY.freeFailures; i++) {
      expect(await attempt(`guess-${i}@example.com`, "wrong", address)).toEqual({ ok: false, retryAfterMs: null });
    }
    expect((await attempt("ana@example.com", "right-password-1", address)).ok).toBe(true);
    expect(await attempt("guess-x@example.com", "wrong", address)).toEqual({ ok: false, retryAfterMs: null });
    // Twenty-one failures from that address: it waits, while another address signs in freely.
    expect(await attempt("guess-y@example.com", "wrong", address)).toEqual({ ok: false, retryAfterMs: 1_000 });
    expect((await attempt("ana@example.com", "right-password-1", "192.0.2.45")).ok).toBe(true);
  });

  it("counts a burst of parallel guesses as they arrive, from several connections", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt("ana@example.com", "wrong", null, i % 2 ? other : sql)));
    const checked = results.filter((r) => !r.ok && r.retryAfterMs === null).length;
    // Three free failures and the fourth that started the wait; the rest were refused unchecked.
    expect(checked).toBe(ACCOUNT_POLICY.freeFailures + 1);
  });

  it("forgets failures once an account has been quiet for the lock's length, and prunes idle rows", async () => {
    for (let i = 0; i < 3; i++) await attempt("ana@example.com", "wrong");
    clock += ACCOUNT_POLICY.lockMs;
    expect(await attempt("ana@example.com", "wrong", null)).toEqual({ ok: false, retryAfterMs: null });
    const [{ count }] = await sql.all<{ count: number }>(`SELECT COUNT(*) AS count FROM sign_in_throttles`);
    // The address row from before is gone; the account's row starts over at one.
    expect(Number(count)).toBe(1);
    const [{ failures }] = await sql.all<{ failures: number }>(`SELECT failures FROM sign_in_throttles`);
    expect(Number(failures)).toBe(1);
  });

  it("admits nothing while any of its keys waits", async () => {
    const keys = [{ kind: "account" as const, value: "x@example.com", policy: ACCOUNT_POLICY }];
    for (let i = 0; i < 4; i++) expect((await admitAttempt(sql, keys, clock)).admitted).toBe(true);
    expect(await admitAttempt(sql, keys, clock + 500)).toEqual({ admitted: false, retryAfterMs: 500 });
    expect((await admitAttempt(sql, keys, clock + 1_000)).admitted).toBe(true);
  });
});

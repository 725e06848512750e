// Checking an email and password: throttled by account and by client address,
// and as slow for an email with no account as for a wrong password.
import "server-only";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { toBool } from "@/lib/db/values";
import { prepareDummyHash, verifyPasswordOrDummy } from "./password";
import { passwordStamp } from "./sessions";
import { ACCOUNT_POLICY, ADDRESS_POLICY, admitAttempt, recordSuccess, type ThrottleKey } from "./throttle";

// The stand-in hash is ready before the first sign-in, so that one costs what the others do.
void prepareDummyHash();

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  // Bounded: the hash reads every byte of what it is given.
  password: z.string().min(1).max(1024),
});

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's address, when one can be believed (see client-address.ts). */
  address: string | null;
}

export interface SignedInUser {
  id: number;
  email: string;
  name: string;
  sessionVersion: number;
  passwordStamp: string;
}

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; retryAfterMs: number | null };

interface UserRow {
  id: number;
  email: string;
  name: string;
  password_hash: string;
  disabled: unknown;
  session_version: number | string;
}

export async function checkSignIn(sql: SqlConnection, attempt: SignInAttempt, options: { secret: string; now?: () => number }): Promise<SignInResult> {
  const now = options.now ?? Date.now;
  const keys: ThrottleKey[] = [{ kind: "account", value: attempt.email, policy: ACCOUNT_POLICY }];
  if (attempt.address) keys.push({ kind: "address", value: attempt.address, policy: ADDRESS_POLICY });
  const admission = await admitAttempt(sql, keys, now());
  if (!admission.admitted) return { ok: false, retryAfterMs: admission.retryAfterMs };

  // The same query and the same hash check whether the account exists or not.
  const [user] = await sql.all<UserRow>(`SELECT id, email, name, password_hash, disabled, session_version FROM users WHERE email = ?`, [attempt.email]);
  const matches = await verifyPasswordOrDummy(user ? user.password_hash : null, attempt.password);
  if (!user || !matches || toBool(user.disabled)) return { ok: false, retryAfterMs: null };

  await recordSuccess(sql, admission.keys);
  return {
    ok: true,
    user: {
      id: Number(user.id),
      email: user.email,
      name: user.name,
      sessionVersion: Number(user.session_version),
      passwordStamp: passwordStamp(user.password_hash, options.secret),
    },
  };
}

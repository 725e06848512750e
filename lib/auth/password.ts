// Passwords are hashed with Argon2id (memory-hard), through @node-rs/argon2.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Hashed once, when the module loads, with the same parameters as a real
// password, so checking against it costs what checking a real one does.
let dummyHash: Promise<string> | undefined;

/** Starts hashing the stand-in password now, so the first unknown email costs no more than later ones. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}

/**
 * Checks a password against an account's hash, or, when there is no such
 * account, against a stand-in hash that matches nothing: an unknown email
 * takes as long to refuse as a wrong password, so timing tells no one which
 * emails have accounts.
 */
export async function verifyPasswordOrDummy(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash !== null) return verifyPassword(passwordHash, password);
  await verifyPassword(await prepareDummyHash(), password);
  return false;
}

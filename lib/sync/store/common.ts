import "server-only";
import { createHash } from "node:crypto";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import type { Json } from "@/lib/domain/records";

/** A JSON column value: SQL NULL for absent values. */
export function json(value: Json | undefined | unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** The hash of the parts joined by NUL (as hashOf of the joined string), without building the joined string. */
export function hashOfParts(parts: readonly (string | null)[]): string {
  const hash = createHash("sha1");
  parts.forEach((part, i) => {
    if (i) hash.update("\u0000");
    hash.update(String(part));
  });
  return hash.digest("hex");
}

export function hashOf(value: unknown): string {
  return createHash("sha1").update(typeof value === "string" ? value : JSON.stringify(value)).digest("hex");
}

export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export function emptyCounts(): Counts {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
}

export function addCounts(into: Counts, from: Counts): Counts {
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
  into.deleted += from.deleted;
  return into;
}

export interface StoreContext {
  sql: SqlConnection;
  now: Date;
}

/** Last occurrence wins: a page may carry the same record twice. */
export function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const map = new Map<string, T>();
  for (const item of items) map.set(key(item), item);
  return [...map.values()];
}

/** SELECT rows whose key column is in values, in chunks. */
export async function selectIn<T>(
  sql: SqlConnection,
  build: (list: string) => string,
  prefix: readonly SqlValue[],
  values: readonly SqlValue[],
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 500) {
    const part = values.slice(i, i + 500);
    out.push(...(await sql.all<T>(build(part.map(() => "?").join(", ")), [...prefix, ...part])));
  }
  return out;
}

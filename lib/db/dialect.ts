// The few places SQLite and PostgreSQL need different SQL, in one module.
import type { DbProvider } from "./provider";

/** Whole days since the epoch (UTC) of a timestamp column. */
export function dayBucket(provider: DbProvider, column: string): string {
  return provider === "sqlite" ? `(${column} / 86400000)` : `FLOOR(EXTRACT(EPOCH FROM ${column}) / 86400)::int`;
}

/** Whole weeks since the epoch (UTC, weeks starting Thursday 1970-01-01). */
export function weekBucket(provider: DbProvider, column: string): string {
  return provider === "sqlite" ? `(${column} / 604800000)` : `FLOOR(EXTRACT(EPOCH FROM ${column}) / 604800)::int`;
}

/** Concatenates a text expression over a group, comma-separated. */
export function concatAgg(provider: DbProvider, expression: string): string {
  return provider === "sqlite" ? `GROUP_CONCAT(${expression}, ',')` : `STRING_AGG(${expression}, ',')`;
}

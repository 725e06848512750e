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

/**
 * Calls whose transcript matches a search, as a condition on c.id. SQLite
 * uses the FTS5 index, PostgreSQL the tsvector one; both match every word.
 */
export function transcriptMatch(provider: DbProvider, query: string): { sql: string; param: string } | null {
  const words = query.match(/[\p{L}\p{N}']+/gu)?.slice(0, 12) ?? [];
  if (!words.length) return null;
  if (provider === "sqlite") {
    return { sql: `c.id IN (SELECT rowid FROM transcript_search WHERE transcript_search MATCH ?)`, param: words.map((w) => `"${w.replace(/"/g, "")}"`).join(" ") };
  }
  return { sql: `c.id IN (SELECT call_id FROM transcript_search WHERE document @@ plainto_tsquery('english', ?))`, param: words.join(" ") };
}

/** Concatenates a text expression over a group, comma-separated. */
export function concatAgg(provider: DbProvider, expression: string): string {
  return provider === "sqlite" ? `GROUP_CONCAT(${expression}, ',')` : `STRING_AGG(${expression}, ',')`;
}

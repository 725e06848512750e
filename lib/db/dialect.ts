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

export interface TranscriptSearch {
  /** Calls whose transcript matches, as a set: fast when few match. */
  inSet: string;
  /** The same test for one call at a time: fast when many match and calls are walked newest first. */
  perCall: string;
  /** How many transcripts match, counted up to a cap. */
  count(cap: number): string;
  param: string;
}

/**
 * Transcript full-text search, as conditions on calls c. SQLite uses the FTS5
 * index, PostgreSQL the tsvector one; both match every word of the query.
 */
export function transcriptMatch(provider: DbProvider, query: string): TranscriptSearch | null {
  const words = query.match(/[\p{L}\p{N}']+/gu)?.slice(0, 12) ?? [];
  if (!words.length) return null;
  if (provider === "sqlite") {
    return {
      inSet: `c.id IN (SELECT rowid FROM transcript_search WHERE transcript_search MATCH ?)`,
      perCall: `EXISTS (SELECT 1 FROM transcript_search WHERE transcript_search MATCH ? AND rowid = c.id)`,
      count: (cap) => `SELECT COUNT(*) AS n FROM (SELECT 1 FROM transcript_search WHERE transcript_search MATCH ? LIMIT ${cap}) m`,
      param: words.map((w) => `"${w.replace(/"/g, "")}"`).join(" "),
    };
  }
  return {
    inSet: `c.id IN (SELECT call_id FROM transcript_search WHERE document @@ plainto_tsquery('english', ?))`,
    // A scalar subquery, which PostgreSQL evaluates call by call: written as EXISTS it becomes a
    // semi-join that reads every transcript's vector when the word is common.
    perCall: `(SELECT ts.document @@ plainto_tsquery('english', ?) FROM transcript_search ts WHERE ts.call_id = c.id)`,
    count: (cap) => `SELECT COUNT(*) AS n FROM (SELECT 1 FROM transcript_search WHERE document @@ plainto_tsquery('english', ?) LIMIT ${cap}) m`,
    param: words.join(" "),
  };
}

/** Concatenates a text expression over a group, comma-separated. */
export function concatAgg(provider: DbProvider, expression: string): string {
  return provider === "sqlite" ? `GROUP_CONCAT(${expression}, ',')` : `STRING_AGG(${expression}, ',')`;
}

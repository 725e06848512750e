// Newest-first cursor paging for a list that says nothing of changes: no
// modification time, no deletions, and the full record only by id. Every pass
// walks a window reaching a lookback before the last walk; a listed record
// whose full copy is not stored, or differs from the list, is fetched by id;
// and a window read whole tells which stored records are gone.
import type { Json } from "@/lib/domain/records";
import { PagingError } from "./errors";
import { shiftIso } from "./paging";
import type { StreamPage, StreamState } from "./types";

export interface LookbackListPage {
  records: unknown[];
  nextCursor: string | null;
  hasMore: boolean;
}

export interface LookbackOptions {
  state: StreamState;
  /** Where the first walk starts. */
  initialFrom: string;
  /** How far before the last walk's end every walk starts: changes and deletions older than that go unseen. */
  lookbackMs: number;
  now(): Date;
  limit: number;
  /** One page of the records created in [from, to], newest first. */
  fetch(params: { cursor: string | null; from: string; to: string; limit: number }): Promise<LookbackListPage>;
  idOf(raw: unknown): string | null;
  /** Of the listed records, the ids to fetch whole: not stored, stored differently, or hidden. */
  stale(listed: { id: string; raw: unknown }[]): Promise<Set<string>>;
  /** The whole record, or null when the vendor no longer has it. */
  fetchOne(id: string): Promise<unknown | null>;
  concurrency: number;
}

/** A walk in progress, saved with every page so a crash resumes it. */
interface LookbackWalk {
  from: string;
  to: string;
  cursor: string | null;
}

/**
 * Pages of whole records (and ids the vendor no longer has). The state moves
 * with every page: mid-walk it holds the walk, at its end the walk's `to`
 * becomes the high-water mark. Only a walk read from its first page to its
 * last in one run knows every record of its window (`complete`); a walk
 * resumed after a crash does not, and is followed by a fresh walk.
 */
export async function* lookbackPages(options: LookbackOptions): AsyncGenerator<StreamPage> {
  const saved = (options.state.data as { lookback?: LookbackWalk } | null)?.lookback;
  const highWater = yield* lookbackWalk(options, options.state.cursor, saved);
  if (saved) yield* lookbackWalk(options, highWater, undefined);
}

async function* lookbackWalk(options: LookbackOptions, highWater: string | null, resumed: LookbackWalk | undefined): AsyncGenerator<StreamPage, string> {
  const now = options.now().toISOString();
  let walk: LookbackWalk = resumed ?? {
    from: highWater ? shiftIso(Date.parse(highWater) < Date.parse(now) ? highWater : now, -options.lookbackMs) : options.initialFrom,
    to: now,
    cursor: null,
  };
  // Every id listed in this walk; unknown for the pages read before a crash.
  const listed: string[] | null = resumed ? null : [];
  const cursors = new Set<string>();
  for (;;) {
    const page = await options.fetch({ cursor: walk.cursor, from: walk.from, to: walk.to, limit: options.limit });
    const { records, missing } = await wholeRecords(options, page.records, listed);
    if (!page.hasMore || !page.nextCursor) {
      const complete = listed ? { from: walk.from, to: walk.to, ids: listed } : undefined;
      yield { records, missing, state: { cursor: walk.to, data: null }, complete };
      return walk.to;
    }
    if (cursors.has(page.nextCursor)) throw new PagingError(`the vendor returned the page cursor ${page.nextCursor} twice`);
    cursors.add(page.nextCursor);
    walk = { ...walk, cursor: page.nextCursor };
    yield { records, missing, state: { cursor: highWater, data: { lookback: walk } as unknown as Json } };
  }
}

async function wholeRecords(options: LookbackOptions, page: unknown[], listed: string[] | null): Promise<{ records: unknown[]; missing: string[] }> {
  const records: unknown[] = [];
  const keyed: { id: string; raw: unknown }[] = [];
  for (const raw of page) {
    const id = options.idOf(raw);
    // Without an id it cannot be fetched: passed on as listed, to be dead-lettered.
    if (id === null) records.push(raw);
    else {
      keyed.push({ id, raw });
      listed?.push(id);
    }
  }
  const stale = keyed.length ? await options.stale(keyed) : new Set<string>();
  const wanted = [...new Set(keyed.map((k) => k.id).filter((id) => stale.has(id)))];
  const missing: string[] = [];
  for (let i = 0; i < wanted.length; i += options.concurrency) {
    const part = wanted.slice(i, i + options.concurrency);
    const fetched = await Promise.all(part.map((id) => options.fetchOne(id)));
    fetched.forEach((record, j) => (record === null ? missing.push(part[j]) : records.push(record)));
  }
  return { records, missing };
}

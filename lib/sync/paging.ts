// Paging styles, as generators of pages with the state to commit after each.
// Vendor modules supply the fetch; the bookkeeping that keeps a sync exact
// lives here once.
import type { Json } from "@/lib/domain/records";
import { PagingError } from "./errors";
import type { StreamPage, StreamState } from "./types";

export interface Position {
  /** The timestamp exactly as the vendor sent it. */
  since: string;
  id: string;
}

function comparePositions(a: Position, b: Position): number {
  const ta = Date.parse(a.since);
  const tb = Date.parse(b.since);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function shiftIso(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export interface KeysetOptions {
  state: StreamState;
  /** Where a first sync starts. */
  initialSince: string;
  /** Each run re-reads this much before the cursor, to catch late writes. */
  lookbackMs: number;
  limit: number;
  /** The endpoint's documented maximum `limit` (since-only lists widen to it when a minute is crowded). */
  maxLimit?: number;
  /** Whether the endpoint takes last_id; without it paging moves on since alone. */
  useLastId: boolean;
  fetch(params: { since: string; lastId?: string; limit: number }): Promise<unknown[]>;
  /**
   * A record's paging time (as the vendor sent it) and id. The time need not
   * be the endpoint's own order (a call's callTime when the payload carries
   * no last-modified time), as long as it is never later than the record's
   * place in that order: the cursor is the greatest time read, never lower.
   */
  position(raw: unknown): Position | null;
  /** What `limit` counts, when not records (a scorecard result of several answers). */
  unitOf?(raw: unknown): string | null;
  /** The record's key, to read each record once per walk (default: its position id). */
  keyOf?(raw: unknown): string | null;
  /** How many pages may be fetched ahead of the one being written (2 by default). */
  ahead?: number;
}

/** How far past an endpoint's maximum a crowded minute is asked for, doubling each time. */
const CROWDED_MINUTE_FACTORS = [2, 4, 8, 16, 32, 64];

/**
 * Oldest-first keyset paging on (since, last_id), in the vendor's order.
 *
 * The cursor is the greatest paging time read, and never moves back: a
 * record that changed long ago (and so has an old time but a new place in
 * the order) cannot pull it back and make the next pass re-read everything.
 * A run starts a lookback before the cursor to catch late writes; records
 * repeated within one walk (the known last_id bug, a since-only list
 * repeating its since-minute) are passed on once.
 *
 * Since-only lists ignore the seconds of since: a full page whose records all
 * share the since-minute cannot be paged past. Such a page is asked for again
 * with the endpoint's maximum limit, and if that is full too, the minute is
 * read whole with larger limits before moving to the next minute; a vendor
 * that refuses or clamps those is reported, never skipped silently. A full
 * page that does not move the position aborts loudly instead of looping.
 */
export async function* keysetPages(options: KeysetOptions): AsyncGenerator<StreamPage> {
  const committed = options.state.cursor ? { since: options.state.cursor, id: String((options.state.data as { lastId?: string } | null)?.lastId ?? "") } : null;
  const lookingBack = committed !== null && options.lookbackMs > 0;
  const since = committed ? (lookingBack ? shiftIso(committed.since, -options.lookbackMs) : committed.since) : options.initialSince;
  const lastId = committed && !lookingBack && options.useLastId ? committed.id || undefined : undefined;
  const { limit, useLastId } = options;
  // A time that is no timestamp (a broken record's) never becomes a cursor: that record is dead-lettered, the paging goes on.
  const position = (raw: unknown): Position | null => {
    const found = options.position(raw);
    return found && /^\d{4}-\d{2}-\d{2}/.test(found.since) && !Number.isNaN(Date.parse(found.since)) ? found : null;
  };
  const maxLimit = Math.max(limit, options.maxLimit ?? limit);
  const keyOf = options.keyOf ?? ((raw: unknown) => position(raw)?.id ?? null);
  const unitsOf = (raw: unknown[]) => (options.unitOf ? new Set(raw.map((r) => options.unitOf!(r) ?? keyOf(r))).size : raw.length);
  type Query = { since: string; lastId?: string; limit: number };

  /** The greatest position of the records (by time, then id), or `than` if none is greater. */
  const greatest = (raw: unknown[], than: Position | null): Position | null => {
    let best = than;
    for (const record of raw) {
      const at = position(record);
      if (at && (!best || comparePositions(at, best) > 0)) best = at;
    }
    return best;
  };
  const lastOf = (raw: unknown[]): Position | null => {
    for (let i = raw.length - 1; i >= 0; i--) {
      const at = position(raw[i]);
      if (at) return at;
    }
    return null;
  };

  // The walk's greatest position so far, over every page that has arrived.
  let reached: Position | null = null;
  /** Where the page after `raw` (asked with `query`) starts; null: nowhere (the end, or a crowded minute). */
  const nextQuery = (raw: unknown[], query: Query): Query | null => {
    if (unitsOf(raw) < query.limit) return null;
    const last = lastOf(raw);
    if (!last || !reached) return null;
    if (useLastId) return last.id === query.lastId && reached.since === query.since ? null : { since: reached.since, lastId: last.id, limit };
    // Only forward: records may carry times behind the list's own order (a listen's date, when it carries no modified time).
    return minute(reached.since) <= minute(query.since) ? null : { since: reached.since, limit };
  };

  // Pages are asked for ahead of their turn: the next as soon as the one
  // before it arrives (its position is then known), up to `ahead` pages not
  // yet written. The vendor's answers (and their decoding) overlap the
  // writing of earlier pages; the cursor still moves one written page at a time.
  const ahead = Math.max(1, options.ahead ?? 2);
  const started: { query: Query; raw: Promise<unknown[]> }[] = [];
  let waiting: Query | null = null;
  const start = (query: Query) => {
    const raw = options.fetch(query);
    started.push({ query, raw });
    raw.then(
      (page) => {
        reached = greatest(page, reached);
        const next = nextQuery(page, query);
        if (!next) return;
        if (started.length < ahead) start(next);
        else waiting = next;
      },
      // A failure surfaces where the page is awaited.
      () => {},
    );
  };

  let high: Position | null = committed;
  const seen = new Set<string>();
  const fresh = (raw: unknown[], query: Query) =>
    raw.filter((record) => {
      if (useLastId && query.lastId !== undefined && position(record)?.id === query.lastId) return false;
      const key = keyOf(record);
      if (key === null) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  /** The state to commit once these records are written: the cursor only ever moves forward. */
  const stateAfter = (raw: unknown[]): StreamState | undefined => {
    const top = greatest(raw, null);
    if (!top || (high && Date.parse(top.since) < Date.parse(high.since))) return undefined;
    if (high && Date.parse(top.since) === Date.parse(high.since) && !useLastId) return undefined;
    high = { since: top.since, id: lastOf(raw)?.id ?? top.id };
    return { cursor: top.since, data: useLastId ? { lastId: high.id } : null };
  };

  start({ since, lastId, limit });
  for (;;) {
    const { query, raw: pending } = started.shift()!;
    const raw = await pending;
    if (waiting && started.length < ahead) {
      const next: Query = waiting;
      waiting = null;
      start(next);
    }
    yield { records: fresh(raw, query), state: stateAfter(raw) };
    if (unitsOf(raw) < query.limit) return;
    if (started.length) continue;
    const last = lastOf(raw);
    if (!last) throw new PagingError(`a full page of ${query.limit} records carried no position to page on`);
    if (useLastId) throw new PagingError(`paging is stuck at ${query.since} / ${query.lastId ?? "-"}: a full page of ${query.limit} did not move past it`);
    // A since-only list whose since-minute holds at least a full page.
    if (query.limit < maxLimit) {
      start({ since: query.since, limit: maxLimit });
      continue;
    }
    const whole = await readCrowdedMinute({ ...options, position }, query.since, maxLimit, unitsOf);
    reached = greatest(whole.records, reached);
    yield { records: fresh(whole.records, query), state: stateAfter(whole.records) };
    if (whole.toTheEnd) return;
    const after = new Date((minute(query.since) + 1) * 60_000).toISOString();
    start({ since: reached && Date.parse(reached.since) > Date.parse(after) ? reached.since : after, limit });
  }
}

/**
 * Every record of one crowded minute of a since-only list, asking past the
 * documented maximum. An answer is whole when it holds more than the maximum
 * (so the vendor did not clamp) and either less than was asked (then it runs
 * to the end of the list) or records past the minute. A vendor that refuses or
 * clamps larger limits is asked with limit 0, which some read as no limit.
 */
async function readCrowdedMinute(options: KeysetOptions, since: string, maxLimit: number, unitsOf: (raw: unknown[]) => number): Promise<{ records: unknown[]; toTheEnd: boolean }> {
  let problem = "";
  for (const factor of CROWDED_MINUTE_FACTORS) {
    const asked = maxLimit * factor;
    let raw: unknown[];
    try {
      raw = await options.fetch({ since, limit: asked });
    } catch (error) {
      if ((error as Error)?.name !== "VendorRequestError") throw error;
      problem = `the vendor refused a limit of ${asked} (${(error as Error).message})`;
      break;
    }
    const units = unitsOf(raw);
    if (units <= maxLimit) {
      problem = `asked for up to ${asked}, the vendor sent ${units}: it does not go past its maximum of ${maxLimit}`;
      break;
    }
    if (units < asked) return { records: raw, toTheEnd: true };
    const pastTheMinute = raw.some((r) => {
      const position = options.position(r);
      return position !== null && minute(position.since) > minute(since);
    });
    if (pastTheMinute) return { records: raw, toTheEnd: false };
  }
  // The doc allows a limit of 0; some APIs read it as "no limit" (everything from since on).
  const unlimited = await options.fetch({ since, limit: 0 }).catch((error: Error) => {
    if (error?.name !== "VendorRequestError") throw error;
    return [];
  });
  if (unitsOf(unlimited) > maxLimit) return { records: unlimited, toTheEnd: true };
  throw new PagingError(
    `more than ${maxLimit} records share the minute ${new Date(minute(since) * 60_000).toISOString()}, and this list pages on whole minutes only: ${problem || "the minute could not be read whole"}. Nothing past that minute was read; the stream resumes there next time.`,
  );
}

/** The vendor ignores seconds in since; two values in one minute ask for the same page. */
function minute(iso: string): number {
  return Math.floor(Date.parse(iso) / 60_000);
}

export interface OffsetWindowOptions {
  state: StreamState;
  initialStart: string;
  lookbackMs: number;
  /** How far behind now the window ends, so records still being written are left for next time. */
  lagMs: number;
  now(): Date;
  limit: number;
  fetch(params: { page: number; limit: number; start: string; end: string }): Promise<{ records: unknown[]; total: number; pages: number }>;
  idOf(raw: unknown): string | null;
  maxWalks?: number;
}

interface WindowWalk {
  start: string;
  end: string;
  page: number;
  total: number | null;
  attempt: number;
}

/**
 * Page/limit paging over a frozen time window. Offsets shift when records are
 * added or removed mid-walk, so at the end the distinct ids seen are checked
 * against the reported total and the window is walked again if they differ.
 * The high-water mark moves only when a walk checks out; the walk itself is
 * saved after every page so a crash resumes mid-window.
 */
export async function* offsetWindowPages(options: OffsetWindowOptions): AsyncGenerator<StreamPage> {
  const saved = (options.state.data as { walk?: WindowWalk } | null)?.walk;
  const end = yield* offsetWindowWalk(options, options.state.cursor, saved);
  // A walk resumed after a crash froze its window before this run began: walk
  // the window since, as a run started now would.
  if (saved) yield* offsetWindowWalk(options, end, undefined);
}

async function* offsetWindowWalk(options: OffsetWindowOptions, highWater: string | null, saved: WindowWalk | undefined): AsyncGenerator<StreamPage, string> {
  const maxWalks = options.maxWalks ?? 3;
  let walk: WindowWalk = saved ?? {
    start: highWater ? shiftIso(highWater, -options.lookbackMs) : options.initialStart,
    end: new Date(options.now().getTime() - options.lagMs).toISOString(),
    page: 1,
    total: null,
    attempt: 1,
  };
  // Ids seen in this walk; unknown for the pages before a resume.
  let seen: Set<string> | null = saved && saved.page > 1 ? null : new Set();
  for (;;) {
    const result = await options.fetch({ page: walk.page, limit: options.limit, start: walk.start, end: walk.end });
    for (const record of result.records) {
      const id = options.idOf(record);
      if (id) seen?.add(id);
    }
    const total = walk.total ?? result.total;
    const finished = walk.page >= result.pages || result.records.length < options.limit;
    if (!finished) {
      walk = { ...walk, page: walk.page + 1, total };
      yield { records: result.records, state: { cursor: highWater, data: { walk } as unknown as Json } };
      continue;
    }
    const consistent = result.total === total && (seen === null || seen.size === result.total);
    if (consistent) {
      // Only a walk seen whole (not resumed) knows which records are gone.
      const complete = seen ? { from: walk.start, to: walk.end, ids: [...seen] } : undefined;
      yield { records: result.records, state: { cursor: walk.end, data: null }, complete };
      return walk.end;
    }
    if (walk.attempt >= maxWalks) {
      throw new PagingError(`the list kept changing while it was read: ${seen?.size ?? "?"} distinct records against a total of ${result.total} after ${maxWalks} walks of ${walk.start} – ${walk.end}`);
    }
    walk = { ...walk, page: 1, total: null, attempt: walk.attempt + 1 };
    seen = new Set();
    yield { records: result.records, state: { cursor: highWater, data: { walk } as unknown as Json } };
  }
}

export interface RecentlyChangedOptions {
  state: StreamState;
  /** Where a first walk stops: older changes were read by the window walk. */
  initialSince: string;
  /** How far before the last walk's start the next one reaches back. */
  overlapMs: number;
  now(): Date;
  limit: number;
  /** One page of records sorted by modification time, newest first. */
  fetch(params: { page: number; limit: number }): Promise<{ records: unknown[]; pages: number }>;
  modifiedAt(raw: unknown): string | null;
}

/**
 * Page/limit over a list sorted newest-changed first, down to the last walk's
 * start. A record changed during the walk moves to the front and shifts the
 * pages by one, which only re-reads a record; the cursor (the walk's start)
 * is committed when the walk ends, so a crash just walks again.
 */
export async function* recentlyChangedPages(options: RecentlyChangedOptions): AsyncGenerator<StreamPage> {
  const started = options.now().toISOString();
  const since = Date.parse(options.state.cursor ? shiftIso(options.state.cursor, -options.overlapMs) : options.initialSince);
  for (let page = 1; ; page++) {
    const result = await options.fetch({ page, limit: options.limit });
    const fresh = result.records.filter((r) => Date.parse(options.modifiedAt(r) ?? "") >= since || options.modifiedAt(r) === null);
    const reachedOld = fresh.length < result.records.length;
    const done = reachedOld || page >= result.pages || result.records.length < options.limit;
    yield { records: fresh, state: done ? { cursor: started, data: null } : undefined };
    if (done) return;
  }
}

export interface NewestFirstOptions {
  state: StreamState;
  initialFrom: string;
  lookbackMs: number;
  limit: number;
  fetch(params: { cursor: string | null; from: string; limit: number }): Promise<{ records: unknown[]; nextCursor: string | null; hasMore: boolean }>;
  createdAt(raw: unknown): string | null;
}

interface NewestFirstWalk {
  from: string;
  cursor: string | null;
  max: string | null;
}

/**
 * A newest-first list cannot checkpoint a high-water mark page by page: the
 * newest record comes first. The provisional maximum is kept in the walk and
 * promoted only when the walk reaches its end (a signpost); meanwhile the
 * page cursor is saved so a crash resumes mid-walk.
 */
export async function* newestFirstPages(options: NewestFirstOptions): AsyncGenerator<StreamPage> {
  const resumed = (options.state.data as { walk?: NewestFirstWalk } | null)?.walk;
  const finished = yield* newestFirstWalk(options, options.state.cursor, resumed);
  // A walk resumed after a crash began before this run: records created since
  // are newer than its start. Walk once more, as a run started now would.
  if (resumed) yield* newestFirstWalk(options, finished, undefined);
}

async function* newestFirstWalk(options: NewestFirstOptions, highWater: string | null, resumed: NewestFirstWalk | undefined): AsyncGenerator<StreamPage, string | null> {
  let walk: NewestFirstWalk = resumed ?? {
    from: highWater ? shiftIso(highWater, -options.lookbackMs) : options.initialFrom,
    cursor: null,
    max: highWater,
  };
  const cursors = new Set<string>();
  for (;;) {
    const result = await options.fetch({ cursor: walk.cursor, from: walk.from, limit: options.limit });
    let max = walk.max;
    for (const record of result.records) {
      const created = options.createdAt(record);
      if (created && (!max || Date.parse(created) > Date.parse(max))) max = created;
    }
    if (!result.hasMore || !result.nextCursor) {
      yield { records: result.records, state: { cursor: max, data: null } };
      return max;
    }
    if (cursors.has(result.nextCursor)) throw new PagingError(`the vendor returned the page cursor ${result.nextCursor} twice`);
    cursors.add(result.nextCursor);
    walk = { from: walk.from, cursor: result.nextCursor, max };
    yield { records: result.records, state: { cursor: highWater, data: { walk } as unknown as Json } };
  }
}

/** One page holding a whole list (users, teams, topics). */
export async function* wholeListPage(fetch: () => Promise<unknown[]>): AsyncGenerator<StreamPage> {
  yield { records: await fetch() };
}

export interface PendingItem {
  id: string;
  /** Webhook deliveries settled once this id is fetched. */
  deliveries?: number[];
}

export interface PendingOptions {
  /** Work still to do, read from the database. */
  pending(exclude: Set<string>): Promise<PendingItem[]>;
  /** The record, or null when the vendor does not have it. */
  fetchOne(id: string): Promise<unknown | null>;
  concurrency: number;
}

/** Fetch-by-id work: ids learnt from webhooks, or records the list left without details. */
export async function* pendingPages(options: PendingOptions): AsyncGenerator<StreamPage> {
  const attempted = new Set<string>();
  for (;;) {
    const items = await options.pending(attempted);
    if (!items.length) return;
    for (let i = 0; i < items.length; i += options.concurrency) {
      const part = items.slice(i, i + options.concurrency);
      for (const item of part) attempted.add(item.id);
      const fetched = await Promise.all(part.map(async (item) => ({ item, record: await options.fetchOne(item.id) })));
      yield {
        records: fetched.filter((f) => f.record !== null).map((f) => f.record),
        missing: fetched.filter((f) => f.record === null).map((f) => f.item.id),
        settles: part.flatMap((item) => item.deliveries ?? []),
      };
    }
  }
}

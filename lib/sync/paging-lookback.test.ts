import { describe, expect, it } from "vitest";
import { PagingError } from "./errors";
import { type LookbackListPage, type LookbackOptions, lookbackPages } from "./paging-lookback";
import type { StreamPage, StreamState } from "./types";

interface Call {
  id: string;
  created_at: string;
  score: number;
}

const DAY = 86_400_000;
const NOW = Date.parse("2026-03-31T12:00:00Z");
const EMPTY: StreamState = { cursor: null, data: null };

/** A newest-first list with position cursors and inclusive from/to, as Revont documents it. */
function endpoint(calls: Call[]) {
  const requests: { cursor: string | null; from: string; to: string }[] = [];
  const details: string[] = [];
  const list = async ({ cursor, from, to, limit }: { cursor: string | null; from: string; to: string; limit: number }): Promise<LookbackListPage> => {
    requests.push({ cursor, from, to });
    const after = cursor ? (JSON.parse(cursor) as [number, string]) : null;
    const matching = calls
      .filter((c) => {
        const ms = Date.parse(c.created_at);
        if (ms < Date.parse(from) || ms > Date.parse(to)) return false;
        return !after || ms < after[0] || (ms === after[0] && c.id < after[1]);
      })
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || (a.id < b.id ? 1 : -1));
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    const hasMore = matching.length > limit;
    return { records: page.map(({ id, created_at }) => ({ id, created_at })), nextCursor: hasMore && last ? JSON.stringify([Date.parse(last.created_at), last.id]) : null, hasMore };
  };
  const fetchOne = async (id: string) => {
    details.push(id);
    return calls.find((c) => c.id === id) ?? null;
  };
  return { list, fetchOne, requests, details };
}

function callsOver(days: number, perDay: number): Call[] {
  return Array.from({ length: days * perDay }, (_, i) => ({
    id: `c${String(i).padStart(3, "0")}`,
    created_at: new Date(NOW - DAY * days + Math.floor((i * DAY) / perDay) + 3_600_000).toISOString(),
    score: i,
  }));
}

function options(api: ReturnType<typeof endpoint>, state: StreamState, stored: Map<string, number>, now = NOW): LookbackOptions {
  return {
    state,
    initialFrom: new Date(NOW - 30 * DAY).toISOString(),
    lookbackMs: 7 * DAY,
    now: () => new Date(now),
    limit: 5,
    fetch: api.list,
    idOf: (raw) => (raw as { id?: string }).id ?? null,
    // Stale: not stored, or stored with another score (the "list fields").
    stale: async (listed) => new Set(listed.filter((l) => !stored.has(l.id)).map((l) => l.id)),
    fetchOne: api.fetchOne,
    concurrency: 3,
  };
}

/** Runs the pages as the engine would: stores what each page brings and commits its state. */
async function run(pages: AsyncIterable<StreamPage>, stored: Map<string, number>, stopAfter = Infinity) {
  let state: StreamState | undefined;
  const completes: NonNullable<StreamPage["complete"]>[] = [];
  const missing: string[] = [];
  let n = 0;
  for await (const page of pages) {
    for (const record of page.records as Call[]) stored.set(record.id, record.score);
    missing.push(...(page.missing ?? []));
    if (page.state) state = page.state;
    if (page.complete) completes.push(page.complete);
    if (++n >= stopAfter) break;
  }
  return { state, completes, missing };
}

describe("lookback paging (newest first, a window re-read every pass)", () => {
  it("reads everything since the first start, fetching each call whole once, and reports the window read", async () => {
    const calls = callsOver(20, 2);
    const api = endpoint(calls);
    const stored = new Map<string, number>();
    const { state, completes } = await run(lookbackPages(options(api, EMPTY, stored)), stored);
    expect([...stored.keys()].sort()).toEqual(calls.map((c) => c.id).sort());
    expect(api.details.sort()).toEqual(calls.map((c) => c.id).sort());
    expect(state).toEqual({ cursor: new Date(NOW).toISOString(), data: null });
    expect(completes).toEqual([{ from: new Date(NOW - 30 * DAY).toISOString(), to: new Date(NOW).toISOString(), ids: expect.any(Array) }]);
    expect(completes[0].ids.sort()).toEqual(calls.map((c) => c.id).sort());
  });

  it("on the next pass lists only the lookback window and fetches nothing unchanged", async () => {
    const calls = callsOver(20, 2);
    const api = endpoint(calls);
    const stored = new Map<string, number>();
    const first = await run(lookbackPages(options(api, EMPTY, stored)), stored);
    api.requests.length = 0;
    api.details.length = 0;
    const later = NOW + 3_600_000;
    const { completes } = await run(lookbackPages(options(api, first.state!, stored, later)), stored);
    const from = new Date(NOW - 7 * DAY).toISOString();
    expect(api.requests.every((r) => r.from === from && r.to === new Date(later).toISOString())).toBe(true);
    const inWindow = calls.filter((c) => c.created_at >= from).map((c) => c.id);
    expect(api.requests).toHaveLength(Math.ceil(inWindow.length / 5));
    expect(api.details).toEqual([]);
    expect(completes).toHaveLength(1);
    expect(completes[0].ids.sort()).toEqual(inWindow.sort());
  });

  it("reaches back to the last walk when passes were far apart", async () => {
    const api = endpoint(callsOver(20, 1));
    const state: StreamState = { cursor: new Date(NOW - 12 * DAY).toISOString(), data: null };
    await run(lookbackPages(options(api, state, new Map())), new Map());
    expect(api.requests[0].from).toBe(new Date(NOW - 19 * DAY).toISOString());
  });

  it("resumes a walk after a crash where it stopped, reports no window for it, then walks the window afresh", async () => {
    const calls = callsOver(10, 3);
    const api = endpoint(calls);
    const stored = new Map<string, number>();
    // The first run commits two pages, then dies.
    const crashed = await run(lookbackPages(options(api, EMPTY, stored)), stored, 2);
    expect(crashed.state?.data).toMatchObject({ lookback: { from: new Date(NOW - 30 * DAY).toISOString(), to: new Date(NOW).toISOString(), cursor: expect.any(String) } });
    expect(crashed.state?.cursor).toBeNull();
    const seenBefore = new Set(stored.keys());
    api.requests.length = 0;
    api.details.length = 0;
    const later = NOW + 600_000;
    const resumed = await run(lookbackPages(options(api, crashed.state!, stored, later)), stored);
    // The saved walk goes on from its cursor, with its own window.
    expect(api.requests[0]).toEqual({ cursor: (crashed.state!.data as { lookback: { cursor: string } }).lookback.cursor, from: new Date(NOW - 30 * DAY).toISOString(), to: new Date(NOW).toISOString() });
    expect(api.details.some((id) => seenBefore.has(id))).toBe(false);
    expect([...stored.keys()].sort()).toEqual(calls.map((c) => c.id).sort());
    // Only the fresh walk, read whole, tells what is gone.
    expect(resumed.completes).toEqual([{ from: new Date(NOW - 7 * DAY).toISOString(), to: new Date(later).toISOString(), ids: expect.any(Array) }]);
    expect(resumed.state).toEqual({ cursor: new Date(later).toISOString(), data: null });
  });

  it("fetches changed calls again, reports calls gone between list and fetch, and passes on records without an id", async () => {
    const calls = callsOver(3, 2);
    const api = endpoint(calls);
    const stored = new Map(calls.map((c) => [c.id, c.score]));
    const listed = api.list;
    const opts: LookbackOptions = {
      ...options(api, EMPTY, stored),
      fetch: async (params) => {
        const page = await listed(params);
        return params.cursor ? page : { ...page, records: [...page.records, { created_at: calls[0].created_at }] };
      },
      stale: async (l) => new Set(l.filter((x) => x.id === calls[1].id || x.id === calls[2].id).map((x) => x.id)),
      fetchOne: async (id) => (id === calls[2].id ? null : api.fetchOne(id)),
    };
    const pages: StreamPage[] = [];
    for await (const page of lookbackPages(opts)) pages.push(page);
    const records = pages.flatMap((p) => p.records);
    expect(records).toContainEqual({ created_at: calls[0].created_at });
    expect(records.filter((r) => (r as Call).id)).toEqual([calls[1]]);
    expect(pages.flatMap((p) => p.missing ?? [])).toEqual([calls[2].id]);
    expect(pages.at(-1)!.complete!.ids.sort()).toEqual(calls.map((c) => c.id).sort());
  });

  it("stops on a cursor the vendor returns twice", async () => {
    const stuck = async (): Promise<LookbackListPage> => ({ records: [{ id: "a", created_at: new Date(NOW).toISOString() }], nextCursor: "same", hasMore: true });
    const api = endpoint([]);
    const opts = { ...options(api, EMPTY, new Map()), fetch: stuck };
    await expect(run(lookbackPages(opts), new Map())).rejects.toBeInstanceOf(PagingError);
  });
});

import { describe, expect, it } from "vitest";
import { keysetPages, newestFirstPages, offsetWindowPages } from "./paging";
import type { StreamPage, StreamState } from "./types";

interface Rec {
  id: string;
  modified: string;
}

/** A keyset endpoint as documented: since truncated to the minute, last_id positions, and sometimes repeats it. */
function keysetEndpoint(records: Rec[], repeatEvery = 3) {
  let calls = 0;
  return async ({ since, lastId, limit }: { since: string; lastId?: string; limit: number }) => {
    calls++;
    const minute = Math.floor(Date.parse(since) / 60_000) * 60_000;
    const ordered = records.filter((r) => Date.parse(r.modified) >= minute).sort((a, b) => a.modified.localeCompare(b.modified) || a.id.localeCompare(b.id));
    let start = 0;
    if (lastId) {
      const at = ordered.findIndex((r) => r.id === lastId);
      if (at >= 0) start = calls % repeatEvery === 0 ? at : at + 1;
    }
    return ordered.slice(start, start + limit);
  };
}

async function drain(pages: AsyncIterable<StreamPage>): Promise<{ ids: string[]; state: StreamState | undefined }> {
  const ids: string[] = [];
  let state: StreamState | undefined;
  for await (const page of pages) {
    ids.push(...page.records.map((r) => (r as Rec).id));
    if (page.state) state = page.state;
  }
  return { ids, state };
}

const EMPTY: StreamState = { cursor: null, data: null };

describe("keyset paging (since + last_id)", () => {
  // 7 records share one timestamp, across page boundaries.
  const records: Rec[] = Array.from({ length: 23 }, (_, i) => ({
    id: `c${String(i).padStart(2, "0")}`,
    modified: i >= 5 && i < 12 ? "2026-03-01T10:00:30Z" : new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString(),
  }));

  it("visits every record exactly once despite shared timestamps and the repeated last_id", async () => {
    const fetch = keysetEndpoint(records);
    const { ids, state } = await drain(
      keysetPages({ state: EMPTY, initialSince: "2026-01-01T00:00:00Z", lookbackMs: 0, limit: 4, useLastId: true, fetch, position: (r) => ({ since: (r as Rec).modified, id: (r as Rec).id }) }),
    );
    const expected = [...records].sort((a, b) => a.modified.localeCompare(b.modified) || a.id.localeCompare(b.id)).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect(state?.data).toEqual({ lastId: expected.at(-1) });
  });

  it("never moves the cursor back while it re-reads the lookback window", async () => {
    const fetch = keysetEndpoint(records, 1000);
    const committed: StreamState = { cursor: "2026-03-01T09:20:00.000Z", data: { lastId: "c20" } };
    const states: StreamState[] = [];
    for await (const page of keysetPages({ state: committed, initialSince: "2026-01-01T00:00:00Z", lookbackMs: 3_600_000, limit: 4, useLastId: true, fetch, position: (r) => ({ since: (r as Rec).modified, id: (r as Rec).id }) })) {
      if (page.state) states.push(page.state);
    }
    for (const state of states) expect(Date.parse(state.cursor!)).toBeGreaterThanOrEqual(Date.parse(committed.cursor!));
    // The newest records share 10:00:30; c11 is the last of them by id.
    expect(states.at(-1)).toEqual({ cursor: "2026-03-01T10:00:30Z", data: { lastId: "c11" } });
  });

  it("aborts loudly when a full page with last_id does not move", async () => {
    const stuck = async () => Array.from({ length: 4 }, (_, i) => ({ id: `x${i}`, modified: "2026-03-01T10:00:30Z" }));
    await expect(
      drain(keysetPages({ state: EMPTY, initialSince: "2026-03-01T10:00:00Z", lookbackMs: 0, limit: 4, useLastId: true, fetch: stuck, position: (r) => ({ since: (r as Rec).modified, id: (r as Rec).id }) })),
    ).rejects.toThrow(/stuck/);
  });
});

describe("cursors that never go back", () => {
  /** Calls in the vendor's order of last change; each carries only its call time (never later than its change). */
  const calls = (changed: string[]) => {
    const base = Array.from({ length: 30 }, (_, i) => ({ id: `k${String(i).padStart(2, "0")}`, callTime: new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString(), modified: new Date(Date.UTC(2026, 2, 1, 9, i, 30)).toISOString() }));
    for (const [n, id] of changed.entries()) base.find((c) => c.id === id)!.modified = new Date(Date.UTC(2026, 2, 2, 12, n)).toISOString();
    return base;
  };
  const position = (r: unknown) => ({ since: (r as { callTime: string }).callTime, id: (r as { id: string }).id });

  it("keep the greatest call time when a call made long ago changes, so the next pass reads one page", async () => {
    let store = calls([]);
    let requests = 0;
    const fetch = async (q: { since: string; lastId?: string; limit: number }) => {
      requests++;
      return keysetEndpoint(store.map((c) => ({ id: c.id, modified: c.modified, callTime: c.callTime })), 1000)(q);
    };
    const options = (state: StreamState) => ({ state, initialSince: "2026-01-01T00:00:00Z", lookbackMs: 5 * 60_000, limit: 10, useLastId: true, fetch, position });
    const first = await drain(keysetPages(options(EMPTY)));
    expect(first.ids).toHaveLength(30);
    expect(first.state?.cursor).toBe(store[29].callTime);
    // The oldest call changes: it is now last in the vendor's order, with the oldest call time.
    store = calls(["k00"]);
    requests = 0;
    const second = await drain(keysetPages(options(first.state!)));
    expect(second.ids).toContain("k00");
    expect(second.state?.cursor ?? first.state!.cursor).toBe(store[29].callTime);
    requests = 0;
    await drain(keysetPages(options(second.state ?? first.state!)));
    expect(requests).toBe(1);
  });
});

describe("since-only lists with a crowded minute", () => {
  /** A since-only endpoint: whole minutes, and what it does with a limit above its maximum. */
  function sinceOnly(records: Rec[], max: number, above: "honour" | "clamp" | "refuse", zero: "none" | "all" = "none") {
    const asked: number[] = [];
    const fetch = async ({ since, limit }: { since: string; limit: number }) => {
      asked.push(limit);
      if (limit > max && above === "refuse") throw Object.assign(new Error(`limit must be at most ${max}`), { name: "VendorRequestError" });
      const minute = Math.floor(Date.parse(since) / 60_000) * 60_000;
      const ordered = records.filter((r) => Date.parse(r.modified) >= minute).sort((a, b) => a.modified.localeCompare(b.modified) || a.id.localeCompare(b.id));
      if (limit === 0) return zero === "all" ? ordered : [];
      return ordered.slice(0, above === "clamp" ? Math.min(limit, max) : limit);
    };
    return { fetch, asked };
  }
  const crowded: Rec[] = [
    { id: "a0", modified: "2026-03-01T09:59:00Z" },
    ...Array.from({ length: 25 }, (_, i) => ({ id: `m${String(i).padStart(2, "0")}`, modified: `2026-03-01T10:00:${String(i).padStart(2, "0")}Z` })),
    { id: "z0", modified: "2026-03-01T10:01:10Z" },
    { id: "z1", modified: "2026-03-01T10:02:10Z" },
  ];
  const options = (fetch: (q: { since: string; limit: number }) => Promise<unknown[]>, limit: number, maxLimit: number) => ({
    state: EMPTY,
    initialSince: "2026-03-01T09:00:00Z",
    lookbackMs: 0,
    limit,
    maxLimit,
    useLastId: false,
    fetch,
    position: (r: unknown) => ({ since: (r as Rec).modified, id: (r as Rec).id }),
  });

  it("widens to the maximum, then reads the minute whole past it, each record once", async () => {
    const { fetch, asked } = sinceOnly(crowded, 10, "honour");
    const { ids, state } = await drain(keysetPages(options(fetch, 4, 10)));
    expect([...ids].sort()).toEqual(crowded.map((r) => r.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    // The second page is all one minute: asked again at the maximum, then past it until the minute ends in the answer.
    expect(asked.slice(0, 5)).toEqual([4, 4, 10, 20, 40]);
    expect(state?.cursor).toBe("2026-03-01T10:02:10Z");
  });

  it("says so, and moves no further, when the vendor clamps or refuses a limit above its maximum", async () => {
    for (const above of ["clamp", "refuse"] as const) {
      const { fetch } = sinceOnly(crowded, 10, above);
      const states: StreamState[] = [];
      const pages = keysetPages(options(fetch, 10, 10));
      await expect(
        (async () => {
          for await (const page of pages) if (page.state) states.push(page.state);
        })(),
      ).rejects.toThrow(/more than 10 records share the minute 2026-03-01T10:00:00.000Z/);
      for (const state of states) expect(Date.parse(state.cursor!)).toBeLessThan(Date.parse("2026-03-01T10:01:00Z"));
    }
  });

  it("reads the minute with limit 0 where the vendor takes that as no limit", async () => {
    for (const above of ["clamp", "refuse"] as const) {
      const { fetch, asked } = sinceOnly(crowded, 10, above, "all");
      const { ids } = await drain(keysetPages(options(fetch, 10, 10)));
      expect([...ids].sort()).toEqual(crowded.map((r) => r.id).sort());
      expect(asked).toContain(0);
    }
  });

  it("counts what limit counts: scorecard results, not their answers", async () => {
    // 6 results of 3 answers each; limit 4 results.
    const answers = Array.from({ length: 18 }, (_, i) => ({ id: `r${Math.floor(i / 3)}:q${i % 3}`, result: `r${Math.floor(i / 3)}`, modified: new Date(Date.UTC(2026, 2, 1, 9, Math.floor(i / 3))).toISOString() }));
    const fetch = async ({ since, limit }: { since: string; limit: number }) => {
      const minute = Math.floor(Date.parse(since) / 60_000) * 60_000;
      const out: typeof answers = [];
      const results = new Set<string>();
      for (const a of answers.filter((x) => Date.parse(x.modified) >= minute)) {
        if (!results.has(a.result) && results.size >= limit) break;
        results.add(a.result);
        out.push(a);
      }
      return out;
    };
    const { ids } = await drain(
      keysetPages({
        state: EMPTY,
        initialSince: "2026-03-01T00:00:00Z",
        lookbackMs: 0,
        limit: 4,
        useLastId: false,
        fetch,
        position: (r) => ({ since: (r as Rec).modified, id: (r as Rec).id }),
        unitOf: (r) => (r as { result: string }).result,
      }),
    );
    expect([...ids].sort()).toEqual(answers.map((a) => a.id).sort());
  });
});

describe("offset paging over a frozen window", () => {
  it("walks the window again when a record is inserted mid-walk, and only then moves the high-water mark", async () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, createdAt: new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString() }));
    let requests = 0;
    const fetch = async ({ page, limit, start, end }: { page: number; limit: number; start: string; end: string }) => {
      requests++;
      // A late record appears inside the window after the first page was read.
      if (requests === 2) records.splice(0, 0, { id: "late", createdAt: "2026-03-01T08:59:00.000Z" });
      const inWindow = records.filter((r) => r.createdAt >= start && r.createdAt <= end).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return { records: inWindow.slice((page - 1) * limit, page * limit), total: inWindow.length, pages: Math.ceil(inWindow.length / limit) };
    };
    const seen = new Set<string>();
    let final: StreamState | undefined;
    for await (const page of offsetWindowPages({ state: EMPTY, initialStart: "2026-03-01T00:00:00Z", lookbackMs: 0, lagMs: 0, now: () => new Date("2026-03-02T00:00:00Z"), limit: 3, fetch, idOf: (r) => (r as { id: string }).id })) {
      for (const r of page.records) seen.add((r as { id: string }).id);
      final = page.state;
    }
    expect([...seen].sort()).toEqual([...records.map((r) => r.id)].sort());
    expect(final).toEqual({ cursor: "2026-03-02T00:00:00.000Z", data: null });
  });
});

describe("newest-first paging", () => {
  const records = Array.from({ length: 9 }, (_, i) => ({ id: `r${i}`, created_at: new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString() }));
  const fetch = async ({ cursor, from, limit }: { cursor: string | null; from: string; limit: number }) => {
    const ordered = records.filter((r) => r.created_at >= from).sort((a, b) => b.created_at.localeCompare(a.created_at));
    const start = cursor ? Number(cursor) : 0;
    const page = ordered.slice(start, start + limit);
    const more = start + limit < ordered.length;
    return { records: page, nextCursor: more ? String(start + limit) : null, hasMore: more };
  };
  const options = (state: StreamState) => ({ state, initialFrom: "2026-01-01T00:00:00Z", lookbackMs: 0, limit: 4, fetch, createdAt: (r: unknown) => (r as { created_at: string }).created_at });

  it("keeps the high-water mark until the walk ends, resumes a walk from its saved page cursor, then walks what is newer", async () => {
    const pages = newestFirstPages(options(EMPTY));
    const first = await pages.next();
    expect(first.value?.state?.cursor).toBeNull();
    const resumeFrom = first.value!.state!;
    const rest = await drain(newestFirstPages(options(resumeFrom)));
    // The rest of the interrupted walk, then a walk from its high-water mark (inclusive) for anything newer.
    expect(rest.ids).toEqual(["r4", "r3", "r2", "r1", "r0", "r8"]);
    expect(rest.state).toEqual({ cursor: records[8].created_at, data: null });
  });
});

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

  it("aborts loudly when a full page cannot move past one minute", async () => {
    const crowded: Rec[] = Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, modified: "2026-03-01T10:00:30Z" }));
    const fetch = keysetEndpoint(crowded);
    await expect(
      drain(keysetPages({ state: EMPTY, initialSince: "2026-03-01T10:00:00Z", lookbackMs: 0, limit: 4, useLastId: false, fetch, position: (r) => ({ since: (r as Rec).modified, id: (r as Rec).id }) })),
    ).rejects.toThrow(/stuck/);
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

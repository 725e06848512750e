import { afterAll, beforeAll, describe, expect, it } from "vitest";

/* eslint-disable @typescript-eslint/no-explicit-any -- served payloads are read field by field */
import type { RevontCall } from "../dataset/types";
import { authHeaders, get, start } from "../test-helpers";
import type { RunningSimulators } from "../types";

let sims: RunningSimulators;
let h: ReturnType<typeof authHeaders>;
beforeAll(async () => {
  sims = await start();
  h = authHeaders(sims);
});
afterAll(() => sims.close());

type Page = { data: Omit<RevontCall, "transcript">[]; next_cursor: string | null; has_more: boolean };
const list = (query: string) => get<Page>(`${sims.baseUrls.revont}/calls${query}`, h.revont);

describe("Revont calls", () => {
  it("lists newest first (ties by id descending) with 20 per page by default", async () => {
    const res = await list("");
    expect(res.body.data).toHaveLength(20);
    expect(res.body.has_more).toBe(true);
    expect(res.body.data[0]).not.toHaveProperty("transcript");
    const all = sims.control.records("revont") as RevontCall[];
    expect(res.body.data.map((c) => c.id)).toEqual(all.slice(0, 20).map((c) => c.id));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect(a.created_at > b.created_at || (a.created_at === b.created_at && a.id > b.id)).toBe(true);
    }
    expect(all.some((c, i) => i > 0 && all[i - 1].created_at === c.created_at)).toBe(true);
  });

  it("pages with an opaque cursor that stays stable when calls are inserted", async () => {
    const all = sims.control.records("revont") as RevontCall[];
    const seen: string[] = [];
    let cursor: string | null = null;
    let inserted = false;
    do {
      const res = await list(`?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...res.body.data.map((c) => c.id));
      cursor = res.body.next_cursor;
      expect(res.body.has_more).toBe(cursor !== null);
      if (!inserted) {
        // A newer call arrives mid-sync, and one in the same second as the last one seen.
        const last = all.find((c) => c.id === seen[seen.length - 1])!;
        sims.control.addRecords("revont", [
          { ...all[0], id: "call_01ZZZZZZZZZZZZZZZZZZ", created_at: "2099-01-01T00:00:00Z" },
          { ...last, id: `${last.id}A` },
        ]);
        inserted = true;
      }
    } while (cursor);
    expect(seen).toEqual(all.map((c) => c.id));
    sims.control.deleteRecord("revont", "call_01ZZZZZZZZZZZZZZZZZZ");
  });

  it("filters by rep, date range (inclusive) and outcome", async () => {
    const all = sims.control.records("revont") as RevontCall[];
    const rep = all[3].rep_id;
    const mine = await list(`?rep_id=${rep}&limit=100`);
    expect(mine.body.data.map((c) => c.id)).toEqual(all.filter((c) => c.rep_id === rep).map((c) => c.id));
    const from = all[30].created_at;
    const to = all[10].created_at;
    const ranged = await list(`?from=${from}&to=${to}&limit=100`);
    expect(ranged.body.data.map((c) => c.id)).toEqual(all.filter((c) => c.created_at >= from && c.created_at <= to).map((c) => c.id));
    const won = await list("?outcome=won&limit=100");
    expect(won.body.data.length).toBeGreaterThan(0);
    expect(won.body.data.every((c) => c.outcome === "won")).toBe(true);
  });

  it("rejects bad parameters with 400 naming the parameter", async () => {
    for (const [query, name] of [["?limit=0", "limit"], ["?limit=101", "limit"], ["?outcome=maybe", "outcome"], ["?cursor=garbage", "cursor"], ["?from=soon", "from"]]) {
      const res = await list(query);
      expect(res.status, query).toBe(400);
      expect(res.body as unknown as { error: string }).toMatchObject({ error: expect.stringContaining(`"${name}"`) });
    }
  });

  it("serves one call with its transcript in milliseconds", async () => {
    const call = (sims.control.records("revont") as RevontCall[])[5];
    const res = await get<RevontCall>(`${sims.baseUrls.revont}/calls/${call.id}`, h.revont);
    expect(res.body).toEqual(call);
    expect(call.id).toMatch(/^call_01[0-9A-HJKMNP-TV-Z]+$/);
    expect(call.rep_id).toMatch(/^user_01/);
    for (const seg of call.transcript) {
      expect(["rep", "prospect"]).toContain(seg.speaker);
      expect(Number.isInteger(seg.start_ms) && seg.end_ms > seg.start_ms).toBe(true);
    }
  });
});

describe("Revont calls in variants mode", () => {
  const ADDED = ["x_schema_rev", "_links", "internal_ref", "tenantTag"];

  it("lists each call with exactly the detail's fields but its transcript, the same on every request", async () => {
    const seen = { milliseconds: 0, meetingBooked: 0, speakers: new Set<string>(), nullScore: 0, badSegment: 0 };
    for (const seed of [0, 1, 2, 3]) {
      const s = await start({ variants: seed });
      const auth = authHeaders(s).revont;
      try {
        const records = s.control.records("revont") as any[];
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const res: Awaited<ReturnType<typeof get<Page>>> = await get<Page>(`${s.baseUrls.revont}/calls?limit=7${cursor ? `&cursor=${cursor}` : ""}`, auth);
          for (const listed of res.body.data as any[]) {
            const { transcript, ...fields } = records.find((r) => r.id === listed.id);
            expect(listed).toEqual(fields);
            expect(transcript).toBeDefined();
            expect(Object.keys(listed).some((k) => ADDED.includes(k))).toBe(true);
            ids.push(listed.id);
          }
          cursor = res.body.next_cursor;
        } while (cursor);
        // Newest first by the created_at served, milliseconds and all.
        expect(ids).toEqual(records.map((r) => r.id));
        for (const r of records.slice(0, 10)) expect((await get(`${s.baseUrls.revont}/calls/${r.id}`, auth)).body).toEqual(r);
        for (const r of records) {
          if (/\.\d{3}Z$/.test(r.created_at)) seen.milliseconds++;
          if (r.outcome === "meeting_booked") seen.meetingBooked++;
          if (r.coaching_score === null) seen.nullScore++;
          if (r.transcript[0]) seen.speakers.add(`${r.transcript[0].speaker}`);
          if (r.transcript.some((t: any) => t.start_ms === undefined)) seen.badSegment++;
        }
      } finally {
        await s.close();
      }
    }
    expect(seen.milliseconds && seen.meetingBooked && seen.nullScore && seen.badSegment).toBeGreaterThan(0);
    expect(seen.speakers).toEqual(new Set(["rep", "Rep", "agent"]));
  });

  it("filters by the outcome served, and breaks a malformed call where it is ordered and dated", async () => {
    const s = await start({ variants: 2 });
    const auth = authHeaders(s).revont;
    try {
      const records = s.control.records("revont") as any[];
      const booked = records.find((r) => r.outcome === "meeting_booked");
      const won = await get<Page>(`${s.baseUrls.revont}/calls?outcome=won&limit=100`, auth);
      expect(won.body.data.map((c) => c.id)).toEqual(records.filter((r) => r.outcome === "won").map((r) => r.id));
      expect(won.body.data.map((c) => c.id)).not.toContain(booked.id);
      s.control.malform("revont", records[2].id);
      const listed = (await get<Page>(`${s.baseUrls.revont}/calls?limit=5`, auth)).body.data as any[];
      expect(listed.map((c) => c.id)).toEqual(records.slice(0, 5).map((r) => r.id));
      expect(listed[2].created_at).toBe("last tuesday");
      expect((await get(`${s.baseUrls.revont}/calls/${records[2].id}`, auth)).body.created_at).toBe("last tuesday");
    } finally {
      await s.close();
    }
  });
});

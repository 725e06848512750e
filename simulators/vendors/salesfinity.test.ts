import { afterAll, beforeAll, describe, expect, it } from "vitest";

/* eslint-disable @typescript-eslint/no-explicit-any -- served payloads are read field by field */
import { authHeaders, get, start } from "../test-helpers";
import type { RunningSimulators } from "../types";
import type { SfScoredCall } from "../dataset/types";

let sims: RunningSimulators;
let h: ReturnType<typeof authHeaders>;
beforeAll(async () => {
  sims = await start();
  h = authHeaders(sims);
});
afterAll(() => sims.close());

const list = (query: string) => get<{ data: SfScoredCall[]; pagination: { total: number; page: number; limit: number; pages: number } }>(
  `${sims.baseUrls.salesfinity}/v1/scored-calls${query}`, h.salesfinity,
);

describe("Salesfinity scored calls", () => {
  it("defaults to 10 per page, newest first, with consistent pagination", async () => {
    const all = sims.control.records("salesfinity") as SfScoredCall[];
    const res = await list("");
    expect(res.status).toBe(200);
    expect(res.body.pagination).toEqual({ total: all.length, page: 1, limit: 10, pages: Math.ceil(all.length / 10) });
    const created = res.body.data.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("pages through every record exactly once, in a stable order", async () => {
    const seen: string[] = [];
    let pages = 1;
    for (let page = 1; page <= pages; page++) {
      const res = await list(`?limit=7&page=${page}&sort=insight.total_score`);
      pages = res.body.pagination.pages;
      expect(res.body.pagination.total).toBe(sims.control.records("salesfinity").length);
      seen.push(...res.body.data.map((r) => r._id));
      const scores = res.body.data.map((r) => r.insight.total_score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(sims.control.records("salesfinity").length);
    expect((await list(`?limit=7&page=${pages + 1}`)).body.data).toEqual([]);
  });

  it("breaks ties by _id so equal scores page stably", async () => {
    const res = await list("?limit=100&sort=-insight.total_score");
    const rows = res.body.data;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(a.insight.total_score >= b.insight.total_score).toBe(true);
      if (a.insight.total_score === b.insight.total_score) expect(a._id < b._id).toBe(true);
    }
  });

  it("filters by date (a date-only end_date includes the whole day), score and user", async () => {
    const all = sims.control.records("salesfinity") as SfScoredCall[];
    const day = all[20].createdAt.slice(0, 10);
    const res = await list(`?start_date=${day}&end_date=${day}&limit=100`);
    const expected = all.filter((r) => r.createdAt.startsWith(day));
    expect(res.body.pagination.total).toBe(expected.length);
    expect(res.body.data.every((r) => r.createdAt.startsWith(day))).toBe(true);

    const scored = await list("?min_score=70&max_score=80&limit=100");
    expect(scored.body.pagination.total).toBe(all.filter((r) => r.insight.total_score >= 70 && r.insight.total_score <= 80).length);
    expect(scored.body.data.every((r) => r.insight.total_score >= 70 && r.insight.total_score <= 80)).toBe(true);

    const userId = all[0].user._id;
    const mine = await list(`?user_id=${userId}&limit=100`);
    expect(mine.body.pagination.total).toBe(all.filter((r) => r.user._id === userId).length);
    expect(mine.body.data.every((r) => r.user._id === userId)).toBe(true);

    const instant = await list(`?start_date=${encodeURIComponent(all[5].createdAt)}&end_date=${encodeURIComponent(all[5].createdAt)}`);
    expect(instant.body.data.map((r) => r._id)).toContain(all[5]._id);
  });

  it("rejects bad parameters with 400 naming the parameter", async () => {
    for (const [query, name] of [["?limit=0", "limit"], ["?limit=101", "limit"], ["?page=0", "page"], ["?page=x", "page"], ["?sort=-score", "sort"],
      ["?min_score=101", "min_score"], ["?max_score=-1", "max_score"], ["?start_date=yesterday", "start_date"], ["?end_date=2024-13-01", "end_date"]]) {
      const res = await get(`${sims.baseUrls.salesfinity}/v1/scored-calls${query}`, h.salesfinity);
      expect(res.status, query).toBe(400);
      expect(res.body.error, query).toContain(`"${name}"`);
    }
  });

  it("serves records as documented, with total_score the weighted mean of the facets", async () => {
    const [r] = (await list("?limit=1")).body.data;
    expect(r._id).toMatch(/^[0-9a-f]{24}$/);
    expect(r.type).toBe("call");
    expect(r.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(r.call_log.recording_url).toBe("");
    expect(Object.keys(r.call_log.contact)).toEqual(expect.arrayContaining(["first_name", "last_name", "company"]));
    expect(Object.keys(r.insight.facets)).toEqual(["intro", "discovery", "pitch", "tonality", "objection_handling", "cta"]);
    expect(r.insight.facets.intro.checks.permission_opener_used).toEqual(expect.any(Boolean));
    expect(r.insight.facets.cta.metrics.cta_attempted).toEqual(expect.any(Boolean));
    for (const record of sims.control.records("salesfinity") as SfScoredCall[]) {
      const f = Object.values(record.insight.facets);
      expect(f.map((x) => x.weight_pct)).toEqual([10, 25, 20, 15, 15, 15]);
      expect(record.insight.total_score).toBe(f.reduce((a, x) => a + x.score * x.weight_pct, 0) / 100);
      for (const facet of f) for (const e of facet.evidence) expect(e.end_sec).toBeGreaterThan(e.start_sec);
    }
  });
});

describe("Salesfinity scored calls in variants mode", () => {
  const ADDED = ["x_schema_rev", "_links", "internal_ref", "tenantTag"];
  const all = async (s: RunningSimulators, query = "") => {
    const out: SfScoredCall[] = [];
    for (let page = 1; ; page++) {
      const res = await get<{ data: SfScoredCall[]; pagination: { pages: number } }>(`${s.baseUrls.salesfinity}/v1/scored-calls?limit=100&page=${page}${query}`, authHeaders(s).salesfinity);
      out.push(...res.body.data);
      if (page >= res.body.pagination.pages) return out;
    }
  };

  it("serves every seed's readings the same on every request, as records() returns them", async () => {
    const seen = { zero: 0, null: 0, absent: 0, obfuscated: 0, rapport: 0, badScore: 0, badSpan: 0 };
    for (const seed of [0, 1, 2, 3]) {
      const s = await start({ variants: seed });
      try {
        const served = await all(s, "&sort=createdAt");
        expect(await all(s, "&sort=createdAt")).toEqual(served);
        const records = s.control.records("salesfinity") as SfScoredCall[];
        expect([...served].sort((a, b) => (a._id < b._id ? -1 : 1))).toEqual([...records].sort((a, b) => (a._id < b._id ? -1 : 1)));
        for (const r of served as any[]) {
          // An undocumented key on the record and on objects deep inside it.
          expect(Object.keys(r).some((k) => ADDED.includes(k))).toBe(true);
          expect(Object.keys(r.insight.facets.intro).some((k) => ADDED.includes(k))).toBe(true);
          for (const f of Object.values<any>(r.insight.facets)) {
            if (!f || typeof f !== "object" || !("weight_pct" in f)) continue;
            if (f.insufficient_evidence) {
              if (f.score === 0) seen.zero++;
              else if (f.score === null) seen.null++;
              else if (!("score" in f)) seen.absent++;
            }
            if (typeof f.score === "string") seen.badScore++;
            if ((f.evidence ?? []).some((e: any) => e.start_sec === undefined)) seen.badSpan++;
          }
          if (r.user.email === "[email protected]") seen.obfuscated++;
          if (r.insight.facets.rapport) seen.rapport++;
        }
      } finally {
        await s.close();
      }
    }
    for (const [reading, count] of Object.entries(seen)) expect(count, reading).toBeGreaterThan(0);
  });

  it("filters and sorts on the scores as served, and still breaks a malformed record where it is dated", async () => {
    const s = await start({ variants: 1 });
    try {
      const records = s.control.records("salesfinity") as any[];
      const unscored = records.filter((r) => r.insight.total_score === null);
      expect(unscored.length).toBeGreaterThan(0);
      expect((await all(s, "&min_score=0")).length).toBe(records.length - unscored.length);
      s.control.malform("salesfinity", records[0]._id);
      const served = (await all(s)).find((r) => r._id === records[0]._id)!;
      expect(served.createdAt).toBe("yesterday-ish");
      expect({ ...served, createdAt: records[0].createdAt }).toEqual(records[0]);
    } finally {
      await s.close();
    }
  });
});

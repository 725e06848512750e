import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchDataset } from "../dataset/bench";
import { loadDemoDataset } from "../dataset/load";
import type { DemoDataset, EvCallEntry, EvWord } from "../dataset/types";
import { HttpError } from "../http";
import { SimStore } from "../store";
import { authHeaders, EV_API, get, start } from "../test-helpers";
import type { RunningSimulators } from "../types";
import { Variants } from "../variants";
import { execvisionRecords, handleExecvision } from "./execvision";
import { execvisionStreamRecords, STREAM_NAMES } from "./execvision-streams";

/* eslint-disable @typescript-eslint/no-explicit-any -- served payloads are inspected field by field */

let sims: RunningSimulators;
let h: ReturnType<typeof authHeaders>;
beforeAll(async () => {
  sims = await start({ rebase: false });
  h = authHeaders(sims);
});
afterAll(() => sims.close());

const ev = (path: string) => get(`${sims.baseUrls.execvision}${EV_API}/${path}`, h.execvision);
const dataset = loadDemoDataset();
const entries = dataset.execvision.calls as EvCallEntry[];

describe("ExecVision keyset paging", () => {
  async function collect(path: string, limit: number, sinceOf: (last: Record<string, string>, since: string) => string, idOf = (r: Record<string, string>) => r.id) {
    let since = "2020-01-01T00:00Z";
    let lastId: string | null = null;
    const ids: string[] = [];
    let repeats = 0;
    for (let pages = 0; pages < 500; pages++) {
      const res = await ev(`${path}?since=${encodeURIComponent(since)}&limit=${limit}${lastId ? `&last_id=${lastId}` : ""}`);
      expect(res.status).toBe(200);
      const page = res.body as Record<string, string>[];
      if (lastId && page.length && idOf(page[0]) === lastId) repeats++;
      ids.push(...page.map(idOf));
      if (page.length < limit) break;
      const last = page[page.length - 1];
      since = sinceOf(last, since);
      lastId = idOf(last);
    }
    return { ids, unique: [...new Set(ids)], repeats };
  }

  it("visits every call exactly (after dropping repeats), whichever since the client passes", async () => {
    const expected = entries.map((e) => e.call.id).sort();
    const fixed = await collect("calls", 3, (_last, since) => since);
    expect([...fixed.unique].sort()).toEqual(expected);
    const byCallTime = await collect("calls", 4, (last) => last.callTime);
    expect([...byCallTime.unique].sort()).toEqual(expected);
    // The documented bug: some pages start with the previous page's last call.
    expect(fixed.repeats + byCallTime.repeats).toBeGreaterThan(5);
    expect(fixed.ids.length).toBe(fixed.unique.length + fixed.repeats);
  });

  it("pages call_topics over complete calls only, and deleted calls by deletedAt", async () => {
    const topics = await collect("call_topics", 5, (last) => last.modified, (r) => r.callId);
    expect([...topics.unique].sort()).toEqual(entries.filter((e) => e.call.state === "COMPLETE").map((e) => e.call.id).sort());
    const deleted = await collect("calls/deleted", 2, (last) => last.deletedAt);
    expect([...deleted.unique].sort()).toEqual(dataset.execvision.deletedCalls.map((d) => d.id).sort());
  });

  it("serves calls in (modified, id) order and includes optional fields only when asked", async () => {
    const page = (await ev("calls?since=2020-01-01T00:00Z&limit=5")).body;
    expect(page.map((c: { id: string }) => c.id)).toEqual(entries.slice(0, 5).map((e) => e.call.id));
    for (const c of page) {
      expect(c).not.toHaveProperty("transcript");
      expect(c).not.toHaveProperty("crmMatches");
      expect(c.metadata).not.toHaveProperty("templates");
    }
    const full = (await ev("calls?since=2020-01-01T00:00Z&limit=5&include_transcripts=true&include_crm_matches=true&render_templates=true")).body;
    for (const c of full) {
      expect(c).toHaveProperty("transcript");
      expect(Array.isArray(c.crmMatches)).toBe(true);
      expect(Object.values(c.metadata.templates).length).toBeGreaterThan(0);
    }
    const word = full.find((c: { transcript: EvWord[] | null }) => c.transcript)?.transcript[0];
    expect(word.start).toMatch(/^\d+\.\d{3}$/);
    expect(typeof word.v).toBe("number");
  });

  it("ignores seconds in since", async () => {
    const feedback = dataset.execvision.feedback.find((f) => Number(f.modified.slice(17, 19)) > 5)!;
    const minute = feedback.modified.slice(0, 16);
    const res = (await ev(`feedback?since=${minute}:59.999Z&limit=1000`)).body as { modified: string }[];
    expect(res.some((f) => f.modified === feedback.modified)).toBe(true);
    expect(res.every((f) => f.modified.slice(0, 16) >= minute)).toBe(true);
  });

  it("rejects missing since, bad since and limits over the maximum with 400 naming the parameter", async () => {
    for (const [path, name] of [["calls", "since"], ["listens?since=not-a-date", "since"], ["calls?since=2024-01-01T00:00Z&limit=1001", "limit"],
      ["calls?since=2024-01-01T00:00Z&render_templates=true&limit=101", "limit"], ["call_topics?since=2024-01-01T00:00Z&limit=101", "limit"],
      ["scores?since=2024-01-01T00:00Z&limit=-1", "limit"], ["calls?since=2024-01-01T00:00Z&include_transcripts=maybe", "include_transcripts"],
      ["call_topics?since=2024-01-01T00:00Z&window_length=30", "minimum_matches"]]) {
      const res = await ev(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error, path).toContain(`"${name}"`);
    }
    expect((await ev("calls?since=2024-01-01T00:00Z&render_templates=true&limit=100")).status).toBe(200);
  });
});

describe("ExecVision since-only streams", () => {
  it("limits scores by scorecard result, returning every answer of each result", async () => {
    const one = (await ev("scores?since=2020-01-01T00:00Z&limit=1")).body as { resultId: string; scorecardId: string }[];
    expect(new Set(one.map((r) => r.resultId)).size).toBe(1);
    expect(one.length).toBe(dataset.execvision.scorecards.filter((q) => q.scorecardId === one[0].scorecardId).length);
    const three = (await ev("scores?since=2020-01-01T00:00Z&limit=3")).body as { resultId: string }[];
    expect(new Set(three.map((r) => r.resultId)).size).toBe(3);
    const all = (await ev("scores?since=2020-01-01T00:00Z&limit=1000")).body as unknown[];
    expect(all.length).toBe(dataset.execvision.scores.length);
  });

  it("never returns listens from today (UTC, simulator clock)", async () => {
    const last = [...dataset.execvision.listens].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    const clock = Date.parse(`${last.date}T12:00:00Z`);
    const s = await start({ rebase: false, now: () => clock });
    try {
      const res = await get(`${s.baseUrls.execvision}${EV_API}/listens?since=2020-01-01T00:00Z&limit=1000`, authHeaders(s).execvision);
      const dates = (res.body as { date: string }[]).map((l) => l.date);
      expect(dates).not.toContain(last.date);
      expect(dates.length).toBe(dataset.execvision.listens.filter((l) => l.date < last.date).length);
    } finally {
      await s.close();
    }
  });

  it("orders every stream by modified and filters at or after since", async () => {
    for (const [stream, field] of [["feedback", "modified"], ["shares", "sharedAt"], ["meetings", "modified"], ["plans", "modified"], ["kpis", "modified"], ["listens", "modified"]]) {
      const all = (await ev(`${stream}?since=2020-01-01T00:00Z&limit=1000`)).body as Record<string, string>[];
      expect(all.length, stream).toBeGreaterThan(0);
      const times = all.map((r) => Date.parse(r[field]));
      expect(times, stream).toEqual([...times].sort((a, b) => a - b));
      const cut = all[Math.floor(all.length / 2)][field];
      const later = (await ev(`${stream}?since=${encodeURIComponent(cut)}&limit=1000`)).body as Record<string, string>[];
      const minute = Math.floor(Date.parse(cut) / 60_000) * 60_000;
      expect(later.length, stream).toBe(all.filter((r) => Date.parse(r[field]) >= minute).length);
    }
  });
});

describe("ExecVision single records", () => {
  const complete = entries.find((e) => e.call.state === "COMPLETE" && e.call.transcript!.length > 300)!;

  it("serves call/{id} with everything, DELETE is forbidden, unknown ids 404", async () => {
    const res = await ev(`call/${complete.call.id}`);
    expect(res.body.transcript).toEqual(complete.call.transcript);
    expect(res.body.crmMatches).toEqual(complete.call.crmMatches);
    expect(res.body.metadata.templates).toEqual(complete.templates);
    const del = await fetch(`${sims.baseUrls.execvision}${EV_API}/call/${complete.call.id}`, { method: "DELETE", headers: h.execvision });
    expect(del.status).toBe(403);
    expect(await del.json()).toEqual({ error: "Delete is not enabled for this token" });
    expect((await ev("call/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("serves a simplified transcript whose segments are the runs of one speaker", async () => {
    const res = (await ev(`transcript/${complete.call.id}`)).body as { speakers: { speakerNumber: number; speakerType: string }[]; transcript: { startTime: number; endTime: number; speakerNumber: number; text: string }[] };
    expect(res.speakers.map((s) => s.speakerType)).toContain("INTERNAL");
    const words = complete.call.transcript!;
    expect(res.transcript.map((s) => s.text).join(" ")).toBe(words.map((w) => w.word + (w.p ?? "")).join(" "));
    for (let i = 1; i < res.transcript.length; i++) expect(res.transcript[i].speakerNumber).not.toBe(res.transcript[i - 1].speakerNumber);
    expect(res.transcript[0].startTime).toBe(Number(words[0].start));
  });

  it("keeps call stats consistent with the words", () => {
    const internal = complete.speakers.find((s) => s.speakerType === "INTERNAL")!.speakerNumber;
    const words = complete.call.transcript!;
    let talk = 0;
    let runStart = Number(words[0].start);
    for (let i = 0; i < words.length; i++) {
      const last = i === words.length - 1 || words[i + 1].v !== words[i].v;
      if (last) {
        if (words[i].v === internal) talk += Number(words[i].end) - runStart;
        if (i + 1 < words.length) runStart = Number(words[i + 1].start);
      }
    }
    expect(complete.call.stats.internalTalkTime).toBeCloseTo(talk, 1);
  });

  it("searches one lowercased field", async () => {
    const company = String(complete.call.metadata.company);
    const ids = (await ev(`calls/search?metadata.company=${encodeURIComponent(company.toLowerCase())}`)).body as string[];
    expect(ids).toContain(complete.call.id);
    expect((await ev(`calls/search?metadata.company=${encodeURIComponent(company)}`)).body).toEqual([]);
    expect((await ev(`calls/search?metadata.id=${complete.call.id}`)).body).toEqual([complete.call.id]);
    expect((await ev("calls/search?a=1&b=2")).status).toBe(400);
  });

  it("serves scorecards, KPI definitions, topics and the org", async () => {
    const q = dataset.execvision.scorecards[0];
    const card = (await ev(`scorecard/${q.scorecardId}`)).body;
    expect(card[0]).toEqual({ scorecardId: q.scorecardId, scorecardScheme: q.scorecardScheme, scorecardName: q.scorecardName, questionId: q.questionId, questionText: q.questionText });
    expect((await ev("kpi/2")).body).toEqual(dataset.execvision.kpiDefinitions[1]);
    expect((await ev("kpi/99")).status).toBe(404);
    expect((await ev("topics")).body.length).toBeGreaterThanOrEqual(6);
    expect((await ev("users")).body.length).toBe(16);
    expect((await ev("teams")).body.every((t: { managerId: string }) => t.managerId)).toBe(true);
    expect((await ev("departments")).body.length).toBeGreaterThanOrEqual(1);
  });
});

describe("call_topics", () => {
  it("matches consistent with the words, and the sliding-window filter", async () => {
    const rows = (await ev("call_topics?since=2020-01-01T00:00Z&limit=100")).body as {
      callId: string;
      topicMatches: { text: string; topicsWithMatches: { topicId: string; matches: { matchingText: string; matchStartTime: number; matchStartIndex: number; matchEndIndex: number }[] }[] }[];
    }[];
    const rich = rows.reduce((best, r) => (r.topicMatches.length > best.topicMatches.length ? r : best));
    const words = entries.find((e) => e.call.id === rich.callId)!.call.transcript!;
    for (const block of rich.topicMatches) {
      for (const t of block.topicsWithMatches) {
        for (const m of t.matches) {
          const tokens = block.text.split(/\s+/).slice(m.matchStartIndex, m.matchEndIndex + 1).map((w) => w.replace(/[.,?!;:—]+$/, ""));
          expect(tokens.join(" ")).toBe(m.matchingText);
          expect(words.some((w) => Number(w.start) === m.matchStartTime)).toBe(true);
        }
      }
    }
    const filter = async (windowLength: number, minimum: number) =>
      ((await ev(`call_topics?since=2020-01-01T00:00Z&limit=100&window_length=${windowLength}&minimum_matches=${minimum}`)).body as typeof rows).find((r) => r.callId === rich.callId)!;
    expect(await filter(10_000, 1)).toEqual(rich);
    expect((await filter(1, 1000)).topicMatches).toEqual([]);
    const counts = new Map<string, number[]>();
    for (const b of rich.topicMatches) for (const t of b.topicsWithMatches) counts.set(t.topicId, [...(counts.get(t.topicId) ?? []), ...t.matches.map((m) => m.matchStartTime)]);
    const [busiest, times] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    const twoOrMore = await filter(10_000, times.length);
    const surviving = new Set(twoOrMore.topicMatches.flatMap((b) => b.topicsWithMatches.map((t) => t.topicId)));
    expect(surviving.has(busiest)).toBe(true);
    for (const id of surviving) expect(counts.get(id)!.length).toBeGreaterThanOrEqual(times.length);
  });
});

describe("ExecVision in variants mode", () => {
  const NOW = Date.parse("2026-06-02T12:00:00Z");
  const SEEDS = [0, 1, 2, 3];

  /** A store over the demo dataset, asked directly (no HTTP): body, or the status of a refusal. */
  function account(seed: number | null, dataset: DemoDataset = loadDemoDataset()) {
    const store = new SimStore(dataset, () => NOW, new Variants(seed));
    const ask = (path: string): { status: number; body: any } => {
      const [route, query = ""] = path.split("?");
      try {
        const result = handleExecvision({ method: "GET", path: `${EV_API}/${route}`, query: new URLSearchParams(query), headers: {}, serverUrl: "", now: () => NOW }, store);
        return { status: result.status, body: result.raw ? JSON.parse(Buffer.concat([result.raw].flat()).toString("utf8")) : JSON.parse(JSON.stringify(result.body ?? null)) };
      } catch (error) {
        if (error instanceof HttpError) return { status: error.status, body: null };
        throw error;
      }
    };
    return { store, ask };
  }
  const LISTING = "calls?since=2020-01-01T00:00Z&limit=1000&include_transcripts=true&include_crm_matches=true";
  const withoutTemplates = (call: any) => {
    const { templates: _templates, ...metadata } = call.metadata;
    return { ...call, metadata };
  };

  it("serves each reading of every open point under one of seeds 0-3", () => {
    const seen = new Map<string, Set<unknown>>();
    const saw = (point: string, reading: unknown) => seen.set(point, (seen.get(point) ?? new Set()).add(reading));
    for (const seed of SEEDS) {
      const { ask } = account(seed);
      const calls = ask(LISTING).body as any[];
      saw("modified", "modified" in calls[0] ? "modified" : "lastModified" in calls[0] ? "lastModified" : "absent");
      const words = calls.flatMap((c) => c.transcript ?? []);
      saw("times", typeof words[0].start);
      saw("p", words.some((w) => w.p === "") ? "empty" : words.some((w) => w.p === null) ? "null" : "after punctuation");
      saw("transcript", ask(`transcript/${calls[0].id}`).status);
      const listens = ask("listens?since=2020-01-01T00:00Z&limit=1000").body as any[];
      saw("listens", !("modified" in listens[0]) ? "absent" : listens[0].modified === "" ? "empty" : "iso");
      const scores = ask("scores?since=2020-01-01T00:00Z&limit=1000").body as any[];
      for (const s of scores.filter((r) => ["YesNo", "PassFail"].includes(r.scheme))) saw("answer", s.answer === null ? "raw only" : typeof s.answer === "string" ? s.answer : "number");
      for (const s of scores) saw("scheme", s.scheme);
      const card = ask(`scorecard/${scores[0].scorecardId}`).body as any[];
      saw("questionId", "questionId" in card[0] ? "questionId" : "questionID");
      saw("meetingId", typeof (ask("meetings?since=2020-01-01T00:00Z&limit=1000").body as any[])[0].meetingId);
      saw("planId", typeof (ask("plans?since=2020-01-01T00:00Z&limit=1000").body as any[])[0].planId);
      saw("topic words", typeof (ask("topics").body as any[])[0].words);
      const topics = ask("call_topics?since=2020-01-01T00:00Z&limit=100").body as any[];
      saw("topicId", typeof topics.find((t) => t.topicMatches.length).topicMatches[0].topicsWithMatches[0].topicId);
      for (const c of calls) {
        saw("direction", c.direction);
        saw("state", c.state);
        for (const part of ["callSummary", "stats", "crmMatches"]) if (c[part] === null) saw("null", part);
        // Every object evolved, words included.
        expect(Object.keys(c).some((k) => ["x_schema_rev", "_links", "internal_ref", "tenantTag"].includes(k))).toBe(true);
        if (c.transcript?.length) expect(Object.keys(c.transcript[0]).length).toBeGreaterThan(4);
      }
      saw("bad words", words.filter((w) => typeof w.word !== "string" || w.start === "" || w.v === null || w.end === "-1.000").length > 0);
    }
    expect(Object.fromEntries([...seen].map(([point, readings]) => [point, [...readings].sort()]))).toMatchObject({
      modified: ["absent", "lastModified", "modified"],
      times: ["number", "string"],
      p: ["after punctuation", "empty", "null"],
      transcript: [200, 403, 404],
      listens: ["absent", "empty", "iso"],
      answer: ["fail", "no", "number", "pass", "raw only", "yes"],
      scheme: ["OneToFive", "OneToTen", "PassFail", "YesNo"],
      questionId: ["questionID", "questionId"],
      meetingId: ["number", "string"],
      planId: ["number", "string"],
      "topic words": ["object", "string"],
      topicId: ["number", "string"],
      direction: ["INBOUND", "OUTBOUND", "SCREENSHARE", "VIDEO"],
      state: ["ARCHIVED", "COMPLETE", "CONVERTER_REJECTED"],
      null: ["callSummary", "crmMatches", "stats"],
      "bad words": [true],
    });
  });

  it("serves the same on every request, and records() and the streams' records as served", () => {
    for (const seed of SEEDS) {
      const { store, ask } = account(seed);
      const calls = ask(LISTING).body as any[];
      expect(ask(LISTING).body).toEqual(calls);
      expect(calls).toEqual(execvisionRecords(store).map(withoutTemplates));
      for (const call of execvisionRecords(store).slice(0, 5)) expect(ask(`call/${call.id}`).body).toEqual(call);
      for (const name of STREAM_NAMES) {
        const served = ask(`${name}?since=2020-01-01T00:00Z&limit=1000`).body as unknown[];
        expect(served, name).toEqual(execvisionStreamRecords(store, name).slice(0, served.length));
        expect(ask(`${name}?since=2020-01-01T00:00Z&limit=1000`).body, name).toEqual(served);
      }
    }
  });

  it("still breaks a malformed call where every reading needs it: its time", () => {
    const { store, ask } = account(1);
    const id = (execvisionRecords(store)[4] as { id: string }).id;
    store.malformed.add(`execvision:${id}`);
    expect((ask(LISTING).body as any[]).find((c) => c.id === id).callTime).toBe(12345);
    expect(ask(`call/${id}`).body.callTime).toBe(12345);
  });

  it("serves the benchmark's generated calls as documented, straight from their bytes", () => {
    const { ask } = account(0, benchDataset({ execvisionCalls: 20, wordsPerCall: 50 }));
    const calls = ask(LISTING).body as any[];
    expect(calls).toHaveLength(20);
    expect(calls[0].transcript[0].start).toMatch(/^\d+\.\d{3}$/);
    expect(Object.keys(calls[0])).not.toContain("modified");
  });
});

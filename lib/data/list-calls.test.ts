// Every date and text a calls query can carry is either refused in words or answered.
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { toDate } from "@/lib/db/values";
import type { CallRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { refreshRollups, rollupKeysOfCalls } from "@/lib/sync/store/rollups";
import { describeEachDatabase } from "@/lib/testing/databases";
import { MAX_CRM_SEARCH as CLIENT_MAX_CRM_SEARCH, validateCallFilters } from "@/lib/client/filter-validation";
import { type CallsQuery, callsQuery, exportFilter, LIST_PLAN_LIMITS, listCalls, MAX_CRM_SEARCH, transcriptCondition } from "./list-calls";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);
// ExecVision's live search, as the CRM filters' tests set it: what it answers for a text, and what it was asked.
const live = vi.hoisted(() => ({ answer: (_text: string): string[] => [], asked: [] as string[] }));
vi.mock("@/lib/vendors/execvision/search", () => ({
  searchExecVisionCompany: async (_sql: unknown, text: string) => {
    live.asked.push(text);
    return live.answer(text);
  },
}));

it("impossible dates and control characters are refused in words", () => {
  const messages = (query: Record<string, string>) => callsQuery.safeParse(query).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(messages({ from: "2026-13-45" })).toEqual(["from: 2026-13-45 is not a day of the calendar"]);
  expect(messages({ to: "2026-02-30" })).toEqual(["to: 2026-02-30 is not a day of the calendar"]);
  expect(messages({ outcome: "won\u0000" })).toEqual(["outcome: must not contain control characters"]);
  expect(messages({ q: "renewal\u0000" })).toEqual(["q: must not contain control characters"]);
  expect(callsQuery.safeParse({ q: "   " }).success).toBe(true);
});

await describeEachDatabase("calls between the widest dates a query can name", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("are listed and counted", async () => {
    for (const viewer of [org.admin, org.manager, org.rep]) {
      for (const extra of [{}, { outcome: "No answer" }, { q: "renewal" }]) {
        const query = callsQuery.parse({ from: "1900-01-01", to: "2999-12-31", ...extra });
        const list = await listCalls(viewer, query);
        expect(list.total).toBe(list.calls.length);
      }
    }
    expect((await listCalls(org.admin, callsQuery.parse({ from: "1900-01-01", to: "2999-12-31" }))).total).toBe(4);
  });
});

// Every plan listCalls can choose (a scope read first, a rare filter's index, a common word
// walked newest first, PostgreSQL's rep-by-rep merge, SQLite's rep-scoped full-text index)
// answers what one plain query over every call answers.
await describeEachDatabase("the calls list's plans", (provider) => {
  let org: TestOrg;
  const defaults = { ...LIST_PLAN_LIMITS };
  const VENDOR = "execvision" as const;
  const COMPANIES = ["Northforge", "Bluewave", "Cedarpoint"];

  beforeAll(async () => {
    org = await createTestOrg(provider);
    const calls: CallRecord[] = Array.from({ length: 36 }, (_, i) => {
      const rep = ["ada", "ben", "cy"][i % 3];
      const company = COMPANIES[Math.floor(i / 3) % 3];
      const lines = [`we are ${company} and pricing is the main concern`, i % 4 === 0 ? "the renewal is in March" : "send me an email", `thanks, ${company} team`];
      return {
        vendor: VENDOR,
        externalId: `plan-${i}`,
        repExternalId: rep,
        startedAt: new Date(Date.UTC(2026, 0, 1 + (i % 25), 9 + (i % 7))),
        durationSec: 300,
        overallScore: i % 5 === 0 ? null : (i * 7) % 100,
        outcome: ["Meeting booked", "No answer", "Voicemail"][i % 3],
        raw: { id: `plan-${i}` },
        transcript:
          i % 6 === 5
            ? null
            : { source: "test", segments: lines.map((text, k) => ({ speaker: k % 2 ? ("rep" as const) : ("prospect" as const), label: k % 2 ? "Rep" : "Prospect", startMs: k * 5_000, endMs: k * 5_000 + 4_000, text })) },
      };
    });
    await org.sql.transaction((tx) => writeBatch(tx, { calls }, new Date("2026-02-01T00:00:00Z")));
    // A call the vendor deleted is in no list.
    await org.sql.transaction(async (tx) => {
      const ids = (await tx.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'plan-3'`)).map((r) => Number(r.id));
      const keys = await rollupKeysOfCalls(tx, ids);
      await tx.run(`UPDATE calls SET deleted_at = ? WHERE id = ?`, [new Date("2026-02-01T00:00:00Z"), ids[0]]);
      await refreshRollups(tx, keys);
    });
  });
  afterEach(() => {
    Object.assign(LIST_PLAN_LIMITS, defaults);
  });
  afterAll(async () => {
    await org?.close();
  });

  /** The same question as one plain query over every call: scope, filters and the search as a set, filtered here. */
  async function expected(viewer: Viewer, query: CallsQuery): Promise<{ ids: number[]; total: number }> {
    const rows = await org.sql.all<{ id: number; rep_id: number | null; team_id: number | null; vendor: string; started_at: unknown; overall_score: number | null; outcome: string | null; deleted_at: unknown }>(
      `SELECT c.id, c.rep_id, r.team_id, c.vendor, c.started_at, c.overall_score, c.outcome, c.deleted_at FROM calls c LEFT JOIN reps r ON r.id = c.rep_id`,
    );
    const match = query.q ? transcriptCondition(provider, query.q, null) : null;
    const found = match ? new Set((await org.sql.all<{ id: number }>(`SELECT c.id FROM calls c WHERE ${match.sql}`, [match.param])).map((r) => Number(r.id))) : null;
    const day = (text: string) => new Date(`${text}T00:00:00Z`).getTime();
    const kept = rows
      .filter((r) => r.deleted_at === null)
      .filter((r) => viewer.role === "admin" || (viewer.role === "rep" ? r.rep_id !== null && Number(r.rep_id) === viewer.repId : r.team_id !== null && viewer.teamIds.includes(Number(r.team_id))))
      .filter((r) => !query.rep || Number(r.rep_id) === query.rep)
      .filter((r) => !query.team || Number(r.team_id) === query.team)
      .filter((r) => !query.vendor || r.vendor === query.vendor)
      .filter((r) => !query.from || toDate(r.started_at)!.getTime() >= day(query.from))
      .filter((r) => !query.to || toDate(r.started_at)!.getTime() < day(query.to) + 86_400_000)
      .filter((r) => query.minScore === undefined || (r.overall_score !== null && Number(r.overall_score) >= query.minScore))
      .filter((r) => query.maxScore === undefined || (r.overall_score !== null && Number(r.overall_score) <= query.maxScore))
      .filter((r) => !query.outcome || r.outcome === query.outcome)
      .filter((r) => !found || found.has(Number(r.id)))
      .sort((a, b) => toDate(b.started_at)!.getTime() - toDate(a.started_at)!.getTime() || Number(b.id) - Number(a.id));
    return { ids: kept.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map((r) => Number(r.id)), total: kept.length };
  }

  const QUERIES: Record<string, string>[] = [
    {},
    { q: "pricing" },
    { q: "northforge" },
    { q: "renewal march" },
    { q: "nowhere" },
    { outcome: "No answer" },
    { outcome: "Nobody" },
    { minScore: "50" },
    { maxScore: "20", q: "pricing" },
    { minScore: "30", maxScore: "60", outcome: "Voicemail" },
    { vendor: "execvision", q: "bluewave" },
    { vendor: "revont" },
    { vendor: "revont", minScore: "10" },
    { from: "2026-01-05", to: "2026-01-15" },
    { from: "2026-01-10", q: "cedarpoint", minScore: "1" },
    { pageSize: "4", page: "2" },
    { pageSize: "3", page: "3", q: "pricing" },
    { pageSize: "5", page: "2", outcome: "Meeting booked", maxScore: "90" },
    { pageSize: "2", page: "40", q: "pricing" },
  ];
  const LIMITS: { name: string; limits: Partial<typeof LIST_PLAN_LIMITS> }[] = [
    { name: "as configured", limits: {} },
    { name: "every search common, no filter rare, scopes as one set", limits: { denseSearch: 0, rareFilter: 0, mergedReps: 0, scopeTokens: 0 } },
    { name: "every filter rare", limits: { rareFilter: 1_000 } },
  ];

  for (const { name, limits } of LIMITS) {
    it(`give the plain query's page and total, for every role and filter (${name})`, async () => {
      Object.assign(LIST_PLAN_LIMITS, limits);
      const viewers = { admin: org.admin, manager: org.manager, rep: org.rep };
      for (const [role, viewer] of Object.entries(viewers)) {
        const scoped = [{}, { rep: String(org.reps.ben) }, { team: String(org.teams.north) }, { team: String(org.teams.south) }, { rep: String(org.reps.cy) }];
        for (const scope of scoped) {
          for (const raw of QUERIES) {
            const query = callsQuery.parse({ ...scope, ...raw });
            const list = await listCalls(viewer, query);
            const want = await expected(viewer, query);
            const label = `${role} ${JSON.stringify({ ...scope, ...raw })}`;
            expect(list.calls.map((c) => c.id), label).toEqual(want.ids);
            expect(list.total, label).toBe(want.total);
            // The export: every page of the same calls.
            const filter = await exportFilter(viewer, query);
            const exported = (await org.sql.all<{ id: number }>(`SELECT c.id FROM calls c WHERE ${filter.where} ORDER BY c.id`, filter.params)).map((r) => Number(r.id));
            const all = (await expected(viewer, { ...query, page: 1, pageSize: 10_000 })).ids.sort((a, b) => a - b);
            expect(exported, `export ${label}`).toEqual(all);
          }
        }
      }
    });
  }

  it("a manager's search finds his reps' calls only, each with the moments that matched", async () => {
    const list = await listCalls(org.manager, callsQuery.parse({ q: "Northforge", pageSize: "50" }));
    const north = new Set([org.reps.ada, org.reps.ben]);
    expect(list.calls.length).toBeGreaterThan(0);
    expect(list.calls.every((c) => c.repId !== null && north.has(c.repId))).toBe(true);
    for (const call of list.calls) {
      expect(call.moments.map((m) => m.startMs)).toEqual([0, 10_000]);
      expect(call.moments.map((m) => m.text.slice(m.highlights[0][0], m.highlights[0][1]))).toEqual(["Northforge", "Northforge"]);
    }
    // Cy's Northforge calls exist; the manager of North does not see them.
    const everyone = await listCalls(org.admin, callsQuery.parse({ q: "Northforge", pageSize: "50" }));
    expect(everyone.calls.some((c) => c.repId === org.reps.cy)).toBe(true);
    expect(everyone.calls.filter((c) => c.repId !== org.reps.cy).map((c) => c.id)).toEqual(list.calls.map((c) => c.id));
  });

  it("an export's search within a scope starts from the scope", async () => {
    const manager = await exportFilter(org.manager, callsQuery.parse({ q: "Northforge" }));
    const admin = await exportFilter(org.admin, callsQuery.parse({ q: "Northforge" }));
    if (provider === "sqlite") {
      // The manager's reps' postings only; the admin's search is every transcript's.
      expect(manager.params).toContain(`text : ("Northforge") AND rep : (r${org.reps.ada} OR r${org.reps.ben})`);
      expect(admin.params).toContain(`text : ("Northforge")`);
    } else {
      // Each of the scope's calls tested against its own vector, not every matching transcript collected.
      expect(manager.where).toContain("WHERE ts.call_id = c.id");
      expect(admin.where).not.toContain("WHERE ts.call_id = c.id");
    }
  });

  it("a call moved to another rep is searched as the new rep's, in the full-text index too", async () => {
    const withTranscript = async (rep: number) =>
      (await org.sql.all<{ id: number }>(`SELECT c.id FROM calls c JOIN transcripts t ON t.call_id = c.id WHERE c.rep_id = ? AND c.deleted_at IS NULL ORDER BY c.id`, [rep])).map((r) => Number(r.id));
    const searched = async (repId: number) => (await listCalls({ ...org.rep, repId }, callsQuery.parse({ q: "pricing", pageSize: "50" }))).calls.map((c) => c.id).sort((a, b) => a - b);
    // SQLite answers a rep's search from the rep's postings alone: the index holds each transcript's rep.
    const indexed = async (rep: number) => {
      if (provider !== "sqlite") return withTranscript(rep);
      const match = transcriptCondition("sqlite", "pricing", [rep])!;
      return (await org.sql.all<{ rowid: number }>(`SELECT rowid FROM transcript_search WHERE transcript_search MATCH ? ORDER BY rowid`, [match.param])).map((r) => Number(r.rowid)).filter((id) => id !== deleted);
    };
    const [deleted] = (await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'plan-3'`)).map((r) => Number(r.id));
    expect(await indexed(org.reps.ben)).toEqual(await withTranscript(org.reps.ben));
    const [moved] = await withTranscript(org.reps.ben);
    await org.sql.run(`UPDATE calls SET rep_id = ? WHERE id = ?`, [org.reps.ada, moved]);
    try {
      expect(await searched(org.reps.ben)).not.toContain(moved);
      expect(await searched(org.reps.ada)).toContain(moved);
      expect(await indexed(org.reps.ada)).toEqual(await withTranscript(org.reps.ada));
      expect(await searched(org.reps.ada)).toEqual(await withTranscript(org.reps.ada));
    } finally {
      await org.sql.run(`UPDATE calls SET rep_id = ? WHERE id = ?`, [org.reps.ben, moved]);
    }
  });
});

// The topic filter: exactly the calls in which the topic was mentioned, within the viewer's scope.
await describeEachDatabase("the calls list's topic filter", (provider) => {
  let org: TestOrg;
  const defaults = { ...LIST_PLAN_LIMITS };
  beforeAll(async () => {
    org = await createTestOrg(provider);
    // Pricing comes up in ada-1 (twice), ben-1 and cy-1; competitors in ada-2 alone.
    const matches: Record<string, string[]> = { "ada-1": ["t-pricing", "t-pricing"], "ben-1": ["t-pricing"], "cy-1": ["t-pricing"], "ada-2": ["t-competitor"] };
    for (const [call, topics] of Object.entries(matches)) {
      await org.sql.run(`INSERT INTO call_topic_summaries (vendor, call_external_id, vendor_updated_at, raw, content_hash) VALUES ('execvision', ?, ?, '{}', ?)`, [call, new Date("2026-02-01T00:00:00Z"), call]);
      const [{ id }] = await org.sql.all<{ id: number }>(`SELECT id FROM call_topic_summaries WHERE call_external_id = ?`, [call]);
      for (const [i, topic] of topics.entries()) {
        await org.sql.run(
          `INSERT INTO topic_matches (summary_id, topic_external_id, topic_name, block_index, block_start_sec, block_end_sec, block_text, speaker_type, search_text, matching_text, start_sec, end_sec, start_index, end_index)
           VALUES (?, ?, ?, ?, 0, 10, 'text', 'customer', '[]', 'text', 0, 1, 0, 4)`,
          [Number(id), topic, topic, i],
        );
      }
    }
  });
  afterEach(() => {
    Object.assign(LIST_PLAN_LIMITS, defaults);
  });
  afterAll(async () => {
    await org?.close();
  });

  const names = async (ids: number[]) =>
    ids.length ? (await org.sql.all<{ external_id: string }>(`SELECT external_id FROM calls WHERE id IN (${ids.map(() => "?").join(", ")})`, ids)).map((r) => r.external_id).sort() : [];

  for (const limits of [{}, { rareFilter: 0, mergedReps: 0 }]) {
    it(`lists and exports exactly the calls with the topic, scoped (${JSON.stringify(limits)})`, async () => {
      Object.assign(LIST_PLAN_LIMITS, limits);
      const cases: [string, Viewer, Record<string, string>, string[]][] = [
        ["admin", org.admin, { topic: "t-pricing" }, ["ada-1", "ben-1", "cy-1"]],
        ["admin", org.admin, { topic: "t-competitor" }, ["ada-2"]],
        ["admin", org.admin, { topic: "t-none" }, []],
        ["admin", org.admin, { topic: "t-pricing", team: String(org.teams.south) }, ["cy-1"]],
        ["admin", org.admin, { topic: "t-pricing", outcome: "Voicemail" }, ["ben-1"]],
        ["manager", org.manager, { topic: "t-pricing" }, ["ada-1", "ben-1"]],
        ["manager", org.manager, { topic: "t-pricing", team: String(org.teams.south) }, []],
        ["rep", org.rep, { topic: "t-pricing" }, ["ada-1"]],
        ["rep", org.rep, { topic: "t-competitor" }, ["ada-2"]],
      ];
      for (const [role, viewer, raw, want] of cases) {
        const label = `${role} ${JSON.stringify(raw)}`;
        const query = callsQuery.parse({ ...raw, pageSize: "50" });
        const list = await listCalls(viewer, query);
        expect(await names(list.calls.map((c) => c.id)), label).toEqual(want);
        // A call mentioning the topic twice is listed and counted once.
        expect(list.total, label).toBe(want.length);
        const filter = await exportFilter(viewer, query);
        const exported = (await org.sql.all<{ id: number }>(`SELECT c.id FROM calls c WHERE ${filter.where}`, filter.params)).map((r) => Number(r.id));
        expect(await names(exported), `export ${label}`).toEqual(want);
      }
    });
  }

  it("refuses an empty topic in words", () => {
    expect(callsQuery.safeParse({ topic: "" }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["topic: must not be empty"]);
  });
});

// The CRM filters: an account, an opportunity, a search on CRM names (and, for ExecVision
// calls, ExecVision's own search), always within the viewer's scope, whichever plan runs.
await describeEachDatabase("the calls list's CRM filters", (provider) => {
  let org: TestOrg;
  const defaults = { ...LIST_PLAN_LIMITS };
  const sf = (name: string, extra: Record<string, unknown> = {}) => ({ crmName: "Salesforce", account: { crmId: `a-${name}`, name }, contacts: [], engagement: null, ...extra });
  const at = (day: number) => new Date(Date.UTC(2026, 0, day, 12));
  beforeAll(async () => {
    org = await createTestOrg(provider);
    const ev = (externalId: string, rep: string, day: number, extra: Partial<CallRecord>): CallRecord => ({ vendor: "execvision", externalId, repExternalId: rep, startedAt: at(day), durationSec: 60, raw: { id: externalId }, ...extra });
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [
            ev("ada-crm", "ada", 10, {
              crmMatches: [sf("Northwind", { contacts: [{ crmId: "c1", name: "Pat Lee" }], engagement: { crmId: "o1", name: "Northwind - Expansion" } })],
              metadata: { id: "ada-crm", stage: "Negotiation" },
            }),
            ev("ben-crm", "ben", 11, { crmMatches: [sf("NORTHWIND", { engagement: { crmId: "o2", name: "Northwind - Renewal" } })], metadata: { discount: "100x" } }),
            ev("cy-crm", "cy", 12, { crmMatches: [sf("Northwind", { engagement: { crmId: "o1", name: "Northwind - Expansion" } })], metadata: { company: "Southern Star" } }),
            ev("ada-live", "ada", 13, {}),
            ev("cy-live", "cy", 14, { prospectCompany: "Zed" }),
          ],
        },
        new Date("2026-02-01T00:00:00Z"),
      ),
    );
    await org.sql.transaction((tx) =>
      writeBatch(tx, { calls: [{ vendor: "revont", externalId: "rv-ada", repExternalId: "ada@org.example", startedAt: at(15), durationSec: 60, prospectCompany: "Northwind", raw: {} }] }, new Date("2026-02-01T00:00:00Z")),
    );
    // Revont names its rep by email: link the call to Ada as the people merge would.
    await org.sql.run(`UPDATE calls SET rep_id = ? WHERE external_id = 'rv-ada'`, [org.reps.ada]);
  });
  afterEach(() => {
    Object.assign(LIST_PLAN_LIMITS, defaults);
    live.answer = () => [];
    live.asked = [];
  });
  afterAll(async () => {
    await org?.close();
  });

  const names = async (ids: number[]) =>
    ids.length ? (await org.sql.all<{ external_id: string }>(`SELECT external_id FROM calls WHERE id IN (${ids.map(() => "?").join(", ")})`, ids)).map((r) => r.external_id).sort() : [];

  async function check(cases: [string, Viewer, Record<string, string>, string[]][]) {
    for (const [role, viewer, raw, want] of cases) {
      const label = `${role} ${JSON.stringify(raw)}`;
      const query = callsQuery.parse({ ...raw, pageSize: "50" });
      const list = await listCalls(viewer, query);
      expect(await names(list.calls.map((c) => c.id)), label).toEqual(want);
      expect(list.total, label).toBe(want.length);
      const filter = await exportFilter(viewer, query);
      const exported = (await org.sql.all<{ id: number }>(`SELECT c.id FROM calls c WHERE ${filter.where}`, filter.params)).map((r) => Number(r.id));
      expect(await names(exported), `export ${label}`).toEqual(want);
    }
  }

  const LIMITS = [{}, { rareCrm: 0, mergedReps: 0 }, { rareCrm: 1, rareFilter: 0 }, { rareCrm: 1_000, mergedReps: 0 }];
  for (const limits of LIMITS) {
    it(`lists and exports exactly the calls matched to an account or opportunity, scoped (${JSON.stringify(limits)})`, async () => {
      Object.assign(LIST_PLAN_LIMITS, limits);
      await check([
        ["admin", org.admin, { account: "Northwind" }, ["ada-crm", "ben-crm", "cy-crm", "rv-ada"]],
        ["admin", org.admin, { account: "  nORTHWIND " }, ["ada-crm", "ben-crm", "cy-crm", "rv-ada"]],
        ["admin", org.admin, { account: "North" }, []],
        ["admin", org.admin, { account: "Northwind", team: String(org.teams.south) }, ["cy-crm"]],
        ["admin", org.admin, { account: "Northwind", vendor: "revont" }, ["rv-ada"]],
        ["admin", org.admin, { account: "Acme" }, ["ada-1"]],
        ["manager", org.manager, { account: "Northwind" }, ["ada-crm", "ben-crm", "rv-ada"]],
        ["manager", org.manager, { account: "Hidden Corp" }, []],
        ["rep", org.rep, { account: "Northwind" }, ["ada-crm", "rv-ada"]],
        ["rep", org.rep, { account: "Hidden Corp" }, []],
        ["rep", org.rep, { account: "Northwind", rep: String(org.reps.cy) }, []],
        ["admin", org.admin, { opportunity: "Northwind - Expansion" }, ["ada-crm", "cy-crm"]],
        ["admin", org.admin, { opportunity: "Northwind - Expansion", account: "Northwind", from: "2026-01-11" }, ["cy-crm"]],
        ["manager", org.manager, { opportunity: "northwind - expansion" }, ["ada-crm"]],
        ["rep", org.rep, { opportunity: "Northwind - Renewal" }, []],
        ["admin", org.admin, { opportunity: "Northwind" }, []],
      ]);
    });

    it(`searches CRM names, contacts and fields, scoped (${JSON.stringify(limits)})`, async () => {
      Object.assign(LIST_PLAN_LIMITS, limits);
      await check([
        ["admin", org.admin, { crm: "north" }, ["ada-crm", "ben-crm", "cy-crm", "rv-ada"]],
        ["admin", org.admin, { crm: "  PAT " }, ["ada-crm"]],
        ["admin", org.admin, { crm: "negotiation" }, ["ada-crm"]],
        ["admin", org.admin, { crm: "star" }, ["cy-crm"]],
        ["admin", org.admin, { crm: "renewal" }, ["ben-crm"]],
        // The pattern's own characters are text like any other.
        ["admin", org.admin, { crm: "100" }, ["ben-crm"]],
        ["admin", org.admin, { crm: "100%" }, []],
        ["admin", org.admin, { crm: "10_x" }, []],
        ["admin", org.admin, { crm: "   " }, ["ada-1", "ada-2", "ada-crm", "ada-live", "ben-1", "ben-crm", "cy-1", "cy-crm", "cy-live", "rv-ada"]],
        ["admin", org.admin, { crm: "north", account: "northwind", opportunity: "northwind - expansion" }, ["ada-crm", "cy-crm"]],
        ["manager", org.manager, { crm: "north" }, ["ada-crm", "ben-crm", "rv-ada"]],
        ["manager", org.manager, { crm: "star" }, []],
        ["rep", org.rep, { crm: "north" }, ["ada-crm", "rv-ada"]],
        ["rep", org.rep, { crm: "hidden" }, []],
      ]);
    });

    it(`adds the stored ExecVision calls ExecVision's search finds, and never another rep's (${JSON.stringify(limits)})`, async () => {
      Object.assign(LIST_PLAN_LIMITS, limits);
      live.answer = (text) => (text === "Globex" ? ["ada-live", "cy-live", "not-stored", "ben-crm"] : []);
      await check([
        ["admin", org.admin, { crm: "Globex" }, ["ada-live", "ben-crm", "cy-live"]],
        ["admin", org.admin, { crm: "Globex", team: String(org.teams.south) }, ["cy-live"]],
        ["manager", org.manager, { crm: "Globex" }, ["ada-live", "ben-crm"]],
        ["rep", org.rep, { crm: "Globex" }, ["ada-live"]],
        ["rep", org.rep, { crm: "Globex", account: "Northwind" }, []],
      ]);
      expect(live.asked.every((text) => text === "Globex")).toBe(true);
      // A list of another source's calls does not ask ExecVision.
      live.asked = [];
      await check([["admin", org.admin, { crm: "Globex", vendor: "revont" }, []]]);
      expect(live.asked).toEqual([]);
    });
  }

  it("falls back to the stored matches when ExecVision's search fails", async () => {
    live.answer = () => {
      throw new Error("ExecVision did not answer");
    };
    await check([
      ["admin", org.admin, { crm: "north" }, ["ada-crm", "ben-crm", "cy-crm", "rv-ada"]],
      ["rep", org.rep, { crm: "Globex" }, []],
    ]);
    expect(live.asked.length).toBeGreaterThan(0);
  });

  it("starts an admin's rare account from its links", async () => {
    // The ids collected from the (kind, name_key, call_id) index are the list's starting set.
    const filter = await exportFilter(org.admin, callsQuery.parse({ account: "Northwind" }));
    expect(filter.where).toMatch(/c\.id IN \(\?, \?, \?, \?\)/);
    Object.assign(LIST_PLAN_LIMITS, { rareCrm: 0 });
    expect((await exportFilter(org.admin, callsQuery.parse({ account: "Northwind" }))).where).not.toMatch(/c\.id IN \(\?/);
  });
});

it("refuses CRM filters that are empty, too long or hold control characters, in words", () => {
  const messages = (query: Record<string, string>) => callsQuery.safeParse(query).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(messages({ account: "" })).toEqual(["account: must not be empty"]);
  expect(messages({ opportunity: "  " })).toEqual(["opportunity: must not be empty"]);
  expect(messages({ account: "a".repeat(201) })).toEqual(["account: must be at most 200 characters"]);
  expect(messages({ opportunity: "o".repeat(201) })).toEqual(["opportunity: must be at most 200 characters"]);
  expect(messages({ crm: "c".repeat(101) })).toEqual(["crm: must be at most 100 characters"]);
  expect(messages({ crm: "acme\u0000" })).toEqual(["crm: must not contain control characters"]);
  expect(messages({ account: "Acme\tCorp" })).toEqual(["account: must not contain control characters"]);
  expect(callsQuery.safeParse({ account: "a".repeat(200), opportunity: "o".repeat(200), crm: "c".repeat(100) }).success).toBe(true);
  // The form refuses what the server refuses, before asking.
  expect(MAX_CRM_SEARCH).toBe(CLIENT_MAX_CRM_SEARCH);
  expect(validateCallFilters({ account: "a".repeat(201), opportunity: "", crm: "c".repeat(101) })).toEqual({
    account: "Enter at most 200 characters.",
    opportunity: "Enter an opportunity's name, or clear the field.",
    crm: "Search CRM names for at most 100 characters.",
  });
  expect(validateCallFilters({ account: "a".repeat(200), opportunity: "Deal", crm: "c".repeat(100) })).toEqual({});
});

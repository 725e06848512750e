// The ExecVision connector against its simulator, under every reading of the
// doc the simulator serves: every record stored as sent (calls rebuilt whole
// from the call and its stored words), mapped as the readings say, and every
// element that breaks its shape dropped and counted, never its record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { schemePercent } from "@/lib/domain/skills";
import { segmentsSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import { systemClock } from "@/lib/sync/clock";
import type { VendorResult } from "@/lib/sync/engine";
import { fixedSchedule, LocalRateLimiter } from "@/lib/sync/rate-limit";
import { syncAll } from "@/lib/sync/run-all";
import { postgresProblem } from "@/lib/testing/databases";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { loadDemoDataset } from "@/simulators/dataset/load";
import type { EvCallEntry } from "@/simulators/dataset/types";
import { ExecVisionClient } from "./client";
import { rebuildRaw } from "./raw";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

const SINCE = "2000-01-01T00:00:00Z";
/** Who each voice of each call is, as the dataset knows it. */
const speakers = new Map((loadDemoDataset().execvision.calls as EvCallEntry[]).map((e) => [e.call.id, e.speakers]));

const isTime = (v: unknown) => (typeof v === "number" && v >= 0) || (typeof v === "string" && v.trim() !== "" && Number(v) >= 0);
const usableWord = (w: any) => w !== null && typeof w === "object" && isTime(w.start) && isTime(w.end) && typeof w.word === "string" && Number.isInteger(w.v) && w.v >= 0;
const toMs = (v: string | number) => Math.round(Number(v) * 1000);
const SPELLED: Record<string, number> = { yes: 1, no: 0, pass: 1, fail: 0 };
const answerOf = (answer: unknown): number | null => (typeof answer === "string" ? SPELLED[answer] : typeof answer === "number" ? answer : null);
const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

async function start(provider: "sqlite" | "postgresql", seed: number | undefined) {
  const h = await startHarness(provider, seed === undefined ? {} : { variants: seed });
  const [result] = await syncAll(h.sql, h.connectors().filter((c) => c.connector.vendor === "execvision"), { trigger: "cli" });
  return { h, result };
}

function clientOf(h: Harness) {
  return new ExecVisionClient({
    baseUrl: h.sims.baseUrls.execvision,
    userId: h.sims.credentials.execvisionUserId,
    password: h.sims.credentials.execvisionPassword,
    limiter: new LocalRateLimiter(fixedSchedule(1000), systemClock),
  });
}

/** Every call_topics record, walked with since and last_id (the known bug repeats a record now and then). */
async function allCallTopics(client: ExecVisionClient) {
  const byCall = new Map<string, any>();
  let query: { since: string; limit: number; lastId?: string } = { since: SINCE, limit: 100 };
  for (;;) {
    const page = (await client.callTopics(query)) as any[];
    const fresh = page.filter((r) => !byCall.has(r.callId));
    for (const r of page) byCall.set(r.callId, r);
    if (page.length < query.limit || !fresh.length) break;
    const last = page.at(-1);
    query = { since: last.modified, lastId: last.callId, limit: 100 };
  }
  return [...byCall.values()];
}

async function rows(h: Harness, table: string, where = "1 = 1") {
  return h.sql.all<Record<string, any>>(`SELECT * FROM ${table} WHERE ${where}`);
}

function byKey<T>(list: T[], key: (item: T) => string) {
  return new Map(list.map((item) => [key(item), item]));
}

async function expectCalls(h: Harness, seed: number | undefined, totals: Map<string, VendorResult["streams"][number]["totals"]>) {
  const served = h.sims.control.records("execvision") as any[];
  const calls = byKey(await rows(h, "calls", "vendor = 'execvision'"), (r) => r.external_id);
  const transcripts = byKey(await rows(h, "transcripts"), (r) => String(r.call_id));
  expect(calls.size).toBe(served.length);
  let badWords = 0;
  let withWords = 0;
  let withRoles = 0;
  for (const call of served) {
    const row = calls.get(call.id)!;
    expect(row, call.id).toBeDefined();
    const transcript = transcripts.get(String(row.id));
    // As GET /calls served it to the connector: transcripts and CRM matches, no rendered templates.
    const { templates: _templates, ...metadata } = call.metadata;
    expect(rebuildRaw(row as { raw: unknown }, transcript as { words: unknown; raw: unknown } | undefined)).toEqual({ ...call, metadata });
    expect(row.direction).toBe(call.direction.toLowerCase());
    expect(row.status).toBe(call.state);
    expect(row.summary).toBe(call.callSummary?.summary ?? null);
    expect(parseJsonColumn(row.talk_stats)).toEqual(call.stats);
    expect(parseJsonColumn(row.crm_matches)).toEqual(call.crmMatches);
    expect(iso(row.vendor_updated_at)).toBe(iso(call.modified ?? call.lastModified));

    const words = (call.transcript ?? []) as any[];
    const usable = words.filter(usableWord);
    badWords += words.length - usable.length;
    if (!usable.length) {
      expect(transcript).toBeUndefined();
      continue;
    }
    withWords++;
    const timings = wordTimingsSchema.parse(parseJsonColumn(transcript!.words));
    expect(timings).toEqual({
      startMs: usable.map((w) => toMs(w.start)),
      endMs: usable.map((w) => toMs(w.end)),
      text: usable.map((w) => w.word),
      punct: usable.map((w) => (typeof w.p === "string" ? w.p : "")),
      speaker: usable.map((w) => w.v),
    });
    // Words in the documented form are stored once, as columns; any other form is also kept as sent.
    expect(parseJsonColumn(transcript!.raw)).toEqual(seed === undefined ? null : words);

    // Roles are the dataset's, or unknown: never swapped.
    const internal = speakers.get(call.id)!.find((s) => s.speakerType === "INTERNAL")!.speakerNumber;
    const segments = segmentsSchema.parse(parseJsonColumn(transcript!.segments));
    for (const s of segments) {
      if (s.speaker === "rep") expect(s.voice, call.id).toBe(internal);
      if (s.voice === internal) expect(["rep", "unknown"], call.id).toContain(s.speaker);
    }
    if (segments.some((s) => s.speaker === "rep")) withRoles++;
  }
  expect(withWords).toBeGreaterThan(100);
  expect(withRoles).toBeGreaterThan(withWords * 0.85);
  if (seed !== undefined) expect(badWords).toBeGreaterThan(0);
  expect(totals.get("calls")!.dropped).toBe(badWords);
}

async function expectStreams(h: Harness, totals: Map<string, VendorResult["streams"][number]["totals"]>) {
  const client = clientOf(h);

  const users = (await client.users()) as any[];
  const identities = byKey(await rows(h, "rep_identities", "vendor = 'execvision'"), (r) => r.external_id);
  expect(identities.size).toBe(users.length);
  for (const user of users) {
    const identity = identities.get(user.userId)!;
    expect(parseJsonColumn(identity.raw)).toEqual(user);
    expect(parseJsonColumn(identity.system_ids)).toEqual(user.systemIds);
    expect(identity.team_external_id).toBe(user.teamId);
  }
  const teams = byKey(await rows(h, "teams", "vendor = 'execvision'"), (r) => r.external_id);
  for (const team of (await client.teams()) as any[]) {
    expect(teams.get(team.id)!.manager_external_id).toBe(team.managerId);
    expect(parseJsonColumn(teams.get(team.id)!.raw)).toEqual(team);
  }
  const departments = (await client.departments()) as any[];
  expect((await rows(h, "departments")).map((d) => parseJsonColumn(d.raw))).toEqual(expect.arrayContaining(departments));

  const topics = (await client.topics()) as any[];
  const storedTopics = byKey(await rows(h, "topics", "vendor = 'execvision' AND active"), (r) => r.external_id);
  expect(storedTopics.size).toBe(topics.length);
  for (const topic of topics) {
    const stored = storedTopics.get(String(topic.id))!;
    expect(parseJsonColumn(stored.raw)).toEqual(topic);
    expect(parseJsonColumn(stored.words)).toEqual(Array.isArray(topic.words) ? topic.words : topic.words.split(", "));
  }

  const callTopics = await allCallTopics(client);
  const summaries = byKey(await rows(h, "call_topic_summaries", "vendor = 'execvision'"), (r) => r.call_external_id);
  expect(summaries.size).toBe(callTopics.length);
  const matches = await rows(h, "topic_matches");
  let servedMatches = 0;
  for (const record of callTopics) {
    const summary = summaries.get(record.callId)!;
    expect(parseJsonColumn(summary.raw)).toEqual(record);
    const topicIds = record.topicMatches.flatMap((b: any) => b.topicsWithMatches.flatMap((t: any) => t.matches.map(() => String(t.topicId))));
    servedMatches += topicIds.length;
    expect(matches.filter((m) => m.summary_id === summary.id).map((m) => m.topic_external_id).sort()).toEqual(topicIds.sort());
  }
  expect(matches.length).toBe(servedMatches);

  const scores = (await client.scores({ since: SINCE, limit: 1000 })) as any[];
  const answers = byKey(await rows(h, "scorecard_answers", "vendor = 'execvision'"), (r) => `${r.result_id}:${r.question_external_id}`);
  expect(answers.size).toBe(scores.length);
  for (const score of scores) {
    const answer = answers.get(`${score.resultId}:${score.questionId}`)!;
    expect(parseJsonColumn(answer.raw)).toEqual(score);
    expect(answer.scheme).toBe(score.scheme);
    expect(answer.answer === null ? null : Number(answer.answer)).toBe(answerOf(score.answer));
    const percent = answer.percent === null ? null : Number(answer.percent);
    // A scheme the docs do not list keeps its answer, with no percentage; the others read as the table says.
    if (score.scheme === "OneToTen") expect(percent).toBeNull();
    else expect(percent).toBe(schemePercent(score.scheme, answerOf(score.answer), score.rawAnswer));
    if (["YesNo", "PassFail"].includes(score.scheme)) expect(percent).toBe(score.rawAnswer === 5 ? 100 : 0);
  }
  const cards = byKey(await rows(h, "scorecards", "vendor = 'execvision'"), (r) => r.external_id);
  const cardIds = [...new Set(scores.map((s) => s.scorecardId as string))];
  expect(cards.size).toBe(cardIds.length);
  for (const id of cardIds) {
    const questions = (await client.scorecard(id)) as any[];
    const card = cards.get(id)!;
    expect(parseJsonColumn(card.raw)).toEqual(questions);
    expect([card.name, card.scheme]).toEqual([questions[0].scorecardName, questions[0].scorecardScheme]);
    const stored = await rows(h, "scorecard_questions", `scorecard_id = ${card.id}`);
    expect(stored.map((q) => q.external_id).sort()).toEqual(questions.map((q) => (q.questionId ?? q.questionID).trim()).sort());
    for (const q of stored) expect(parseJsonColumn(q.raw)).toEqual(questions.find((s) => (s.questionId ?? s.questionID).trim() === q.external_id));
  }
  expect((await rows(h, "call_scores", "skill_set = 'scorecard'")).length).toBeGreaterThan(0);

  const expectStored = async (table: string, served: any[], key: (r: any) => string) => {
    const stored = byKey(await rows(h, table, "vendor = 'execvision'"), (r) => r.external_id);
    expect(stored.size, table).toBe(served.length);
    for (const record of served) expect(parseJsonColumn(stored.get(key(record))?.raw), table).toEqual(record);
    return stored;
  };
  await expectStored("feedback", (await client.feedback({ since: SINCE, limit: 1000 })) as any[], (f) => `${f.callId}:${f.feedbackBy}:${f.feedbackAt}`);
  await expectStored("listens", (await client.listens({ since: SINCE, limit: 1000 })) as any[], (l) => `${l.callId}:${l.listener}:${l.date}`);
  await expectStored("shares", (await client.shares({ since: SINCE, limit: 1000 })) as any[], (s) => `${s.callId}:${s.sharedBy}:${s.sharedAt}`);
  const plans = (await client.plans({ since: SINCE, limit: 1000 })) as any[];
  await expectStored("coaching_plans", plans, (p) => String(p.planId));
  expect((await rows(h, "coaching_plan_skills")).length).toBe(plans.reduce((n, p) => n + p.skill.length, 0));
  const meetings = (await client.meetings({ since: SINCE, limit: 1000 })) as any[];
  const storedMeetings = await expectStored("coaching_meetings", meetings, (m) => String(m.meetingId));
  for (const m of meetings) expect(storedMeetings.get(String(m.meetingId))!.plan_external_id).toBe(String(m.planId));
  // Skill name → percent: an entry whose value is no number is no skill score.
  const skillScores = meetings.flatMap((m) => Object.values(m.scores));
  expect((await rows(h, "meeting_skill_scores")).length).toBe(skillScores.filter((v) => typeof v === "number").length);
  expect(totals.get("meetings")!.dropped).toBe(skillScores.filter((v) => typeof v !== "number").length);
  expect((await rows(h, "meeting_call_reviews")).length).toBe(meetings.reduce((n, m) => n + m.callReviews.length, 0));
  const kpis = (await client.kpis({ since: SINCE, limit: 1000 })) as any[];
  await expectStored("kpi_observations", kpis, (k) => `${k.kpiId}:${k.observerId ?? ""}:${k.observedId}:${k.observedAt}`);
  const kpiIds = [...new Set(kpis.map((k) => String(k.kpiId)))];
  await expectStored("kpi_definitions", await Promise.all(kpiIds.map((id) => client.kpi(id))), (k) => String(k.kpiId));
  const deleted = (await client.deletedCalls({ since: SINCE, limit: 1000 })) as any[];
  expect(deleted.length).toBeGreaterThanOrEqual(5);
  const storedDeleted = byKey(await rows(h, "deleted_calls", "vendor = 'execvision'"), (r) => r.external_id);
  for (const d of deleted) expect(parseJsonColumn(storedDeleted.get(d.id)!.raw)).toEqual(d);
}

async function expectExactDataset(h: Harness, seed: number | undefined, result: VendorResult) {
  // The speaker-names stream may be refused by the account: what it stores is not relied on here.
  const streams = result.streams.filter((s) => s.stream !== "transcripts");
  for (const s of streams) expect(s.error, s.stream).toBeNull();
  const totals = new Map(streams.map((s) => [s.stream, s.totals]));
  for (const [stream, t] of totals) {
    expect(t.deadLettered, stream).toBe(0);
    if (stream !== "calls" && stream !== "meetings") expect(t.dropped, stream).toBe(0);
  }
  await expectCalls(h, seed, totals);
  await expectStreams(h, totals);
}

describe.each([undefined, 0, 1, 2, 3])("ExecVision, variants seed %s", (seed) => {
  let h: Harness;
  let result: VendorResult;
  beforeAll(async () => {
    ({ h, result } = await start("sqlite", seed));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores the exact dataset, dropping exactly the broken words", async () => {
    await expectExactDataset(h, seed, result);
  });
});

const pgProblem = await postgresProblem();
if (pgProblem && process.env.CI === "true") throw new Error(`${pgProblem}; under CI the PostgreSQL tests must run`);

describe.skipIf(pgProblem !== null)("ExecVision on PostgreSQL", () => {
  let h: Harness;
  let result: VendorResult;
  beforeAll(async () => {
    ({ h, result } = await start("postgresql", 2));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores the exact dataset, dropping exactly the broken words", async () => {
    await expectExactDataset(h, 2, result);
  });
});

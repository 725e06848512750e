// The execvision connector against its simulator: every documented field of every
// record lands in the unified model, or whole in the raw payload.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { schemePercent } from "@/lib/domain/skills";
import { segmentsSchema, wordTimingsSchema } from "@/lib/domain/transcript";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { ExecVisionClient } from "./client";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

let h: Harness;
beforeAll(async () => {
  h = await startHarness("sqlite");
  await h.deliverWebhooks();
  for (const result of await h.sync()) expect(result.error, result.vendor).toBeNull();
});
afterAll(async () => {
  await h?.close();
});

async function callRow(vendor: string, externalId: string) {
  const [row] = await h.sql.all<Record<string, any>>(`SELECT * FROM calls WHERE vendor = ? AND external_id = ?`, [vendor, externalId]);
  expect(row, `${vendor} ${externalId}`).toBeDefined();
  return row;
}

async function children(callId: number) {
  const scores = await h.sql.all<Record<string, any>>(`SELECT * FROM call_scores WHERE call_id = ? ORDER BY skill_set, skill`, [callId]);
  const [insight] = await h.sql.all<Record<string, any>>(`SELECT * FROM call_insights WHERE call_id = ?`, [callId]);
  const coaching = await h.sql.all<Record<string, any>>(`SELECT * FROM coaching_items WHERE call_id = ? ORDER BY position`, [callId]);
  const [transcript] = await h.sql.all<Record<string, any>>(`SELECT * FROM transcripts WHERE call_id = ?`, [callId]);
  return { scores, insight, coaching, transcript };
}

describe("ExecVision", () => {
  it("keeps every call whole, with its words losslessly in the transcript", async () => {
    const speakerCalls = (h.sims.control.records("execvision") as any[]).filter((c) => c.transcript?.length);
    expect(speakerCalls.length).toBeGreaterThan(100);
    for (const served of h.sims.control.records("execvision") as any[]) {
      const row = await callRow("execvision", served.id);
      const { transcript: words, ...rest } = served;
      // The list is asked for transcripts and CRM matches, not rendered templates.
      const { templates: _templates, ...metadata } = rest.metadata ?? {};
      expect(parseJsonColumn(row.raw)).toEqual({ ...rest, metadata });
      expect(parseJsonColumn(row.crm_matches)).toEqual(served.crmMatches);
      expect(parseJsonColumn(row.talk_stats)).toEqual(served.stats);
      expect(row.summary).toBe(served.callSummary?.summary ?? null);
      expect(row.direction).toBe(served.direction.toLowerCase());
      const { transcript } = await children(Number(row.id));
      if (!words?.length) {
        expect(transcript).toBeUndefined();
        continue;
      }
      const timings = wordTimingsSchema.parse(parseJsonColumn(transcript.words));
      expect(timings.text).toEqual(words.map((w: any) => w.word));
      expect(timings.startMs).toEqual(words.map((w: any) => Math.round(Number(w.start) * 1000)));
      expect(timings.endMs).toEqual(words.map((w: any) => Math.round(Number(w.end) * 1000)));
      expect(timings.punct).toEqual(words.map((w: any) => w.p ?? ""));
      expect(timings.speaker).toEqual(words.map((w: any) => w.v));
    }
  });

  it("names the speakers from the simplified transcript", async () => {
    const client = new ExecVisionClient({ baseUrl: h.sims.baseUrls.execvision, userId: h.sims.credentials.execvisionUserId, password: h.sims.credentials.execvisionPassword });
    const served = (h.sims.control.records("execvision") as any[]).find((c) => c.transcript?.length);
    const simplified = (await client.transcript(served.id)) as any;
    const row = await callRow("execvision", served.id);
    const { transcript } = await children(Number(row.id));
    const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
    const internal = simplified.speakers.find((s: any) => s.speakerType === "INTERNAL");
    const repSegments = segments.filter((s) => s.voice === internal.speakerNumber);
    expect(repSegments.length).toBeGreaterThan(0);
    for (const s of repSegments) expect(s).toMatchObject({ speaker: "rep", label: [internal.firstName, internal.lastName].filter(Boolean).join(" ") });
  });

  it("brings people, teams, topics, scores, feedback, listens, shares, plans, meetings and KPIs", async () => {
    const client = new ExecVisionClient({ baseUrl: h.sims.baseUrls.execvision, userId: h.sims.credentials.execvisionUserId, password: h.sims.credentials.execvisionPassword });
    const since = "2000-01-01T00:00:00Z";
    const count = async (table: string, where = "1 = 1") => Number((await h.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`))[0].n);
    const users = (await client.users()) as any[];
    expect(await count("rep_identities", "vendor = 'execvision'")).toBe(users.length);
    for (const user of users) {
      const [identity] = await h.sql.all<any>(`SELECT i.system_ids, i.team_external_id, r.email FROM rep_identities i JOIN reps r ON r.id = i.rep_id WHERE i.vendor = 'execvision' AND i.external_id = ?`, [user.userId]);
      expect(identity.email).toBe(user.email.toLowerCase());
      expect(parseJsonColumn(identity.system_ids)).toEqual(user.systemIds ?? null);
      expect(identity.team_external_id).toBe(user.teamId);
    }
    const teams = (await client.teams()) as any[];
    for (const team of teams) expect(await count("teams", `vendor = 'execvision' AND external_id = '${team.id}' AND manager_external_id = '${team.managerId}'`)).toBe(1);
    expect(await count("departments")).toBe(((await client.departments()) as any[]).length);
    expect(await count("topics", "active")).toBe(((await client.topics()) as any[]).length);

    const topicRecords = (await client.callTopics({ since, limit: 100 })) as any[];
    const allTopicRecords = [...topicRecords];
    while (allTopicRecords.length % 100 === 0 && topicRecords.length) {
      const last = allTopicRecords.at(-1);
      const more = ((await client.callTopics({ since: last.modified, lastId: last.callId, limit: 100 })) as any[]).filter((r) => r.callId !== last.callId);
      if (!more.length) break;
      allTopicRecords.push(...more);
    }
    const servedMatches = allTopicRecords.reduce((n, r) => n + r.topicMatches.reduce((m: number, b: any) => m + b.topicsWithMatches.reduce((k: number, t: any) => k + t.matches.length, 0), 0), 0);
    expect(await count("topic_matches")).toBe(servedMatches);

    const scores = (await client.scores({ since, limit: 1000 })) as any[];
    expect(await count("scorecard_answers")).toBe(scores.length);
    for (const score of scores.slice(0, 50)) {
      const [answer] = await h.sql.all<any>(`SELECT percent, raw FROM scorecard_answers WHERE result_id = ? AND question_external_id = ?`, [score.resultId, score.questionId]);
      expect(answer.percent === null ? null : Number(answer.percent)).toBe(schemePercent(score.scheme, score.answer, score.rawAnswer));
      expect(parseJsonColumn(answer.raw)).toEqual(score);
    }
    expect(await count("scorecards")).toBe(new Set(scores.map((s) => s.scorecardId)).size);
    expect(await count("call_scores", "skill_set = 'scorecard'")).toBeGreaterThan(0);
    expect(await count("feedback")).toBe(((await client.feedback({ since, limit: 1000 })) as any[]).length);
    expect(await count("listens")).toBe(((await client.listens({ since, limit: 1000 })) as any[]).length);
    expect(await count("shares")).toBe(((await client.shares({ since, limit: 1000 })) as any[]).length);
    const plans = (await client.plans({ since, limit: 1000 })) as any[];
    expect(await count("coaching_plans")).toBe(plans.length);
    expect(await count("coaching_plan_skills")).toBe(plans.reduce((n, p) => n + p.skill.length, 0));
    const meetings = (await client.meetings({ since, limit: 1000 })) as any[];
    expect(await count("coaching_meetings")).toBe(meetings.length);
    expect(await count("meeting_skill_scores")).toBe(meetings.reduce((n, m) => n + Object.keys(m.scores ?? {}).length, 0));
    expect(await count("meeting_call_reviews")).toBe(meetings.reduce((n, m) => n + (m.callReviews ?? []).length, 0));
    const kpis = (await client.kpis({ since, limit: 1000 })) as any[];
    expect(await count("kpi_observations")).toBe(kpis.length);
    expect(await count("kpi_definitions")).toBe(new Set(kpis.map((k) => k.kpiId)).size);
    expect(await count("deleted_calls")).toBeGreaterThanOrEqual(5);
  });
});

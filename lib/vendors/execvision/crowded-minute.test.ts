// ExecVision's since-only lists ignore the seconds of `since`: 1,500 records
// changed in one minute cannot be paged past with `since` alone. Each list
// reads such a minute whole wherever the API allows it (a limit past its
// documented maximum, or a limit of 0 read as "no limit"), and where it does
// not, says so and keeps its place instead of skipping records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExecVisionStreamName } from "@/simulators/types";
import { Variants } from "@/simulators/variants";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";

const STREAMS: ExecVisionStreamName[] = ["listens", "scores", "feedback", "shares", "meetings", "plans", "kpis"];
const TABLES: Record<ExecVisionStreamName, string> = {
  listens: "listens",
  scores: "scorecard_answers",
  feedback: "feedback",
  shares: "shares",
  meetings: "coaching_meetings",
  plans: "coaching_plans",
  kpis: "kpi_observations",
};
const CROWD = 1_500;

/** 1,500 records of a list, all changed within one minute, each with a key of its own. */
function crowd(stream: ExecVisionStreamName, template: Record<string, unknown>, minute: Date): Record<string, unknown>[] {
  return Array.from({ length: CROWD }, (_, i) => {
    const at = new Date(minute.getTime() + (i % 60) * 1000).toISOString();
    const r = { ...template };
    switch (stream) {
      case "listens":
        // Listens are computed nightly: dated the day before.
        return { ...r, modified: at, date: new Date(minute.getTime() - 86_400_000).toISOString().slice(0, 10), callId: `crowd-call-${i}` };
      case "scores":
        return { ...r, modified: at, resultId: `crowd-result-${i}` };
      case "feedback":
        return { ...r, modified: at, feedbackAt: at, callId: `crowd-call-${i}` };
      case "shares":
        return { ...r, sharedAt: at, callId: `crowd-call-${i}` };
      case "meetings":
        return { ...r, modified: at, meetingId: 900_000 + i };
      case "plans":
        return { ...r, modified: at, planId: 900_000 + i };
      case "kpis":
        return { ...r, modified: at, observedAt: at, observedId: `crowd-person-${i}` };
    }
  });
}

const aboveMax = (seed: number) => new Variants(seed).pick("execvision.limit.aboveMax", ["refuse", "clamp", "honour"] as const);
const zero = (seed: number) => new Variants(seed).pick("execvision.limit.zero", ["none", "all"] as const);

// Seeds 0-5 give every pair of readings of the two limits.
describe.each([0, 1, 2, 3, 4, 5].map((seed) => ({ seed, above: aboveMax(seed), zero: zero(seed) })))("limit above the maximum: $above, limit 0: $zero", ({ seed, above, zero: zeroReading }) => {
  let h: Harness;
  let minute: Date;
  const before: Record<string, number> = {};
  const count = async (table: string) => Number((await h.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  beforeAll(async () => {
    h = await startHarness("sqlite", { variants: seed });
    const first = await h.sync({ streams: STREAMS });
    for (const r of first) expect(r.error, r.vendor).toBeNull();
    for (const stream of STREAMS) before[stream] = await count(TABLES[stream]);
    const { ExecVisionClient } = await import("./client");
    const client = new ExecVisionClient({ baseUrl: h.sims.baseUrls.execvision, userId: h.sims.credentials.execvisionUserId, password: h.sims.credentials.execvisionPassword });
    // A minute after every change the lists hold, so the next pass reaches it.
    const [{ latest }] = await h.sql.all<{ latest: string }>(`SELECT MAX(cursor) AS latest FROM sync_states WHERE vendor = 'execvision' AND cursor IS NOT NULL`);
    minute = new Date((Math.floor(Math.max(Date.now(), Date.parse(latest)) / 60_000) + 2) * 60_000);
    for (const stream of STREAMS) {
      const [template] = (await client[stream]({ since: "2000-01-01T00:00:00Z", limit: 1 })) as Record<string, unknown>[];
      h.sims.control.addExecvisionStreamRecords(stream, crowd(stream, template, minute));
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const readable = above === "honour" || zeroReading === "all";
  it(readable ? "reads every record of the crowded minute, each once" : "reports the crowded minute, names it, and keeps its place", { timeout: 180_000 }, async () => {
    const [result] = (await h.sync({ streams: STREAMS })).filter((r) => r.vendor === "execvision");
    for (const stream of STREAMS) {
      const outcome = result.streams.find((s) => s.stream === stream)!;
      if (readable) {
        expect(outcome.error, stream).toBeNull();
        expect(await count(TABLES[stream]), stream).toBe(before[stream] + CROWD);
      } else {
        expect(outcome.error, stream).toMatch(/more than 1000 records share the minute \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00.000Z, and this list pages on whole minutes only/);
        // Nothing before the minute is lost, and the cursor never passes it: the next pass starts there again.
        expect(await count(TABLES[stream]), stream).toBeGreaterThanOrEqual(before[stream]);
        const [state] = await h.sql.all<{ cursor: string }>(`SELECT cursor FROM sync_states WHERE vendor = 'execvision' AND stream = ?`, [stream]);
        expect(Date.parse(state.cursor), stream).toBeLessThan(minute.getTime() + 60_000);
      }
    }
    // A second pass changes nothing and fails the same way.
    const [again] = (await h.sync({ streams: STREAMS })).filter((r) => r.vendor === "execvision");
    for (const s of again.streams) {
      expect(s.totals.created, s.stream).toBe(0);
      expect(s.error === null, s.stream).toBe(readable);
    }
  });
});

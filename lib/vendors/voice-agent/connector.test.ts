// The voice-agent connector against its simulator, under every reading of
// the doc's open points (simulators/README.md): every call lands as served,
// its raw rebuilt exactly, unusable segments dropped and counted, and calls
// still going on fetched again until they end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { segmentsSchema } from "@/lib/domain/transcript";
import type { SyncTrigger, VendorResult } from "@/lib/sync/engine";
import { postgresProblem } from "@/lib/testing/databases";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { rebuildRaw } from "./raw";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

/** A row read with SELECT *. */
type Row = Record<string, any> & { raw: unknown };

const ROLES: Record<string, string> = { agent: "agent", assistant: "agent", ai: "agent", caller: "caller", user: "caller", customer: "caller" };

const syncVoice = (h: Harness, trigger: SyncTrigger = "cli"): Promise<VendorResult> => h.syncVendor("voice-agent", { trigger });

const isTime = (value: unknown) => typeof value === "number" && value >= 0;

/** Every served call stored as served; returns how many segments the reader had to leave out. */
async function expectServedDataset(h: Harness): Promise<{ served: any[]; dropped: number }> {
  const served = h.sims.control.records("voice-agent") as any[];
  const rows = await h.sql.all<Row>(`SELECT * FROM calls WHERE vendor = 'voice-agent'`);
  const byId = new Map(rows.map((r) => [r.external_id, r]));
  expect(rows.filter((r) => r.deleted_at === null).map((r) => r.external_id).sort()).toEqual(served.map((s) => s.id).sort());
  let dropped = 0;
  for (const s of served) {
    const row = byId.get(s.id)!;
    const [transcript] = await h.sql.all<Row>(`SELECT * FROM transcripts WHERE call_id = ?`, [row.id]);
    expect(rebuildRaw(row, transcript), s.id).toStrictEqual(s);
    expect(row.status).toBe(s.status);
    expect(row.from_number).toBe(s.from_number);
    expect(parseJsonColumn(row.metadata)).toStrictEqual(s.metadata);
    const timed: any[] = Array.isArray(s.transcript_segments) ? s.transcript_segments : [];
    const usable = timed.filter((t) => isTime(t.start_time) && isTime(t.end_time) && t.end_time >= t.start_time && typeof t.text === "string");
    dropped += timed.length - usable.length;
    const expected = usable.length
      ? usable.map((t) => [ROLES[t.speaker.toLowerCase()], t.text])
      : (s.transcript as string)
          .split("\n\n")
          .filter(Boolean)
          .map((block) => {
            const [speaker, ...text] = block.split(": ");
            return [ROLES[speaker.toLowerCase()], text.join(": ")];
          });
    if (!expected.length) {
      expect(transcript, s.id).toBeUndefined();
      continue;
    }
    const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
    expect(segments.map((g) => [g.speaker, g.text]), s.id).toEqual(expected);
    if (usable.length) expect(segments.map((g) => [g.startMs, g.endMs])).toEqual(usable.map((t) => [Math.round(t.start_time * 1000), Math.round(t.end_time * 1000)]));
  }
  return { served, dropped };
}

describe.each([null, 0, 1, 2, 3])("voice-agent calls, variants seed %s", (seed) => {
  let clock = Date.now();
  let h: Harness;
  let first: VendorResult;
  beforeAll(async () => {
    h = await startHarness("sqlite", { now: () => clock, ...(seed === null ? {} : { variants: seed }) });
    await h.deliverWebhooks();
    first = await syncVoice(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps every call as served, with its segments, and counts the segments it drops", async () => {
    const { served, dropped } = await expectServedDataset(h);
    expect(first.streams[0].totals.dropped).toBe(dropped);
    expect(first.streams[0].totals.deadLettered).toBe(0);
    if (seed === null) expect(dropped).toBe(0);
    else {
      expect(dropped).toBeGreaterThan(0);
      const agentSides = served.flatMap((s) => (Array.isArray(s.transcript_segments) ? s.transcript_segments.slice(0, 1).map((t: any) => t.speaker) : []));
      expect(new Set(agentSides)).toEqual(new Set(["agent", "assistant", "AI"]));
      expect(served.some((s) => s.transcript_segments === undefined && s.transcript)).toBe(true);
    }
  });

  it("reads who the agent spoke with however the call's metadata spells it", async () => {
    const { served } = await expectServedDataset(h);
    const stored = new Map(
      (await h.sql.all<{ external_id: string; prospect_company: string | null; prospect_name: string | null }>(`SELECT external_id, prospect_company, prospect_name FROM calls WHERE vendor = 'voice-agent'`)).map((r) => [r.external_id, r]),
    );
    const spellings = new Set<string>();
    for (const call of served) {
      const metadata = call.metadata as Record<string, unknown> | null;
      const company = metadata?.company ?? metadata?.company_name;
      if (typeof company !== "string") continue;
      const contact = metadata!.contact_name ?? metadata!.customer_name ?? metadata!.name;
      spellings.add(Object.keys(metadata!).filter((k) => ["company", "company_name", "contact_name", "customer_name", "name"].includes(k)).sort().join("+"));
      expect(stored.get(call.id as string), call.id as string).toMatchObject({ prospect_company: company, prospect_name: contact });
    }
    expect(spellings.size).toBe(seed === null ? 1 : 3);
  });

  it("asks again for calls in progress: when due on a schedule, at once when a person asks, until they end", async () => {
    const live = (h.sims.control.records("voice-agent") as any[]).filter((s) => s.status === "in-progress").map((s) => s.id);
    if (seed === null) {
      expect(live).toEqual([]);
      return;
    }
    expect(live.length).toBeGreaterThan(0);
    const fetched = () => h.sims.control.requests.filter((r) => r.vendor === "voice-agent").map((r) => decodeURIComponent(r.path.split("/").pop()!));

    // Just fetched: a scheduled pass leaves them for now.
    h.sims.control.clearRequests();
    await syncVoice(h, "schedule");
    expect(fetched()).toEqual([]);

    // A person's pass asks for every unfinished call, and only those.
    h.sims.control.clearRequests();
    await syncVoice(h, "manual");
    expect(fetched().sort()).toEqual([...live].sort());

    // Later they have ended: the next pass stores them final.
    clock += 10 * 60_000;
    h.sims.control.clearRequests();
    const last = await syncVoice(h, "cli");
    expect(fetched().sort()).toEqual([...live].sort());
    expect(last.streams[0].totals.updated).toBe(live.length);
    const { served } = await expectServedDataset(h);
    expect(served.filter((s) => live.includes(s.id)).every((s) => s.status !== "in-progress" && s.ended_at)).toBe(true);

    // Ended, they are left alone.
    h.sims.control.clearRequests();
    await syncVoice(h, "manual");
    expect(fetched()).toEqual([]);
  });
});

const pgProblem = await postgresProblem();
if (pgProblem && process.env.CI === "true") throw new Error(`${pgProblem}; under CI the PostgreSQL tests must run`);

describe.skipIf(pgProblem !== null)("voice-agent calls on PostgreSQL, variants seed 2", () => {
  let h: Harness;
  let first: VendorResult;
  beforeAll(async () => {
    h = await startHarness("postgresql", { variants: 2 });
    await h.deliverWebhooks();
    first = await syncVoice(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps every call as served", async () => {
    const { dropped } = await expectServedDataset(h);
    expect(first.streams[0].totals.dropped).toBe(dropped);
  });
});

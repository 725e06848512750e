// The Revont connector against its simulator, under every reading of the
// doc's open points (simulators/README.md): every call lands as served, its
// raw rebuilt exactly, unusable segments dropped and counted; and as the
// vendor changes, deletes and restores calls, each pass re-reads a window.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonColumn } from "@/lib/db/values";
import { segmentsSchema } from "@/lib/domain/transcript";
import type { VendorResult } from "@/lib/sync/engine";
import { postgresProblem } from "@/lib/testing/databases";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { rebuildRaw } from "./raw";

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor payloads are compared field by field */

/** A row read with SELECT *. */
type Row = Record<string, any> & { raw: unknown };

const ROLES: Record<string, string> = { rep: "rep", agent: "rep", prospect: "prospect", customer: "prospect" };
const DAY = 86_400_000;

const syncRevont = (h: Harness): Promise<VendorResult> => h.syncVendor("revont");

const isTime = (value: unknown) => typeof value === "number" && value >= 0;

/** Every served call stored as served; returns how many segments the reader had to leave out. */
async function expectServedDataset(h: Harness): Promise<{ served: any[]; dropped: number }> {
  const served = h.sims.control.records("revont") as any[];
  const rows = await h.sql.all<Row>(`SELECT * FROM calls WHERE vendor = 'revont'`);
  const byId = new Map(rows.map((r) => [r.external_id, r]));
  expect(rows.filter((r) => r.deleted_at === null).map((r) => r.external_id).sort()).toEqual(served.map((s) => s.id).sort());
  let dropped = 0;
  for (const s of served) {
    const row = byId.get(s.id)!;
    const [transcript] = await h.sql.all<Row>(`SELECT * FROM transcripts WHERE call_id = ?`, [row.id]);
    expect(rebuildRaw(row, transcript), s.id).toStrictEqual(s);
    expect(row.outcome).toBe(s.outcome);
    expect(row.overall_score === null ? null : Number(row.overall_score)).toBe(s.coaching_score);
    expect(row.prospect_email).toBe(s.prospect_email);
    expect(new Date(Number(row.started_at)).toISOString()).toBe(new Date(s.created_at).toISOString());
    const usable = (s.transcript as any[]).filter((t) => isTime(t.start_ms) && isTime(t.end_ms) && typeof t.text === "string");
    dropped += s.transcript.length - usable.length;
    const segments = segmentsSchema.parse(parseJsonColumn(transcript.segments));
    expect(segments.map((g) => [g.speaker, g.startMs, g.endMs, g.text]), s.id).toEqual(usable.map((t) => [ROLES[t.speaker.toLowerCase()], t.start_ms, t.end_ms, t.text]));
    // Talk stats come from the transcript, once its sides are known.
    expect(row.talk_ratio).not.toBeNull();
  }
  return { served, dropped };
}

describe.each([null, 0, 1, 2, 3])("Revont calls, variants seed %s", (seed) => {
  let h: Harness;
  let first: VendorResult;
  beforeAll(async () => {
    h = await startHarness("sqlite", seed === null ? {} : { variants: seed });
    first = await syncRevont(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps every call as served, with its transcript, and counts the segments it drops", async () => {
    const { served, dropped } = await expectServedDataset(h);
    expect(first.streams[0].totals.dropped).toBe(dropped);
    expect(first.streams[0].totals.deadLettered).toBe(0);
    if (seed === null) expect(dropped).toBe(0);
    else {
      expect(dropped).toBeGreaterThan(0);
      expect(served.some((s) => s.outcome === "meeting_booked")).toBe(true);
      expect(served.some((s) => /\.\d{3}Z$/.test(s.created_at))).toBe(true);
      expect(new Set(served.map((s) => s.transcript[0]?.speaker))).toEqual(new Set(["rep", "Rep", "agent"]));
    }
  });

  it("fetches no call again on a pass with nothing changed", async () => {
    h.sims.control.clearRequests();
    const again = await syncRevont(h);
    expect(again.streams[0].totals.created + again.streams[0].totals.updated).toBe(0);
    expect(h.sims.control.requests.filter((r) => r.vendor === "revont" && /\/calls\/[^/]+$/.test(r.path))).toEqual([]);
  });
});

describe("Revont calls as the vendor changes them, variants seed 2", () => {
  let h: Harness;
  let served: any[];
  const listRequests = () => h.sims.control.requests.filter((r) => r.vendor === "revont" && r.path.endsWith("/calls"));
  const detailRequests = () => h.sims.control.requests.filter((r) => r.vendor === "revont" && /\/calls\/[^/]+$/.test(r.path)).map((r) => decodeURIComponent(r.path.split("/").pop()!));
  const liveIds = async () => (await h.sql.all<{ external_id: string }>(`SELECT external_id FROM calls WHERE vendor = 'revont' AND deleted_at IS NULL ORDER BY external_id`)).map((r) => r.external_id);
  const servedIds = () => (h.sims.control.records("revont") as any[]).map((s) => s.id).sort();
  // Calls created well inside the lookback window, and well outside it.
  const recent = () => served.filter((s) => Date.parse(s.created_at) > Date.now() - 6 * DAY);
  const old = () => served.filter((s) => Date.parse(s.created_at) < Date.now() - 30 * DAY);

  beforeAll(async () => {
    h = await startHarness("sqlite", { variants: 2 });
    await syncRevont(h);
    served = h.sims.control.records("revont");
    expect(recent().length).toBeGreaterThanOrEqual(2);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("re-reads only the lookback window on a pass with nothing changed", async () => {
    h.sims.control.clearRequests();
    await syncRevont(h);
    const lists = listRequests();
    expect(lists).toHaveLength(1);
    // The window reaches seven days (the default) before the last walk.
    expect(Date.now() - Date.parse(lists[0].query.from)).toBeGreaterThanOrEqual(7 * DAY);
    expect(Date.now() - Date.parse(lists[0].query.from)).toBeLessThan(7 * DAY + 60_000);
    expect(detailRequests()).toEqual([]);
  });

  it("fetches again, and updates, a call whose listed fields changed within the window", async () => {
    const [call] = recent();
    h.sims.control.updateRecord("revont", call.id, (r) => {
      r.duration_seconds += 30;
      r.transcript[0].text = "Changed at the vendor.";
    });
    h.sims.control.clearRequests();
    const pass = await syncRevont(h);
    expect(detailRequests()).toEqual([call.id]);
    expect(pass.streams[0].totals.updated).toBe(1);
    const now = (h.sims.control.records("revont") as any[]).find((s) => s.id === call.id);
    const [row] = await h.sql.all<Row>(`SELECT * FROM calls WHERE vendor = 'revont' AND external_id = ?`, [call.id]);
    const [transcript] = await h.sql.all<Row>(`SELECT * FROM transcripts WHERE call_id = ?`, [row.id]);
    expect(Number(row.duration_sec)).toBe(call.duration_seconds + 30);
    expect(rebuildRaw(row, transcript)).toStrictEqual(now);
    expect(segmentsSchema.parse(parseJsonColumn(transcript.segments))[0].text).toBe("Changed at the vendor.");
  });

  it("does not see a change to a call older than the window", async () => {
    const [call] = old();
    h.sims.control.updateRecord("revont", call.id, (r) => {
      r.duration_seconds += 30;
    });
    h.sims.control.clearRequests();
    await syncRevont(h);
    expect(detailRequests()).toEqual([]);
    h.sims.control.updateRecord("revont", call.id, (r) => {
      r.duration_seconds -= 30;
    });
  });

  it("hides a call deleted at the vendor after the next pass, and shows it again once restored", async () => {
    const [, call] = recent();
    let original: unknown;
    h.sims.control.updateRecord("revont", call.id, (r) => {
      original = structuredClone(r);
    });
    h.sims.control.deleteRecord("revont", call.id);
    const pass = await syncRevont(h);
    expect(pass.streams[0].totals.deleted).toBe(1);
    expect(await liveIds()).toEqual(servedIds());
    expect(await liveIds()).not.toContain(call.id);

    h.sims.control.addRecords("revont", [original]);
    h.sims.control.clearRequests();
    await syncRevont(h);
    expect(detailRequests()).toEqual([call.id]);
    expect(await liveIds()).toEqual(servedIds());
    const [row] = await h.sql.all<Row>(`SELECT * FROM calls WHERE vendor = 'revont' AND external_id = ?`, [call.id]);
    const [transcript] = await h.sql.all<Row>(`SELECT * FROM transcripts WHERE call_id = ?`, [row.id]);
    expect(rebuildRaw(row, transcript)).toStrictEqual(call);
  });
});

const pgProblem = await postgresProblem();
if (pgProblem && process.env.CI === "true") throw new Error(`${pgProblem}; under CI the PostgreSQL tests must run`);

describe.skipIf(pgProblem !== null)("Revont calls on PostgreSQL, variants seed 3", () => {
  let h: Harness;
  let first: VendorResult;
  beforeAll(async () => {
    h = await startHarness("postgresql", { variants: 3 });
    first = await syncRevont(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps every call as served, and fetches none again on a pass with nothing changed", async () => {
    const { dropped } = await expectServedDataset(h);
    expect(first.streams[0].totals.dropped).toBe(dropped);
    h.sims.control.clearRequests();
    await syncRevont(h);
    expect(h.sims.control.requests.filter((r) => r.vendor === "revont" && /\/calls\/[^/]+$/.test(r.path))).toEqual([]);
  });
});

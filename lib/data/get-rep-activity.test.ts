// The rep page's KPIs and listening on a real database: a rep's observations
// grouped per KPI with their targets and observers, listens by the rep and of
// the rep's calls, all within the period, and nothing the viewer may not see.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { SqlValue } from "@/lib/db/sql";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getRepActivity, LATEST_LISTENS } from "./get-rep-activity";
import { createTestOrg, days, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const VENDOR = "execvision";
const at = (iso: string) => new Date(iso);

await describeEachDatabase("a rep's KPIs and listening", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
    const insert = (table: string, columns: string[], rows: SqlValue[][]) =>
      Promise.all(rows.map((row) => org.sql.run(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`, row)));
    const now = at("2026-02-01T00:00:00Z");
    await insert("kpi_definitions", ["vendor", "external_id", "description", "frequency", "target", "raw", "updated_at"], [
      [VENDOR, "k1", "Discovery questions per call", "WEEKLY", 8.5, "{}", now],
      [VENDOR, "k2", "Dials", "DAILY", null, "{}", now],
    ]);
    let n = 0;
    const observation = (kpi: string, observed: string, when: string, value: number, observer: string | null): SqlValue[] => [VENDOR, `o${++n}`, kpi, observer, observed, at(when), value, now, "{}", `h${n}`];
    await insert("kpi_observations", ["vendor", "external_id", "kpi_external_id", "observer_external_id", "observed_external_id", "observed_at", "value", "vendor_updated_at", "raw", "content_hash"], [
      // Ada, weekly KPI with a target: the first instant of the period is in, the first after it out.
      observation("k1", "ada", "2026-01-19T10:00:00Z", 7, "coach-x"),
      observation("k1", "ada", "2026-01-01T00:00:00Z", 6, "ben"),
      observation("k1", "ada", "2026-01-12T10:00:00Z", 9, "ben"),
      observation("k1", "ada", "2026-02-01T00:00:00Z", 99, "ben"),
      observation("k1", "ada", "2025-11-03T10:00:00Z", 1, "ben"),
      // One observation, no target; and one of a KPI whose definition has not arrived.
      observation("k2", "ada", "2026-01-07T10:00:00Z", 40, null),
      observation("k3", "ada", "2026-01-08T10:00:00Z", 2, null),
      // Someone else's.
      observation("k1", "ben", "2026-01-05T10:00:00Z", 3, "ada"),
    ]);
    const listen = (call: string, listener: string, day: string, seconds: number): SqlValue[] => [VENDOR, `l${++n}`, call, listener, null, day, seconds, "{}", `h${n}`];
    await insert("listens", ["vendor", "external_id", "call_external_id", "listener_external_id", "caller_external_id", "listened_on", "seconds_listened", "raw", "content_hash"], [
      // Ada listening: to Ben's call (North), Cy's (South), her own, and a call Coachboard does not have.
      listen("ben-1", "ada", "2026-01-07", 120),
      listen("cy-1", "ada", "2026-01-31", 300),
      listen("ada-1", "ada", "2026-01-10", 60),
      listen("ghost-1", "ada", "2026-01-20", 30),
      listen("ben-1", "ada", "2025-12-31", 999),
      listen("ben-1", "ada", "2026-02-01", 999),
      // Others listening to Ada's calls: Ben twice, Cy once, someone unknown once (longest).
      listen("ada-1", "ben", "2026-01-08", 100),
      listen("ada-2", "ben", "2026-01-15", 200),
      listen("ada-1", "cy", "2026-01-16", 50),
      listen("ada-2", "coach-x", "2026-01-17", 400),
      listen("ada-1", "ben", "2026-02-05", 999),
    ]);
  });
  afterAll(async () => {
    await org?.close();
  });

  const january = days("2026-01-01", "2026-01-31");

  it("groups the rep's observations per KPI, oldest first, with target, frequency and observer, within the period", async () => {
    const activity = (await getRepActivity(org.admin, org.reps.ada, january))!;
    expect(activity.repName).toBe("Ada Lane");
    expect(activity.kpis.map((k) => [k.key, k.description, k.frequency, k.target])).toEqual([
      ["k1", "Discovery questions per call", "weekly", 8.5],
      ["k2", "Dials", "daily", null],
      ["k3", null, null, null],
    ]);
    expect(activity.kpis[0].observations).toEqual([
      { at: "2026-01-01T00:00:00.000Z", value: 6, observer: "Ben Moss" },
      { at: "2026-01-12T10:00:00.000Z", value: 9, observer: "Ben Moss" },
      // An observer Coachboard does not know is not named.
      { at: "2026-01-19T10:00:00.000Z", value: 7, observer: null },
    ]);
    expect(activity.kpis[1].observations).toEqual([{ at: "2026-01-07T10:00:00.000Z", value: 40, observer: null }]);
  });

  it("counts the calls the rep listened to in the period, and names the latest", async () => {
    const { listened } = (await getRepActivity(org.admin, org.reps.ada, january))!.listening;
    expect(listened && [listened.count, listened.seconds]).toEqual([4, 510]);
    expect(listened!.latest.map((l) => [l.listenedOn, l.seconds, l.title, l.callId !== null])).toEqual([
      ["2026-01-31", 300, "Hidden Corp", true],
      ["2026-01-20", 30, "A call not in Coachboard", false],
      ["2026-01-10", 60, "Acme", true],
      ["2026-01-07", 120, "Call with an unknown contact", true],
    ]);
    expect(LATEST_LISTENS).toBeLessThanOrEqual(5);
  });

  it("counts others' listens of the rep's calls, not the rep's own, and who listened most", async () => {
    const { listenedTo } = (await getRepActivity(org.admin, org.reps.ada, january))!.listening;
    expect(listenedTo).toEqual({ count: 4, seconds: 750, listeners: 3, top: { name: "Ben Moss", count: 2, seconds: 300 } });
  });

  it("has nothing to show for a period without KPIs or listens", async () => {
    const activity = (await getRepActivity(org.admin, org.reps.ada, days("2025-06-01", "2025-06-30")))!;
    expect(activity.kpis).toEqual([]);
    expect(activity.listening).toEqual({ listened: null, listenedTo: null });
  });

  it("links only the calls the viewer may open, and names none of the others", async () => {
    const links = async (viewer: () => Parameters<typeof getRepActivity>[0]) =>
      (await getRepActivity(viewer(), org.reps.ada, january))!.listening.listened!.latest.map((l) => [l.callId === null ? null : "link", l.title]);
    // North's manager: Ben's call and Ada's own, not South's.
    expect(await links(() => org.manager)).toEqual([
      [null, "A call outside your teams"],
      [null, "A call not in Coachboard"],
      ["link", "Acme"],
      ["link", "Call with an unknown contact"],
    ]);
    // Ada herself: only her own call.
    expect(await links(() => org.rep)).toEqual([
      [null, "A call you don't have access to"],
      [null, "A call not in Coachboard"],
      ["link", "Acme"],
      [null, "A call you don't have access to"],
    ]);
    const ids = (await getRepActivity(org.rep, org.reps.ada, january))!.listening.listened!.latest.map((l) => l.callId);
    const [own] = await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'ada-1'`);
    expect(ids.filter((id) => id !== null)).toEqual([Number(own.id)]);
  });

  it("answers null for a rep the viewer may not see", async () => {
    const south = { ...org.manager, teamIds: [org.teams.south] };
    expect(await getRepActivity(south, org.reps.ada, january)).toBeNull();
    expect(await getRepActivity(org.rep, org.reps.ben, january)).toBeNull();
    expect(await getRepActivity(org.manager, org.reps.cy, january)).toBeNull();
    expect(await getRepActivity(org.manager, org.reps.ben, january)).not.toBeNull();
  });
});

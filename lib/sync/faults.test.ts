import { afterEach, describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { duplicateCalls, rollupsAgainstCalls, settledComparison } from "@/lib/testing/fingerprint";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import type { VendorResult } from "./engine";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function expectAllSynced(results: VendorResult[]) {
  for (const r of results) expect(r.error, `${r.vendor}: ${r.error}`).toBeNull();
}

async function expectExactly(harness: Harness, skip?: Set<string>) {
  const compared = await settledComparison(harness, skip);
  for (const [name, { db, vendor }] of Object.entries(compared)) expect(db, name).toEqual(vendor);
  expect(await duplicateCalls(harness.sql)).toBe(0);
}

describe("the sync under faults", () => {
  it("ends with every record present and none twice when 20% of requests fail (429, 5xx, timeouts, resets, truncated JSON), from vendors that read the docs differently", async () => {
    h = await startHarness("sqlite", { variants: 3 });
    await h.deliverWebhooks();
    h.sims.control.setFaults({ rate: 0.2, kinds: ["429", "500", "503", "timeout", "reset", "truncated"], seed: 7, hangMs: 3_000 });
    const results = await h.sync({ connectors: { timeoutMs: 800, pageSize: 25 } });
    expectAllSynced(results);
    const faulted = h.sims.control.requests.filter((r) => r.fault);
    expect(faulted.length).toBeGreaterThan(50);
    expect(new Set(faulted.map((r) => r.fault))).toEqual(new Set(["429", "500", "503", "timeout", "reset", "truncated"]));
    h.sims.control.setFaults(null);
    await expectExactly(h);
  });

  it("picks up records changed, added and deleted between pages", async () => {
    h = await startHarness("sqlite", { variants: 2 });
    const harness = h;
    await harness.deliverWebhooks();
    const ev = harness.sims.control.records("execvision") as { id: string }[];
    const sf = harness.sims.control.records("salesfinity") as { _id: string }[];
    const pages = { execvision: 0, salesfinity: 0, revont: 0 };
    harness.sims.control.onRequest((entry) => {
      if (entry.vendor === "execvision" && entry.path.endsWith("/calls") && ++pages.execvision === 2) {
        // A call already read changes, and another is deleted, while the walk goes on.
        harness.sims.control.updateRecord("execvision", ev[0].id, (call) => {
          call.callSummary = { ...(call.callSummary ?? {}), summary: "Updated mid-walk." };
        });
        harness.sims.control.deleteRecord("execvision", ev[1].id);
      }
      if (entry.vendor === "salesfinity" && ++pages.salesfinity === 2) {
        harness.sims.control.deleteRecord("salesfinity", sf[0]._id);
        harness.sims.control.updateRecord("salesfinity", sf[5]._id, (call) => {
          call.insight.total_score = 12;
        });
      }
      if (entry.vendor === "revont" && entry.path.endsWith("/calls") && ++pages.revont === 2) {
        const [first] = harness.sims.control.records("revont") as { id: string; created_at: string }[];
        harness.sims.control.addRecords("revont", [{ ...first, id: "call_01ZZZZZZZZZZZZZZZZZZZZZZZZ", created_at: new Date().toISOString(), transcript: [] }]);
      }
    });
    expectAllSynced(await harness.sync({ connectors: { pageSize: 20 } }));
    expectAllSynced(await harness.sync({ connectors: { pageSize: 20 } }));
    await expectExactly(harness);
    const [updated] = await harness.sql.all<{ summary: string }>(`SELECT summary FROM calls WHERE vendor = 'execvision' AND external_id = ?`, [ev[0].id]);
    expect(updated.summary).toBe("Updated mid-walk.");
    const [deleted] = await harness.sql.all<{ deleted: number }>(`SELECT COUNT(*) AS deleted FROM calls WHERE vendor = 'execvision' AND external_id = ? AND deleted_at IS NOT NULL`, [ev[1].id]);
    expect(Number(deleted.deleted)).toBe(1);
    const rollups = await rollupsAgainstCalls(harness.sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
    const [rescored] = await harness.sql.all<{ overall_score: number }>(`SELECT overall_score FROM calls WHERE vendor = 'salesfinity' AND external_id = ?`, [sf[5]._id]);
    expect(Number(rescored.overall_score)).toBe(12);
  });

  it("stops a vendor whose credentials are refused, naming the variables, and touches nothing", async () => {
    h = await startHarness("sqlite");
    const env = { ...h.env, EXECVISION_PASSWORD: "wrong" };
    const { buildConnectors } = await import("@/lib/vendors");
    const { syncAll } = await import("./run-all");
    const [result] = await syncAll(h.sql, buildConnectors(env).filter((c) => c.connector.vendor === "execvision"), { trigger: "cli" });
    expect(result.error).toMatch(/ExecVision rejected the credentials \(HTTP 401\): check EXECVISION_USER_ID and EXECVISION_PASSWORD/);
    expect(result.streams).toHaveLength(1);
    expect(await h.sql.all(`SELECT COUNT(*) AS n FROM calls`)).toEqual([{ n: 0 }]);
    expect(await h.sql.all(`SELECT COUNT(*) AS n FROM sync_states WHERE cursor IS NOT NULL`)).toEqual([{ n: 0 }]);
  });
});

describe("ExecVision's rate limit over HTTP", () => {
  it("is never exceeded in any one-second window", async () => {
    h = await startHarness("sqlite", { execvisionRateLimit: true });
    const { buildConnectors } = await import("@/lib/vendors");
    const { syncAll } = await import("./run-all");
    // The connector's own limiter, on the real clock: 4/s by day, 20/s by night (US Eastern).
    const connectors = buildConnectors(h.env, { execvisionSpeakerNames: false }).filter((c) => c.connector.vendor === "execvision");
    const [result] = await syncAll(h.sql, connectors, { trigger: "cli", streams: ["departments", "teams", "users", "topics", "deleted-calls", "scores", "plans", "meetings", "kpis", "kpi-definitions", "scorecards"] });
    expect(result.error).toBeNull();
    expect(h.sims.control.requests.filter((r) => r.vendor === "execvision").length).toBeGreaterThanOrEqual(14);
    expect(h.sims.control.execvisionOverLimit()).toBe(0);
  });
});

await describeEachDatabase("unusable records", (provider) => {
  it("keeps records that cannot be used (no readable date) whole in the dead-letter table and syncs the rest", async () => {
    h = await startHarness(provider, { variants: 3 });
    const ids = {
      salesfinity: (h.sims.control.records("salesfinity")[3] as { _id: string })._id,
      execvision: (h.sims.control.records("execvision")[4] as { id: string }).id,
      revont: (h.sims.control.records("revont")[5] as { id: string }).id,
      analyses: (h.sims.control.records("analyses")[6] as { id: string }).id,
      "voice-agent": (h.sims.control.records("voice-agent")[7] as { id: string }).id,
    } as const;
    for (const [vendor, id] of Object.entries(ids)) h.sims.control.malform(vendor as keyof typeof ids, id);
    await h.deliverWebhooks();
    const results = await h.sync();
    expectAllSynced(results);
    const dead = await h.sql.all<{ vendor: string; external_id: string; payload: string; error: string }>(`SELECT vendor, external_id, payload, error FROM dead_letters ORDER BY vendor`);
    expect(dead.map((d) => [d.vendor, d.external_id]).sort()).toEqual(Object.entries(ids).sort());
    for (const d of dead) {
      expect(JSON.parse(d.payload)).toBeTypeOf("object");
      expect(d.error.length).toBeGreaterThan(5);
    }
    const reported = results.flatMap((r) => r.streams).reduce((n, s) => n + s.totals.deadLettered, 0);
    expect(reported).toBe(5);
    await expectExactly(h, new Set(Object.values(ids)));
    // Seen again on the next pass, a dead letter is not stored twice.
    await h.sync();
    expect(await h.sql.all(`SELECT COUNT(*) AS n FROM dead_letters`)).toEqual([{ n: 5 }]);
  });
});

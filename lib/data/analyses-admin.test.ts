// The admin's report of analyses that did not finish, and of dropped elements per vendor.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getAnalysesReport } from "./analyses-admin";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const NOW = new Date("2026-03-01T12:00:00Z");

await describeEachDatabase("the analyses that did not finish", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
    const analysis = (id: string, status: string, created: string, extra: { code?: string; message?: string; cost?: number | null; duration?: number | null; title?: string } = {}) =>
      org.sql.run(
        `INSERT INTO analyses (vendor, external_id, status, error_code, error_message, duration_seconds, cost_usd_cents, vendor_created_at, metadata, raw, content_hash, created_at, updated_at)
         VALUES ('analyses', ?, ?, ?, ?, ?, ?, ?, ?, '{}', 'h', ?, ?)`,
        [id, status, extra.code ?? null, extra.message ?? null, extra.duration ?? null, extra.cost ?? null, new Date(created), extra.title ? JSON.stringify({ title: extra.title }) : null, NOW, NOW],
      );
    await analysis("an-ok", "completed", "2026-02-01T10:00:00Z", { cost: 12 });
    await analysis("an-failed-1", "failed", "2026-02-03T10:00:00Z", { code: "audio_unreadable", message: "The recording could not be decoded", cost: 4.5, duration: 61, title: "Acme discovery" });
    await analysis("an-failed-2", "failed", "2026-02-05T10:00:00Z", { cost: null });
    await analysis("an-cancelled", "cancelled", "2026-02-04T10:00:00Z", { cost: 0 });
    const run = (vendor: string, started: string, dropped: number) =>
      org.sql.run(`INSERT INTO sync_runs (vendor, stream, trigger, status, started_at, dropped) VALUES (?, 'calls', 'cli', 'succeeded', ?, ?)`, [vendor, new Date(started), dropped]);
    await run("execvision", "2026-02-20T00:00:00Z", 3);
    await run("execvision", "2026-02-25T00:00:00Z", 4);
    await run("revont", "2026-01-02T00:00:00Z", 50); // more than 30 days before
  });
  afterAll(async () => {
    await org?.close();
  });

  it("lists failed and cancelled analyses newest first, with the vendor's error and cost, and totals per status", async () => {
    const report = await getAnalysesReport(org.admin, NOW);
    expect(report.unfinished.map((a) => [a.id, a.status])).toEqual([
      ["an-failed-2", "failed"],
      ["an-cancelled", "cancelled"],
      ["an-failed-1", "failed"],
    ]);
    expect(report.unfinished[2]).toMatchObject({ errorCode: "audio_unreadable", errorMessage: "The recording could not be decoded", costUsdCents: 4.5, durationSeconds: 61, title: "Acme discovery", callId: null, createdAt: "2026-02-03T10:00:00.000Z" });
    expect(report.totals).toEqual([
      { status: "cancelled", count: 1, costUsdCents: 0 },
      { status: "failed", count: 2, costUsdCents: 4.5 },
    ]);
  });

  it("counts dropped elements per vendor over the last 30 days, every vendor listed", async () => {
    const report = await getAnalysesReport(org.admin, NOW);
    expect(Object.fromEntries(report.dropped.map((d) => [d.vendor, [d.count, d.runs]]))).toEqual({ salesfinity: [0, 0], execvision: [7, 2], analyses: [0, 0], "voice-agent": [0, 0], revont: [0, 0] });
  });

  it("is for admins only", async () => {
    await expect(getAnalysesReport(org.manager, NOW)).rejects.toMatchObject({ status: 403 });
    await expect(getAnalysesReport(org.rep, NOW)).rejects.toMatchObject({ status: 403 });
  });
});

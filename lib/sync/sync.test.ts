import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { duplicateCalls, fingerprint, rollupsAgainstCalls, settledComparison } from "@/lib/testing/fingerprint";
import { type Harness, startHarness } from "@/lib/testing/sync-harness";
import { DEMO_WEBHOOK_SECRETS } from "@/scripts/lib/demo";
import { signWebhook } from "@/simulators";
import type { VendorResult } from "./engine";

function totals(results: VendorResult[]) {
  const sum = { created: 0, updated: 0, unchanged: 0, deleted: 0, deadLettered: 0 };
  for (const r of results) {
    expect(r.error, `${r.vendor}: ${r.error}`).toBeNull();
    for (const s of r.streams) for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += s.totals[key];
  }
  return sum;
}

/**
 * The simulators as documented, and as vendors that read the docs' open
 * points differently and evolved since (simulators/README.md, variants mode).
 */
const VARIANTS: Record<string, (number | undefined)[]> = { sqlite: [undefined, 0, 1, 2, 3], postgresql: [undefined, 2] };

/** A first pass lands every record of every vendor exactly once; a second changes nothing. */
async function everyRecordOnce(h: Harness): Promise<void> {
  const first = totals(await h.sync());
  expect(first.created).toBeGreaterThan(400);
  expect(first.deadLettered).toBe(0);
  await h.deliverWebhooks();
  totals(await h.sync({ streams: ["analyses", "calls"] }));

  const compared = await settledComparison(h);
  for (const [name, { db, vendor }] of Object.entries(compared)) expect(db, name).toEqual(vendor);
  expect(compared.salesfinity.db).toHaveLength(110);
  expect(compared.execvision.db).toHaveLength(110);
  expect(compared.revont.db).toHaveLength(80);
  expect(compared.voiceAgent.db).toHaveLength(40);
  expect(await duplicateCalls(h.sql)).toBe(0);
  // The voice agents are agents, apart from people; no one else is.
  const kinds = await h.sql.all<{ vendor: string; is_agent: boolean | number }>(`SELECT DISTINCT i.vendor, r.is_agent FROM reps r JOIN rep_identities i ON i.rep_id = r.id`);
  expect(kinds.map((k) => `${k.vendor} ${Boolean(k.is_agent)}`).sort()).toEqual(["analyses false", "execvision false", "revont false", "salesfinity false", "voice-agent true"]);

  const rollups = await rollupsAgainstCalls(h.sql);
  expect(rollups.stored.length).toBeGreaterThan(100);
  expect(rollups.stored).toEqual(rollups.rebuilt);

  const before = await fingerprint(h.sql);
  const again = totals(await h.sync());
  expect(again.created).toBe(0);
  expect(again.updated).toBe(0);
  expect(await fingerprint(h.sql)).toEqual(before);
}

await describeEachDatabase("a full sync from the five simulators", (provider) => {
  describe.each(VARIANTS[provider].map((seed) => ({ seed, label: seed === undefined ? "as documented" : `variants seed ${seed}` })))("$label", ({ seed }) => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(provider, { variants: seed });
    });
    afterAll(async () => {
      await h?.close();
    });

    it("lands every record of every vendor exactly once, and a second pass changes nothing", async () => {
      await everyRecordOnce(h);
    });
  });
});

await describeEachDatabase("webhooks", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
    totals(await h.sync());
    await h.deliverWebhooks();
    totals(await h.sync({ streams: ["analyses", "calls"] }));
  });
  afterAll(async () => {
    await h?.close();
  });

  it("ignores a replayed webhook, and a re-sent one changes nothing", async () => {
    const count = async () => Number((await h.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM webhook_deliveries`))[0].n);
    const before = await fingerprint(h.sql);
    const [analysis] = h.sims.control.records("analyses") as { id: string }[];
    const body = JSON.stringify({ id: analysis.id, event: "analysis.completed", status: "completed", sent_at: "2026-01-01T00:00:00Z" });
    const post = () =>
      fetch(`${h.webhookUrl}/api/webhooks/analyses`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-coachboard-signature": signWebhook(DEMO_WEBHOOK_SECRETS.analyses, body) },
        body,
      });
    const deliveries = await count();
    expect((await post()).status).toBe(202);
    expect(await count()).toBe(deliveries + 1);
    const replay = await post();
    expect(replay.status).toBe(202);
    expect(await replay.json()).toMatchObject({ duplicate: true });
    expect(await count()).toBe(deliveries + 1);

    // The simulators send every webhook again, each with a new sent_at: fetched again, nothing changes.
    await h.deliverWebhooks();
    const after = totals(await h.sync({ streams: ["analyses", "calls"] }));
    expect(after.created + after.updated).toBe(0);
    expect(await fingerprint(h.sql)).toEqual(before);
    expect(Number((await h.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM webhook_deliveries WHERE processed_at IS NULL`))[0].n)).toBe(0);
  });

  it("refuses a webhook whose signature does not match, and records nothing", async () => {
    const deliveries = await h.sql.all(`SELECT COUNT(*) AS n FROM webhook_deliveries`);
    const body = JSON.stringify({ id: "11111111-2222-3333-4444-555555555555" });
    for (const signature of [signWebhook("not-the-secret", body), "sha256=zz", ""]) {
      const response = await fetch(`${h.webhookUrl}/api/webhooks/voice-agent`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-coachboard-signature": signature },
        body,
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "bad_signature", message: expect.any(String) } });
    }
    expect(await h.sql.all(`SELECT COUNT(*) AS n FROM webhook_deliveries`)).toEqual(deliveries);
  });
});

// One naming rule for calls wherever lib/data names one (the calls list and
// its search, the call page, coaching reviews), and a transcript that says
// why it is absent without asking a vendor that has nothing to give.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CallRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getCall } from "./get-call";
import { getCoaching } from "./get-coaching";
import { getTranscript } from "./get-transcript";
import { callsQuery, listCalls } from "./list-calls";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

// A vendor asked for a transcript fails the test: these calls must be answered without one.
const fetchById = vi.fn(async () => {
  throw new Error("no vendor should be asked");
});
vi.mock("@/lib/sync/runtime", () => ({
  getSyncRuntime: async () => ({ sql: null, connector: () => ({ connector: { vendor: "any", streams: [{ name: "calls" }], fetchById: { stream: "calls", fetch: fetchById } } }) }),
}));

const NOW = new Date("2026-02-02T00:00:00Z");

function call(vendor: CallRecord["vendor"], externalId: string, extra: Partial<CallRecord>): CallRecord {
  return { vendor, externalId, startedAt: new Date("2026-01-20T15:00:00Z"), durationSec: 120, raw: { id: externalId }, ...extra };
}

await describeEachDatabase("call titles and absent transcripts", (provider) => {
  let org: TestOrg;
  const callId = async (externalId: string) => Number((await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          calls: [
            call("revont", "revont-1", { prospectEmail: "steve.rivera@trellisstaffing.example", outcome: "follow_up" }),
            call("voice-agent", "voice-1", { title: "demo_confirmation", status: "failed", durationSec: 0, direction: "outbound", toNumber: "+14155551234", outcome: "failed" }),
            call("voice-agent", "voice-2", { title: "inbound_qualification", status: "completed", direction: "inbound", fromNumber: "+15035550101", prospectName: "olga yamada", prospectCompany: "acme-corp" }),
            call("salesfinity", "sf-1", { prospectName: "Karen Kim", prospectCompany: "Foxhollow Distributors", prospectEmail: "karen@foxhollow.example" }),
            call("execvision", "ev-rejected", { status: "CONVERTER_REJECTED", prospectCompany: "Cedar Ridge Software", talkRatio: 0 }),
          ],
        },
        NOW,
      ),
    );
  });
  afterAll(async () => {
    await org?.close();
  });

  it("the calls list names every call by the rule, never by an address or a slug, and says who else was on it", async () => {
    const list = await listCalls(org.admin, callsQuery.parse({ pageSize: 50 }));
    const byTitle = Object.fromEntries(list.calls.map((c) => [c.title, c.prospect]));
    expect(byTitle).toMatchObject({
      Acme: null,
      "Call with Steve Rivera": "steve.rivera@trellisstaffing.example",
      "Call with +14155551234": null,
      "Acme Corp": "Olga Yamada",
      "Foxhollow Distributors": "Karen Kim",
      "Cedar Ridge Software": null,
      "Hidden Corp": null,
      "Call with an unknown contact": null,
    });
    for (const c of list.calls) {
      expect(c.title).not.toMatch(/@/);
      expect(c.title).not.toBe(c.title.toLowerCase());
    }
  });

  it("the call page has the same title, with the vendor's own name for the call beside it", async () => {
    const voice = (await getCall(org.admin, await callId("voice-2")))!;
    expect([voice.title, voice.topic, voice.prospect]).toEqual(["Acme Corp", "Inbound qualification", { name: "olga yamada", email: null, company: "acme-corp" }]);
    expect((await getCall(org.admin, await callId("cy-1")))!.title).toBe("Hidden Corp");
    expect((await getCall(org.admin, await callId("cy-1")))!.topic).toBe("Hidden Corp renewal");
    expect(await getCall(org.rep, await callId("cy-1"))).toBeNull();
  });

  it("a reviewed call in a coaching meeting is named by the same rule", async () => {
    const { plans } = await getCoaching(org.admin);
    expect(plans[0].meetings[0].reviews.map((r) => r.title)).toEqual(["Acme", "Hidden Corp", "A call no longer available"]);
  });

  it("a transcript that will never come says why, and no vendor is asked", async () => {
    fetchById.mockClear();
    const absent = async (externalId: string) => getTranscript(org.admin, await callId(externalId));
    expect(await absent("sf-1")).toEqual({ status: "unavailable", reason: expect.stringMatching(/^Salesfinity does not provide transcripts/), pending: false });
    expect(await absent("voice-1")).toEqual({ status: "unavailable", reason: "This call failed after 0 seconds: there is nothing to transcribe.", pending: false });
    expect(await absent("ev-rejected")).toEqual({ status: "unavailable", reason: "ExecVision could not process this call, so it has no transcript.", pending: false });
    expect(fetchById).not.toHaveBeenCalled();
    expect(await getTranscript(org.rep, await callId("sf-1"))).toBeNull();
  });

  it("a slow vendor's transcript is still to come", async () => {
    expect(await getTranscript(org.admin, await callId("revont-1"))).toEqual({ status: "unavailable", reason: "Revont did not answer in time. Try again in a minute.", pending: true });
    expect(fetchById).toHaveBeenLastCalledWith("revont-1", expect.anything());
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvCall, RevontCall, SfScoredCall } from "./dataset/types";
import { authHeaders, EV_API, get, start } from "./test-helpers";
import type { RunningSimulators } from "./types";

let clock = Date.parse("2026-11-30T15:00:00Z");
let sims: RunningSimulators;
let h: ReturnType<typeof authHeaders>;
beforeAll(async () => {
  sims = await start({ now: () => clock });
  h = authHeaders(sims);
});
afterAll(() => sims.close());

const ev = (path: string) => get(`${sims.baseUrls.execvision}${EV_API}/${path}`, h.execvision);

describe("rebasing", () => {
  it("moves the dataset so its anchor day is the clock's today, keeping times of day", () => {
    const calls = sims.control.records("salesfinity") as SfScoredCall[];
    const newest = calls.map((c) => c.createdAt).sort().at(-1)!;
    expect(newest < "2026-11-30T00:00:00Z").toBe(true);
    expect(newest > "2026-11-23").toBe(true);
  });
});

describe("malform", () => {
  it("serves the record in a shape that breaks its schema, and keeps it listed", async () => {
    const sf = (sims.control.records("salesfinity") as SfScoredCall[])[0];
    sims.control.malform("salesfinity", sf._id);
    const page = (await get(`${sims.baseUrls.salesfinity}/v1/scored-calls?limit=100&sort=createdAt`, h.salesfinity)).body.data as SfScoredCall[];
    expect(page.find((r) => r._id === sf._id)!.createdAt).toBe("yesterday-ish");
    expect((sims.control.records("salesfinity") as SfScoredCall[])[0].createdAt).toBe(sf.createdAt);

    const call = (sims.control.records("execvision") as EvCall[])[0];
    sims.control.malform("execvision", call.id);
    const calls = (await ev("calls?since=2020-01-01T00:00Z&limit=1000")).body as EvCall[];
    expect(calls.find((c) => c.id === call.id)!.callTime).toBe(12345);
    expect((await ev(`call/${call.id}`)).body.callTime).toBe(12345);

    const analysis = sims.control.records("analyses")[0];
    sims.control.malform("analyses", analysis.id);
    expect((await get(`${sims.baseUrls.analyses}/v1/analyses/${analysis.id}`, h.analyses)).body.created_at).toBe("last tuesday");

    const voice = sims.control.records("voice-agent")[0];
    sims.control.malform("voice-agent", voice.id);
    expect((await get(`${sims.baseUrls.voiceAgent}/calls/${voice.id}`, h.voiceAgent)).body.created_at).toBe("yesterday-ish");

    const rv = (sims.control.records("revont") as RevontCall[])[0];
    sims.control.malform("revont", rv.id);
    expect((await get(`${sims.baseUrls.revont}/calls?limit=1`, h.revont)).body.data[0].created_at).toBe("last tuesday");
    expect(() => sims.control.malform("revont", "call_missing")).toThrow();
  });
});

describe("updateRecord", () => {
  it("bumps Salesfinity updatedAt to the simulator clock", async () => {
    const sf = (sims.control.records("salesfinity") as SfScoredCall[])[3];
    clock += 60_000;
    sims.control.updateRecord("salesfinity", sf._id, (r) => { r.insight.coaching.top_wins = ["Edited"]; });
    const res = (await get(`${sims.baseUrls.salesfinity}/v1/scored-calls?limit=1&sort=-updatedAt`, h.salesfinity)).body.data[0] as SfScoredCall;
    expect(res._id).toBe(sf._id);
    expect(res.updatedAt).toBe(new Date(clock).toISOString());
    expect(res.insight.coaching.top_wins).toEqual(["Edited"]);
  });

  it("moves an ExecVision call to the end of the calls stream (its state changed now)", async () => {
    const call = (sims.control.records("execvision") as EvCall[])[10];
    clock += 60_000;
    sims.control.updateRecord("execvision", call.id, (c) => { c.metadata.opportunity_stage = "Closed Won"; });
    const since = new Date(clock).toISOString();
    const page = (await ev(`calls?since=${since}`)).body as EvCall[];
    expect(page.map((c) => c.id)).toEqual([call.id]);
    expect(page[0].metadata.opportunity_stage).toBe("Closed Won");
    const topics = (await ev(`call_topics?since=${since}`)).body as { callId: string; modified: string }[];
    expect(topics.map((t) => t.callId)).toEqual(call.state === "COMPLETE" ? [call.id] : []);
  });
});

describe("deleteRecord and addRecords", () => {
  it("moves a deleted ExecVision call to calls/deleted", async () => {
    const call = (sims.control.records("execvision") as EvCall[])[20];
    clock += 60_000;
    sims.control.deleteRecord("execvision", call.id);
    expect((await ev(`call/${call.id}`)).status).toBe(404);
    const deleted = (await ev(`calls/deleted?since=${new Date(clock).toISOString()}`)).body;
    expect(deleted).toEqual([{ id: call.id, deletedAt: new Date(clock).toISOString(), callerId: call.callerId, callTime: call.callTime }]);
    expect((sims.control.records("execvision") as EvCall[]).some((c) => c.id === call.id)).toBe(false);
  });

  it("removes other vendors' records (404 by id) and adds new ones", async () => {
    const rv = (sims.control.records("revont") as RevontCall[])[1];
    sims.control.deleteRecord("revont", rv.id);
    expect((await get(`${sims.baseUrls.revont}/calls/${rv.id}`, h.revont)).status).toBe(404);
    const voice = sims.control.records("voice-agent")[1];
    sims.control.deleteRecord("voice-agent", voice.id);
    expect((await get(`${sims.baseUrls.voiceAgent}/calls/${voice.id}`, h.voiceAgent)).status).toBe(404);
    const analysis = sims.control.records("analyses")[1];
    sims.control.deleteRecord("analyses", analysis.id);
    expect((await get(`${sims.baseUrls.analyses}/v1/analyses/${analysis.id}`, h.analyses)).status).toBe(404);
    const sf = (sims.control.records("salesfinity") as SfScoredCall[])[1];
    sims.control.deleteRecord("salesfinity", sf._id);
    expect((sims.control.records("salesfinity") as SfScoredCall[]).some((r) => r._id === sf._id)).toBe(false);

    sims.control.addRecords("voice-agent", [{ ...voice, id: "11111111-2222-4333-8444-555555555555" }]);
    expect((await get(`${sims.baseUrls.voiceAgent}/calls/11111111-2222-4333-8444-555555555555`, h.voiceAgent)).body.agent_id).toBe(voice.agent_id);
    clock += 60_000;
    const newCall = { ...(sims.control.records("execvision") as EvCall[])[0], id: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee" };
    sims.control.addRecords("execvision", [newCall]);
    const page = (await ev(`calls?since=${new Date(clock).toISOString()}`)).body as EvCall[];
    expect(page.map((c) => c.id)).toEqual([newCall.id]);
  });
});

// The call page's talk figures come with their source: the transcript for a
// call whose transcript knows the rep's side, the vendor for one without.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CallRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getCall, talkSourcesOf } from "./get-call";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const startedAt = new Date("2026-01-20T15:00:00Z");
const vendorFigures = { talkRatio: 0.45, questionsAsked: 11, fillerWords: 30, wordsPerMinute: 170, interruptions: 4 };

const calls: CallRecord[] = [
  {
    vendor: "analyses",
    externalId: "an-1",
    startedAt,
    durationSec: 60,
    ...vendorFigures,
    raw: { id: "an-1" },
    transcript: {
      source: "analysis",
      segments: [
        { speaker: "rep", label: "Rep", startMs: 0, endMs: 30_000, text: "Um, who approves invoices today?" },
        { speaker: "prospect", label: "Prospect", startMs: 30_000, endMs: 60_000, text: "Our controller." },
      ],
    },
  },
  { vendor: "salesfinity", externalId: "sf-1", startedAt, durationSec: 600, ...vendorFigures, fillerWords: null, raw: { _id: "sf-1" } },
];

describe("talkSourcesOf", () => {
  it("names the transcript for the listed metrics and the vendor for the others, and for a call that lists none", () => {
    expect(talkSourcesOf('["talkRatio","fillerWords"]')).toMatchObject({ talkRatio: "transcript", fillerWords: "transcript", questionsAsked: "vendor", wordsPerMinute: "vendor" });
    expect(Object.values(talkSourcesOf(null))).toEqual(Array(6).fill("vendor"));
  });
});

await describeEachDatabase("the call page's talk sources", (provider) => {
  let org: TestOrg;
  const callId = async (externalId: string) => Number((await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    await org.sql.transaction((tx) => writeBatch(tx, { calls }, new Date("2026-02-02T00:00:00Z")));
  });
  afterAll(async () => {
    await org?.close();
  });

  it("a call with a transcript that knows the rep's side: every figure from the transcript, none the vendor's", async () => {
    const call = (await getCall(org.admin, await callId("an-1")))!;
    expect(Object.values(call.talkSources)).toEqual(Array(6).fill("transcript"));
    expect(call.talk).toMatchObject({ talkRatio: 0.5, questionsAsked: 1, fillerWords: 1 });
  });

  it("a call without a transcript: the vendor's figures, said to be the vendor's", async () => {
    const call = (await getCall(org.admin, await callId("sf-1")))!;
    expect(Object.values(call.talkSources)).toEqual(Array(6).fill("vendor"));
    expect(call.talk).toMatchObject({ talkRatio: 0.45, questionsAsked: 11, fillerWords: null });
  });
});

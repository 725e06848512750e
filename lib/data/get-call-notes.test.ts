// A call's coaching as the call page gets it: reviewers' comments and
// highlights with their authors and times, and a call analysis's score
// explanation as a strength and a fix.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { FeedbackRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getCall } from "./get-call";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const NOW = new Date("2026-02-02T00:00:00Z");
const STRENGTH = "Your explanations were short and easy to follow.";
const FIX = "Key points got buried in long, run-on explanations.";

function feedback(author: string, startSec: number, extra: Partial<FeedbackRecord>): FeedbackRecord {
  return {
    vendor: "execvision",
    externalId: `ada-1:${author}:${startSec}`,
    callExternalId: "ada-1",
    authorExternalId: author,
    isComment: true,
    isHighlight: false,
    startSec,
    givenAt: new Date("2026-01-07T16:30:00Z"),
    vendorUpdatedAt: new Date("2026-01-07T16:30:00Z"),
    raw: {},
    ...extra,
  };
}

await describeEachDatabase("a call's coaching notes and score explanations", (provider) => {
  let org: TestOrg;
  const callId = async (externalId: string) => Number((await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          feedback: [
            feedback("ben", 65.5, { text: "<p>Great&nbsp;question, <b>keep</b> asking it.</p>" }),
            feedback("someone-gone", 12, { isComment: false, isHighlight: true, text: "We sign off on it", endSec: 15 }),
          ],
          calls: [
            {
              vendor: "analyses",
              externalId: "analysis-1",
              repExternalId: "ada-a",
              rep: { vendor: "analyses", externalId: "ada-a", email: "ada@org.example", partial: true, raw: null },
              startedAt: new Date("2026-01-06T15:00:00Z"),
              raw: {},
              scores: [{ skillSet: "analyses", skill: "clarity", label: "Clarity", score: 72, explanation: `${STRENGTH} ${FIX}`, details: { positive: STRENGTH, negative: FIX } }],
              scoreSets: ["analyses"],
            },
          ],
        },
        NOW,
      ),
    );
  });
  afterAll(async () => {
    await org?.close();
  });

  it("gives each comment and highlight with its author, when it was written and where it points, in call order", async () => {
    const call = await getCall(org.manager, await callId("ada-1"));
    expect(call!.notes).toEqual([
      { kind: "highlight", author: null, givenAt: "2026-01-07T16:30:00.000Z", startSec: 12, endSec: 15, text: "We sign off on it" },
      { kind: "comment", author: "Ben Moss", givenAt: "2026-01-07T16:30:00.000Z", startSec: 65.5, endSec: null, text: "Great question, keep asking it." },
    ]);
    // The timeline still marks both.
    expect(call!.markers.filter((m) => m.kind === "comment" || m.kind === "highlight").map((m) => m.startSec)).toEqual([12, 65.5]);
  });

  it("gives a call without comments none", async () => {
    expect((await getCall(org.manager, await callId("ada-2")))!.notes).toEqual([]);
  });

  it("gives a call analysis's explanation as a strength and a fix", async () => {
    const call = await getCall(org.rep, await callId("analysis-1"));
    expect(call!.scores).toHaveLength(1);
    expect(call!.scores[0]).toMatchObject({ explanation: `${STRENGTH} ${FIX}`, strength: STRENGTH, fix: FIX });
  });

  it("gives other scores no strength or fix", async () => {
    await org.sql.transaction((tx) =>
      writeBatch(
        tx,
        { calls: [{ vendor: "execvision", externalId: "ben-1", repExternalId: "ben", startedAt: new Date("2026-01-06T15:00:00Z"), raw: { id: "ben-1" }, scores: [{ skillSet: "scorecard", skill: "opening", label: "Opening", score: 80, explanation: "Set an agenda.", details: { positive: "not a pair" } }], scoreSets: ["scorecard"] }] },
        NOW,
      ),
    );
    const call = await getCall(org.manager, await callId("ben-1"));
    expect(call!.scores[0]).toMatchObject({ explanation: "Set an agenda.", strength: null, fix: null });
  });
});

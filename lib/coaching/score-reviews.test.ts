// The effective value of a reviewed score on real databases: the latest applied
// override or accepted dispute by when it took effect (its decision, else its
// writing), then by id; the vendor's value otherwise, and never changed.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { findVisibleCall } from "@/lib/data/get-call";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";
import { decideDispute, disputeScore, disputeSchema, listReviews, overrideScore, overrideSchema, type ReviewCall } from "./score-reviews";
import { addCommentPeople, type CommentPeople } from "./test-people";

vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);

const at = (minute: number) => new Date(Date.UTC(2026, 1, 2, 9, minute));
const overall = (newScore: number, reason: string) => overrideSchema.parse({ kind: "override", newScore, reason });
const disputed = (reason: string) => disputeSchema.parse({ kind: "dispute", reason, quote: "we can start Monday", quoteStartSec: 5, quoteEndSec: 7 });

await describeEachDatabase("the effective value of a reviewed score", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  let call: ReviewCall;
  const effective = async () => (await listReviews(org.sql, call)).scores.find((s) => s.skillSet === null)!;

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    call = (await findVisibleCall(p.admin, p.calls.ada1))!;
  });
  afterAll(async () => {
    await org?.close();
  });

  it("is the review that took effect last, not the one written last", async () => {
    expect(await effective()).toMatchObject({ vendorScore: 70, effectiveScore: 70 });
    const dispute = await disputeScore(org.sql, call, p.ada, disputed("Booked the meeting"), at(0));
    expect(await effective()).toMatchObject({ effectiveScore: 70, openDisputeId: dispute.id });

    // Written after the dispute, applied before its decision.
    const override = await overrideScore(org.sql, call, p.nora, overall(60, "Talked over the prospect"), at(10));
    expect(override.oldScore).toBe(70);
    expect(await effective()).toMatchObject({ effectiveScore: 60 });

    const accepted = await decideDispute(org.sql, call, p.nora, dispute.id, { decision: "accept", newScore: 85 }, at(20));
    // What the acceptance replaced: the value in effect when it was decided.
    expect([accepted.oldScore, accepted.newScore]).toEqual([60, 85]);
    expect(accepted.id).toBeLessThan(override.id);
    expect(await effective()).toMatchObject({ vendorScore: 70, effectiveScore: 85 });

    // Two at the same moment: the later id.
    await overrideScore(org.sql, call, p.admin, overall(40, "First"), at(30));
    await overrideScore(org.sql, call, p.nora, overall(45, "Second"), at(30));
    expect(await effective()).toMatchObject({ effectiveScore: 45 });
    expect((await effective()).history.map((h) => h.newScore)).toEqual([45, 40, 60, 85]);

    const [{ overall_score }] = await org.sql.all<{ overall_score: number }>(`SELECT overall_score FROM calls WHERE id = ?`, [call.id]);
    expect(Number(overall_score)).toBe(70);
  });

  it("keeps the overall score's history in view when the vendor no longer sends a value, and reviews it from its effective one", async () => {
    await org.sql.run(`UPDATE calls SET overall_score = NULL WHERE id = ?`, [call.id]);
    expect(await effective()).toMatchObject({ vendorScore: null, effectiveScore: 45 });
    expect((await overrideScore(org.sql, call, p.nora, overall(50, "Fine"), at(40))).oldScore).toBe(45);
  });
});

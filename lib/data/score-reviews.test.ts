// Score reviews on real databases: who may override, dispute and decide (the
// call's scope first, then the role), the dispute's way through the managers'
// queue, the effective value beside the vendor's, the notices and audit rows.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createReviewSchema, decisionSchema } from "@/lib/coaching/score-reviews";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { HttpError } from "@/lib/http/errors";
import { listAudit } from "@/lib/people/audit";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getInbox } from "./notifications";
import * as reviews from "./score-reviews";
import { createTestOrg, type TestOrg } from "./test-org";
import { refusal } from "@/lib/testing/refusal";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

const DISCOVERY = { skillSet: "scorecard", skill: "discovery" };
const override = (newScore: number, reason: string, ref: object = DISCOVERY) => createReviewSchema.parse({ kind: "override", ...ref, newScore, reason });
const dispute = (reason: string, ref: object = DISCOVERY, extra: object = {}) =>
  createReviewSchema.parse({ kind: "dispute", ...ref, reason, quote: "I asked about their budget", quoteStartSec: 30, quoteEndSec: 34.5, ...extra });
const accept = (newScore: number) => decisionSchema.parse({ decision: "accept", newScore });
const reject = (reason: string) => decisionSchema.parse({ decision: "reject", reason });

await describeEachDatabase("score reviews", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const notices = async (who: Viewer) =>
    (await org.sql.all<{ kind: string; text: string; call_id: number }>(`SELECT kind, text, call_id FROM notifications WHERE user_id = ? ORDER BY id`, [who.userId])).map((n) => ({ ...n, call_id: Number(n.call_id) }));
  const scoreOf = async (viewer: Viewer, callId: number, skill: string | null) => (await reviews.getCallReviews(viewer, callId)).scores.find((s) => s.skill === skill)!;
  const reviewCount = async () => Number((await org.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM score_reviews`))[0].n);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    for (const callId of [p.calls.ada1, p.calls.ada2, p.calls.ben1, p.calls.cy1]) {
      await org.sql.run(`INSERT INTO call_scores (call_id, skill_set, skill, label, score) VALUES (?, 'scorecard', 'discovery', 'Discovery', 62), (?, 'scorecard', 'closing', 'Closing', 50)`, [callId, callId]);
    }
  });
  afterAll(async () => {
    await org?.close();
  });

  it("lists each score of the call with the vendor's value and no history before any review", async () => {
    const { scores } = await reviews.getCallReviews(p.ada, p.calls.ada2);
    expect(scores.map((s) => [s.label, s.skillSet, s.skill, s.vendorScore, s.effectiveScore, s.openDisputeId, s.history])).toEqual([
      ["Overall", null, null, 70, 70, null, []],
      ["Discovery", "scorecard", "discovery", 62, 62, null, []],
      ["Closing", "scorecard", "closing", 50, 50, null, []],
    ]);
  });

  describe("who may", () => {
    it("answers a call outside the viewer's scope as no such call, for reading, overriding, disputing and deciding", async () => {
      const before = await reviewCount();
      for (const work of [
        () => reviews.getCallReviews(p.ben, p.calls.ada1),
        () => reviews.createCallReview(p.ben, p.calls.ada1, dispute("Not my call")),
        () => reviews.createCallReview(p.sam, p.calls.ada1, override(90, "Not my team")),
        () => reviews.decideCallDispute(p.sam, p.calls.ada1, 1, accept(90)),
        () => reviews.createCallReview(p.nora, p.calls.cy1, override(90, "Not my team")),
      ]) {
        expect(await refusal(work())).toEqual({ status: 404, message: "No such call" });
      }
      expect(await reviewCount()).toBe(before);
    });

    it("refuses a rep's override, and a manager's or admin's dispute, with a 403 in words", async () => {
      expect(await refusal(reviews.createCallReview(p.ada, p.calls.ada1, override(99, "I did great")))).toEqual({ status: 403, message: "Only a manager or an admin can override a score" });
      expect(await refusal(reviews.createCallReview(p.nora, p.calls.ada1, dispute("Too low")))).toEqual({ status: 403, message: "Only the call's rep can dispute its scores" });
      expect(await refusal(reviews.createCallReview(p.admin, p.calls.ada1, dispute("Too low")))).toEqual({ status: 403, message: "Only the call's rep can dispute its scores" });
      expect(await refusal(reviews.getOpenDisputes(p.ada))).toEqual({ status: 403, message: "Only a manager or an admin can see the disputes waiting for a decision" });
    });

    it("refuses a score the call does not have, in words", async () => {
      expect(await refusal(reviews.createCallReview(p.nora, p.calls.ada1, override(80, "x", { skillSet: "scorecard", skill: "rapport" })))).toEqual({ status: 400, message: 'This call has no scorecard score "rapport"' });
      await org.sql.run(`UPDATE calls SET overall_score = NULL WHERE id = ?`, [p.calls.ben1]);
      expect(await refusal(reviews.createCallReview(p.nora, p.calls.ben1, override(80, "x", {})))).toEqual({ status: 400, message: "This call has no overall score" });
      expect((await reviews.getCallReviews(p.nora, p.calls.ben1)).scores.map((s) => s.label)).toEqual(["Discovery", "Closing"]);
    });
  });

  it("applies a manager's override at once, keeps the vendor's value, tells the rep and writes an audit row", async () => {
    const { changed, scores } = await reviews.createCallReview(p.nora, p.calls.ada1, override(75, "Asked three good discovery questions"));
    expect(changed).toMatchObject({ kind: "override", state: "applied", oldScore: 62, newScore: 75, reason: "Asked three good discovery questions", createdBy: { id: p.nora.userId, name: "Nora North" }, decidedBy: null });
    expect(scores.find((s) => s.skill === "discovery")).toMatchObject({ vendorScore: 62, effectiveScore: 75, history: [{ id: changed.id }] });
    expect(await notices(p.ada)).toContainEqual({ kind: "review", text: "Nora North changed the Discovery score of your call with Acme: 62 → 75", call_id: p.calls.ada1 });
    const [audit] = await listAudit(org.sql, { target: { kind: "score", id: p.calls.ada1 }, limit: 1 });
    expect(audit).toMatchObject({ actorUserId: p.nora.userId, action: "score.override", details: { callReviewId: changed.id, skillSet: "scorecard", skill: "discovery", old: 62, new: 75, reason: "Asked three good discovery questions" } });
    const [{ score }] = await org.sql.all<{ score: number }>(`SELECT score FROM call_scores WHERE call_id = ? AND skill = 'discovery'`, [p.calls.ada1]);
    expect(Number(score)).toBe(62);
  });

  it("takes a dispute to the managers' queue; accepting it changes the effective value and tells the rep", async () => {
    const { changed: opened } = await reviews.createCallReview(p.ada, p.calls.ada1, dispute("I covered their budget", DISCOVERY, { newScore: 85 }));
    expect(opened).toMatchObject({ kind: "dispute", state: "open", oldScore: 75, newScore: 85, quote: "I asked about their budget", quoteStartSec: 30, quoteEndSec: 34.5 });
    expect(await notices(p.nora)).toContainEqual({ kind: "dispute", text: "Ada Lane disputes the Discovery score (75) of Ada Lane's call with Acme", call_id: p.calls.ada1 });
    expect((await notices(p.sam)).filter((n) => n.kind === "dispute")).toEqual([]);
    expect((await getInbox(p.nora)).items[0]).toMatchObject({ kind: "dispute", callId: p.calls.ada1, href: `/calls/${p.calls.ada1}` });

    const queue = (await reviews.getOpenDisputes(p.nora)).disputes;
    expect(queue[0]).toMatchObject({ id: opened.id, callId: p.calls.ada1, callTitle: "Acme", rep: { id: org.reps.ada, name: "Ada Lane" }, label: "Discovery", reason: "I covered their budget" });
    expect((await reviews.getOpenDisputes(p.admin)).disputes.map((d) => d.id)).toContain(opened.id);
    expect((await reviews.getOpenDisputes(p.sam)).disputes.map((d) => d.id)).not.toContain(opened.id);
    expect(await scoreOf(p.ada, p.calls.ada1, "discovery")).toMatchObject({ effectiveScore: 75, openDisputeId: opened.id });

    const discoveryRolled = async () =>
      Number(
        (await org.sql.all<{ total: number }>(`SELECT SUM(score_sum) AS total FROM rep_skill_rollups WHERE grain = 'day' AND skill_set = 'scorecard' AND skill = 'discovery' AND rep_id = ?`, [org.reps.ada]))[0].total,
      );
    const rolledBefore = await discoveryRolled();
    const { changed } = await reviews.decideCallDispute(p.nora, p.calls.ada1, opened.id, accept(80));
    expect(changed).toMatchObject({ state: "accepted", oldScore: 75, newScore: 80, decidedBy: { id: p.nora.userId, name: "Nora North" } });
    expect(changed.decidedAt).not.toBeNull();
    expect(await scoreOf(p.ada, p.calls.ada1, "discovery")).toMatchObject({ vendorScore: 62, effectiveScore: 80, openDisputeId: null });
    // The rollups took the accepted value in the same transaction: 80 where 75 stood.
    expect((await discoveryRolled()) - rolledBefore).toBe(80 - 75);
    expect(await notices(p.ada)).toContainEqual({ kind: "review", text: "Nora North accepted your dispute of the Discovery score of your call with Acme: 75 → 80", call_id: p.calls.ada1 });
    expect((await getInbox(p.ada)).items[0]).toMatchObject({ kind: "review", actor: "Nora North" });
    expect((await reviews.getOpenDisputes(p.nora)).disputes.map((d) => d.id)).not.toContain(opened.id);
    expect(await refusal(reviews.decideCallDispute(p.nora, p.calls.ada1, opened.id, reject("Changed my mind")))).toEqual({ status: 400, message: "This dispute was already accepted" });
    const actions = (await listAudit(org.sql, { target: { kind: "score", id: p.calls.ada1 } })).map((a) => a.action);
    expect(actions.slice(0, 3)).toEqual(["score.accept", "score.dispute", "score.override"]);
  });

  it("keeps the value when a dispute is rejected, and tells the rep why it stays", async () => {
    const { changed: opened } = await reviews.createCallReview(p.ada, p.calls.ada2, dispute("The close was fine", { skillSet: "scorecard", skill: "closing" }));
    const { changed } = await reviews.decideCallDispute(p.admin, p.calls.ada2, opened.id, reject("No next step was booked"));
    expect(changed).toMatchObject({ state: "rejected", decisionReason: "No next step was booked", decidedBy: { id: p.admin.userId, name: "Alex Admin" } });
    expect(await scoreOf(p.ada, p.calls.ada2, "closing")).toMatchObject({ vendorScore: 50, effectiveScore: 50, openDisputeId: null, history: [{ id: opened.id, state: "rejected" }] });
    expect(await notices(p.ada)).toContainEqual({ kind: "review", text: "Alex Admin rejected your dispute of the Closing score of your call with an unknown contact; it stays 50", call_id: p.calls.ada2 });
  });

  it("allows one open dispute per score, in words; another score of the call may be disputed meanwhile", async () => {
    const { changed: first } = await reviews.createCallReview(p.ada, p.calls.ada2, dispute("Too low", {}));
    expect(await refusal(reviews.createCallReview(p.ada, p.calls.ada2, dispute("Still too low", {})))).toEqual({
      status: 400,
      message: `The overall score of this call is already disputed (dispute ${first.id}); wait for its decision`,
    });
    expect((await reviews.createCallReview(p.ada, p.calls.ada2, dispute("Discovery too", DISCOVERY))).changed.state).toBe("open");
    await reviews.decideCallDispute(p.nora, p.calls.ada2, first.id, reject("It holds"));
    expect((await reviews.createCallReview(p.ada, p.calls.ada2, dispute("Once more, with the quote", {}))).changed.state).toBe("open");
  });

  it("keeps to one open dispute per score while another dispute of it is being written", async () => {
    const closing = { skillSet: "scorecard", skill: "closing" };
    let second: Promise<unknown> | null = null;
    // The first dispute, written the way disputeScore writes it: the call held, the row inserted, and not yet committed when the second arrives.
    await org.sql.transaction(async (tx) => {
      if (provider === "postgresql") await tx.all(`SELECT id FROM calls WHERE id = ? FOR UPDATE`, [p.calls.cy1]);
      await tx.run(
        `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, reason, quote, quote_start_sec, quote_end_sec, created_by_user_id, created_at)
         VALUES (?, 'scorecard', 'closing', 'dispute', 'open', 50, 'First', 'q', 1, 2, ?, ?)`,
        [p.calls.cy1, p.cy.userId, new Date()],
      );
      second = reviews.createCallReview(p.cy, p.calls.cy1, dispute("Second", closing)).then(
        () => "written",
        (error: HttpError) => error.status,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await second).toBe(400);
    const [{ n }] = await org.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM score_reviews WHERE call_id = ? AND skill = 'closing' AND state = 'open'`, [p.calls.cy1]);
    expect(Number(n)).toBe(1);
  });

  it("answers a review that is no dispute of this call as missing", async () => {
    const { changed } = await reviews.createCallReview(p.nora, p.calls.ada2, override(55, "Reset"));
    expect(await refusal(reviews.decideCallDispute(p.nora, p.calls.ada2, changed.id, accept(60)))).toEqual({ status: 404, message: "No such dispute on this call" });
    const { changed: other } = await reviews.createCallReview(p.cy, p.calls.cy1, dispute("South", DISCOVERY));
    expect(await refusal(reviews.decideCallDispute(p.nora, p.calls.ada2, other.id, accept(60)))).toEqual({ status: 404, message: "No such dispute on this call" });
    expect(await refusal(reviews.decideCallDispute(p.ada, p.calls.ada2, other.id, accept(60)))).toEqual({ status: 403, message: "Only a manager or an admin can decide a dispute" });
  });

  it("refuses a quoted span past the end of the call, in words", async () => {
    expect(await refusal(reviews.createCallReview(p.ada, p.calls.ada1, dispute("Late", { skillSet: "scorecard", skill: "closing" }, { quoteStartSec: 650, quoteEndSec: 700 })))).toEqual({
      status: 400,
      message: "A quoted span on this call must be between 0 and 660 seconds",
    });
  });
});

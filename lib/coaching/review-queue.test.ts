// The review queue on real databases, over a seeded set: each filter's calls
// (scoped to a manager's teams, all for an admin), newest first and paged by
// cursor; the counts agree with the lists; "below" uses the score that stands
// and the viewer's threshold; marking a call reviewed answers its feedback
// request and tells the rep; reps are refused in words.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { requestCallFeedback } from "@/lib/data/feedback";
import { findVisibleCall } from "@/lib/data/get-call";
import { getCallReviewState, getReviewCounts, getReviewQueue, getReviewThreshold, markCallReviewed, updateReviewThreshold } from "@/lib/data/review-queue";
import { parseQueueCursor, type QueueFilter } from "@/lib/data/review-queue-filters";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";
import { requestFeedbackSchema } from "./feedback";
import { markReviewed, queueCounts, queueQuerySchema, reviewQueue, setThreshold, thresholdInputSchema } from "./review-queue";
import { shortName } from "@/lib/format";
import { disputeScore, disputeSchema, overrideScore, overrideSchema } from "./score-reviews";
import { addCommentPeople, type CommentPeople } from "./test-people";
import { refusal } from "@/lib/testing/refusal";

vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);

/** The calls fall on 2026-01-05 (ada-1), 01-06 (ben-1), 01-14 (ada-2) and 01-27 (cy-1). */
const NOW = new Date("2026-02-01T00:00:00Z");
/** Thirty days before it is 01-11: only ada-2 and cy-1 are recent enough for "not reviewed yet". */
const LATER = new Date("2026-02-10T00:00:00Z");
const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe("the queue's inputs", () => {
  it("takes a known filter, a bounded page size and a cursor it gave", () => {
    expect(queueQuerySchema.parse({})).toEqual({ filter: "disputes", limit: 25 });
    expect(queueQuerySchema.parse({ filter: "below", limit: "100", cursor: "1767600000000.12" })).toEqual({ filter: "below", limit: 100, cursor: "1767600000000.12" });
    for (const query of [{ filter: "all" }, { limit: "0" }, { limit: "101" }, { limit: "2.5" }, { cursor: "abc" }, { cursor: "1.0" }, { cursor: "1".repeat(41) }]) {
      expect(queueQuerySchema.safeParse(query).success, JSON.stringify(query)).toBe(false);
    }
    expect(parseQueueCursor("1767600000000.12")).toEqual({ startedAt: new Date(1767600000000), id: 12 });
  });

  it("takes a threshold of a whole number from 0 to 100", () => {
    for (const threshold of [0, 55, 100]) expect(thresholdInputSchema.parse({ threshold })).toEqual({ threshold });
    for (const body of [{ threshold: -1 }, { threshold: 101 }, { threshold: 50.5 }, { threshold: "50" }, {}, { threshold: 50, other: 1 }]) {
      expect(thresholdInputSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it("names the marker shortly in the rep's notice", () => {
    expect([shortName("Nora North"), shortName("Rosa de la Holt"), shortName("Cher")]).toEqual(["N. North", "R. Holt", "Cher"]);
  });
});

await describeEachDatabase("the review queue", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const ids = async (viewer: Viewer, filter: QueueFilter, now = NOW) => (await reviewQueue(org.sql, viewer, { filter, limit: 100 }, now)).items.map((i) => i.callId);
  const counted = async (viewer: Viewer, now = NOW) => {
    const { counts } = await queueCounts(org.sql, viewer, now);
    return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v.count]));
  };

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    const call = async (id: number) => (await findVisibleCall(p.admin, id))!;
    // Vendor scores: ada-1 55, ben-1 65, ada-2 70, cy-1 50.
    for (const [id, score] of [[p.calls.ada1, 55], [p.calls.ben1, 65], [p.calls.ada2, 70], [p.calls.cy1, 50]] as const) {
      await org.sql.run(`UPDATE calls SET overall_score = ? WHERE id = ?`, [score, id]);
    }
    // Ben's stands at 80 (the later of two overrides), Ada's second at 60: the scores that stand are 55, 80, 60, 50.
    await overrideScore(org.sql, await call(p.calls.ben1), p.nora, overrideSchema.parse({ kind: "override", newScore: 80, reason: "Better than scored" }), at("2026-01-20"));
    await overrideScore(org.sql, await call(p.calls.ben1), p.nora, overrideSchema.parse({ kind: "override", newScore: 40, reason: "First look" }), at("2026-01-19"));
    await overrideScore(org.sql, await call(p.calls.ada2), p.nora, overrideSchema.parse({ kind: "override", newScore: 60, reason: "Rushed" }), at("2026-01-20"));
    // Ada disputes her first call's overall score; Cy disputes his.
    await disputeScore(org.sql, await call(p.calls.ada1), p.ada, disputeSchema.parse({ kind: "dispute", reason: "I booked the meeting", quote: "see you Monday", quoteStartSec: 42.5, quoteEndSec: 44 }), at("2026-01-21"));
    await disputeScore(org.sql, await call(p.calls.cy1), p.cy, disputeSchema.parse({ kind: "dispute", reason: "South dispute", quote: "q", quoteStartSec: 1, quoteEndSec: 2 }), at("2026-01-28"));
  });
  afterAll(async () => {
    await org?.close();
  });

  it("refuses a rep the queue, its counts and a threshold, in words", async () => {
    expect(await refusal(getReviewQueue(p.ada, { filter: "disputes", limit: 10 }))).toEqual({ status: 403, message: "Only a manager or an admin can see the review queue" });
    expect(await refusal(getReviewCounts(p.ada))).toEqual({ status: 403, message: "Only a manager or an admin can see the review queue" });
    expect(await refusal(getReviewThreshold(p.ada))).toEqual({ status: 403, message: "Only a manager or an admin can have a review threshold" });
    expect(await refusal(updateReviewThreshold(p.ada, { threshold: 50 }))).toEqual({ status: 403, message: "Only a manager or an admin can set a review threshold" });
    expect(await refusal(markCallReviewed(p.ada, p.calls.ada1))).toEqual({ status: 403, message: "Only a manager or an admin can mark a call reviewed" });
    expect(await refusal(markCallReviewed(p.ben, p.calls.ada1))).toEqual({ status: 404, message: "No such call" });
  });

  it("lists the open disputes' calls of the manager's teams only, with the latest reason and its moment", async () => {
    expect(await ids(p.nora, "disputes")).toEqual([p.calls.ada1]);
    expect(await ids(p.sam, "disputes")).toEqual([p.calls.cy1]);
    expect(await ids(p.admin, "disputes")).toEqual([p.calls.cy1, p.calls.ada1]);
    const [item] = (await reviewQueue(org.sql, p.nora, { filter: "disputes", limit: 10 }, NOW)).items;
    expect(item).toMatchObject({
      callId: p.calls.ada1,
      title: "Acme",
      startedAt: "2026-01-05T15:00:00.000Z",
      rep: { id: org.reps.ada, name: "Ada Lane" },
      vendor: "execvision",
      score: 55,
      reviewed: false,
      reviewedByMe: false,
      dispute: { count: 1, label: "Overall", reason: "I booked the meeting", quoteStartSec: 42.5, by: "Ada Lane" },
      feedback: null,
    });
  });

  it("lists his reps' calls whose standing overall score is below his threshold, within the last 90 days", async () => {
    expect((await getReviewThreshold(p.nora)).threshold).toBe(70);
    // 55 (ada-1) and 60 (ada-2, reviewed down from 70) are below 70; Ben's 65 was reviewed up to 80.
    expect(await ids(p.nora, "below")).toEqual([p.calls.ada2, p.calls.ada1]);
    expect(await ids(p.sam, "below")).toEqual([p.calls.cy1]);
    expect(await ids(p.admin, "below")).toEqual([p.calls.cy1, p.calls.ada2, p.calls.ada1]);
    expect((await reviewQueue(org.sql, p.nora, { filter: "below", limit: 10 }, NOW)).items.map((i) => i.score)).toEqual([60, 55]);

    expect(await setThreshold(org.sql, p.nora, { threshold: 56 })).toEqual({ threshold: 56, isDefault: false });
    expect(await ids(p.nora, "below")).toEqual([p.calls.ada1]);
    // Her threshold is her own.
    expect(await ids(p.admin, "below")).toHaveLength(3);
    await setThreshold(org.sql, p.nora, { threshold: 0 });
    expect(await ids(p.nora, "below")).toEqual([]);
    await setThreshold(org.sql, p.nora, { threshold: 100 });
    expect(await ids(p.nora, "below")).toEqual([p.calls.ada2, p.calls.ben1, p.calls.ada1]);
    await updateReviewThreshold(p.nora, { threshold: 70 });
    // A hundred days on, the calls are older than the period.
    expect(await ids(p.nora, "below", new Date("2026-05-01T00:00:00Z"))).toEqual([]);
  });

  it("pages a filter newest first by cursor, with nothing twice and nothing missed", async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await reviewQueue(org.sql, p.admin, { filter: "unreviewed", limit: 1, cursor }, NOW);
      seen.push(...result.items.map((i) => i.callId));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toEqual([p.calls.cy1, p.calls.ada2, p.calls.ben1, p.calls.ada1]);
  });

  it("answers a request for feedback in the feedback filter, and marking the call reviewed answers it and tells the rep", async () => {
    await requestCallFeedback(p.ada, p.calls.ada2, requestFeedbackSchema.parse({ note: "How was my discovery?" }));
    expect(await ids(p.nora, "feedback")).toEqual([p.calls.ada2]);
    expect(await ids(p.sam, "feedback")).toEqual([]);
    const [item] = (await reviewQueue(org.sql, p.nora, { filter: "feedback", limit: 10 }, NOW)).items;
    expect(item.feedback).toMatchObject({ note: "How was my discovery?", by: "Ada Lane" });
    expect(await counted(p.nora, LATER)).toEqual({ disputes: 1, feedback: 1, below: 2, unreviewed: 1 });
    expect(await ids(p.nora, "unreviewed", LATER)).toEqual([p.calls.ada2]);

    // Sam cannot mark a call of North.
    expect(await refusal(markCallReviewed(p.sam, p.calls.ada2))).toEqual({ status: 404, message: "No such call" });
    const marked = await markCallReviewed(p.nora, p.calls.ada2);
    expect(marked).toMatchObject({ callId: p.calls.ada2, reviewed: true, reviewedByMe: true, resolvedRequests: 1, marks: [{ by: { id: p.nora.userId, name: "Nora North" } }] });
    const [request] = await org.sql.all<{ resolved_at: unknown; resolved_by_user_id: number }>(`SELECT resolved_at, resolved_by_user_id FROM feedback_requests WHERE call_id = ?`, [p.calls.ada2]);
    expect(request.resolved_at).not.toBeNull();
    expect(Number(request.resolved_by_user_id)).toBe(p.nora.userId);
    const told = await org.sql.all<{ kind: string; text: string }>(`SELECT kind, text FROM notifications WHERE user_id = ? AND kind = 'review' AND text LIKE '%reviewed your call%'`, [p.ada.userId]);
    expect(told).toEqual([{ kind: "review", text: "N. North reviewed your call with an unknown contact" }]);

    expect(await ids(p.nora, "feedback")).toEqual([]);
    expect(await ids(p.nora, "unreviewed", LATER)).toEqual([]);
    expect(await ids(p.admin, "unreviewed", LATER)).toEqual([p.calls.cy1]);
    expect(await counted(p.nora, LATER)).toEqual({ disputes: 1, feedback: 0, below: 2, unreviewed: 0 });
    // The item says it was reviewed, and by whom to each viewer.
    const belowItems = (await reviewQueue(org.sql, p.admin, { filter: "below", limit: 10 }, NOW)).items;
    expect(belowItems.find((i) => i.callId === p.calls.ada2)).toMatchObject({ reviewed: true, reviewedByMe: false });

    // Marking again keeps the first mark and tells no one again; a request asked after it is a new one.
    const again = await markReviewed(org.sql, (await findVisibleCall(p.nora, p.calls.ada2))!, p.nora);
    expect(again).toMatchObject({ resolvedRequests: 0, marks: [{ by: { id: p.nora.userId } }] });
    expect(again.marks[0].at).toBe(marked.marks[0].at);
    await requestCallFeedback(p.ada, p.calls.ada2, requestFeedbackSchema.parse({ note: "And now?" }));
    expect(await ids(p.nora, "feedback")).toEqual([p.calls.ada2]);
    const byAdmin = await markCallReviewed(p.admin, p.calls.ada2);
    expect(byAdmin).toMatchObject({ resolvedRequests: 1, reviewedByMe: true });
    expect(byAdmin.marks.map((m) => m.by.id).sort()).toEqual([p.nora.userId, p.admin.userId].sort());
    expect((await getCallReviewState(p.ada, p.calls.ada2)).reviewed).toBe(true);
    expect((await org.sql.all(`SELECT 1 FROM notifications WHERE user_id = ? AND text LIKE '%reviewed your call%'`, [p.ada.userId])).length).toBe(2);
  });

  it("counts each filter through the data layer for the viewer's scope", async () => {
    expect(await getReviewCounts(p.sam)).toMatchObject({ threshold: 70, belowDays: 90, unreviewedDays: 30, counts: { disputes: { count: 1, more: false }, feedback: { count: 0, more: false } } });
  });
});

// Comments at moments of a call on real databases: threads with ExecVision's
// comments among ours, who may read and write them (the call's scope, exactly),
// mentions only of people who can open the call, and who is told of what.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createCommentSchema, editCommentSchema, MAX_MENTIONS } from "@/lib/coaching/comments";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { MAX_COMMENTS_PER_CALL } from "@/lib/coaching/threads";
import { describeEachDatabase } from "@/lib/testing/databases";
import * as comments from "./comments";
import { getCallComments } from "./comments";
import { createTestOrg, type TestOrg } from "./test-org";
import { refusal } from "@/lib/testing/refusal";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

// A change answers the call's whole list and the comment changed; most tests look at the comment.
const createCallComment = async (...args: Parameters<typeof comments.createCallComment>) => (await comments.createCallComment(...args)).changed;
const editCallComment = async (...args: Parameters<typeof comments.editCallComment>) => (await comments.editCallComment(...args)).changed;
const deleteCallComment = async (...args: Parameters<typeof comments.deleteCallComment>) => (await comments.deleteCallComment(...args)).changed;

/** The HTTP answer a data function refused with. */
const root = (body: string, startSec: number, extra: Record<string, unknown> = {}) => createCommentSchema.parse({ body, startSec, ...extra });
const reply = (body: string, to: { parentId?: number; feedbackId?: number }, mentions: number[] = []) => createCommentSchema.parse({ body, ...to, mentions });

await describeEachDatabase("comments at moments of a call", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const notices = async (who: Viewer) =>
    (await org.sql.all<{ kind: string; text: string; comment_id: number; call_id: number; actor_user_id: number }>(`SELECT kind, text, comment_id, call_id, actor_user_id FROM notifications WHERE user_id = ? ORDER BY id`, [who.userId])).map((n) => ({
      ...n,
      comment_id: Number(n.comment_id),
      call_id: Number(n.call_id),
      actor_user_id: Number(n.actor_user_id),
    }));
  const noticesOn = async (who: Viewer, commentId: number) => (await notices(who)).filter((n) => n.comment_id === commentId);
  const commentCount = async () => Number((await org.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM call_comments`))[0].n);
  const notificationCount = async () => Number((await org.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM notifications`))[0].n);

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
  });
  afterAll(async () => {
    await org?.close();
  });

  describe("threads", () => {
    it("gives ExecVision's comments and highlights as threads marked execvision, ours beside them, oldest moment first", async () => {
      const ours = await createCallComment(p.nora, p.calls.ada2, root("Slow down here", 30, { endSec: 42.5, quote: "  so what we do is  " }));
      await createCallComment(p.admin, p.calls.ada2, root("Nice opener", 5));
      const { threads } = await getCallComments(p.ada, p.calls.ada2);
      expect(threads.map((t) => [t.body, t.startSec])).toEqual([
        ["Nice opener", 5],
        ["Slow down here", 30],
      ]);
      expect(threads[1]).toMatchObject({ key: `c${ours.id}`, source: "coachboard", kind: "comment", author: { id: p.nora.userId, name: "Nora North" }, endSec: 42.5, quote: "so what we do is", deleted: false, mine: false, feedbackId: null });

      const synced = await getCallComments(p.ada, p.calls.ada1);
      expect(synced.threads.map((t) => [t.key, t.source, t.kind, t.author, t.startSec, t.endSec, t.body, t.id, t.feedbackId])).toEqual([
        [`f${p.feedback.noraHighlight}`, "execvision", "highlight", { id: null, name: "Nora North" }, 12, 15, "We sign off on it", null, p.feedback.noraHighlight],
        [`f${p.feedback.benComment}`, "execvision", "comment", { id: null, name: "Ben Moss" }, 65.5, null, "Great question, keep asking it.", null, p.feedback.benComment],
      ]);
    });

    it("orders threads at the same moment by when they were written", async () => {
      const first = await createCallComment(p.nora, p.calls.ben1, root("First", 10));
      const second = await createCallComment(p.admin, p.calls.ben1, root("Second", 10));
      const { threads } = await getCallComments(p.admin, p.calls.ben1);
      expect(threads.map((t) => t.id)).toEqual([first.id, second.id]);
    });

    it("offers to mention exactly the users who can open the call: its rep, his team's managers, the admins, none disabled", async () => {
      expect((await getCallComments(p.ada, p.calls.ada1)).people.map((u) => u.name)).toEqual(["Ada Lane", "Alex Admin", "Nora North"]);
      expect((await getCallComments(p.admin, p.calls.cy1)).people.map((u) => u.name)).toEqual(["Alex Admin", "Cy Ward", "Sam South"]);
    });
  });

  describe("who may read and write", () => {
    it("answers another rep's call as no such call, for reading, writing and replying alike", async () => {
      const adaRoot = await createCallComment(p.ada, p.calls.ada1, root("Why did I say that?", 100));
      const before = await commentCount();
      for (const work of [
        () => getCallComments(p.ben, p.calls.ada1),
        () => createCallComment(p.ben, p.calls.ada1, root("Sneaky", 1)),
        () => createCallComment(p.ben, p.calls.ada1, reply("Sneaky reply", { parentId: adaRoot.id! })),
        () => createCallComment(p.ben, p.calls.ada1, reply("Sneaky reply", { feedbackId: p.feedback.benComment })),
        () => editCallComment(p.ben, p.calls.ada1, adaRoot.id!, editCommentSchema.parse({ body: "x" })),
        () => deleteCallComment(p.ben, p.calls.ada1, adaRoot.id!),
      ]) {
        expect(await refusal(work())).toEqual({ status: 404, message: "No such call" });
      }
      expect(await commentCount()).toBe(before);
    });

    it("keeps a manager to his teams' calls", async () => {
      expect(await refusal(getCallComments(p.sam, p.calls.ada1))).toEqual({ status: 404, message: "No such call" });
      expect(await refusal(createCallComment(p.sam, p.calls.ada1, root("Not my team", 3)))).toEqual({ status: 404, message: "No such call" });
      expect(await refusal(getCallComments(p.nora, p.calls.cy1))).toEqual({ status: 404, message: "No such call" });
      expect((await createCallComment(p.sam, p.calls.cy1, root("My team", 3))).mine).toBe(true);
    });

    it("lets a rep read and reply on his own call", async () => {
      const managerRoot = await createCallComment(p.nora, p.calls.ada1, root("Ask about budget here", 200));
      // The page sends the moment it shows with a reply too; the thread's moment is what counts.
      const whole = await comments.createCallComment(p.ada, p.calls.ada1, createCommentSchema.parse({ body: "Will do", parentId: managerRoot.id, startSec: 7, endSec: 8, quote: "other words" }));
      const answer = whole.changed;
      expect([answer.startSec, answer.endSec, answer.quote]).toEqual([200, null, null]);
      expect(whole.threads.find((t) => t.id === managerRoot.id)!.replies.map((r) => r.id)).toEqual([answer.id]);
      const thread = (await getCallComments(p.ada, p.calls.ada1)).threads.find((t) => t.id === managerRoot.id)!;
      expect(thread.replies.map((r) => [r.id, r.body, r.author.name, r.mine, r.startSec])).toEqual([[answer.id, "Will do", "Ada Lane", true, 200]]);
    });

    it("refuses a reply naming a comment or an ExecVision note of another call, without saying whether it exists", async () => {
      const cyRoot = await createCallComment(p.cy, p.calls.cy1, root("Private to South", 5));
      expect(await refusal(createCallComment(p.ada, p.calls.ada1, reply("Hi", { parentId: cyRoot.id! })))).toEqual({ status: 400, message: `parentId ${cyRoot.id} is not a comment on this call` });
      expect(await refusal(createCallComment(p.ada, p.calls.ada2, reply("Hi", { feedbackId: p.feedback.benComment })))).toEqual({
        status: 400,
        message: `feedbackId ${p.feedback.benComment} is not an ExecVision comment or highlight on this call`,
      });
      expect((await getCallComments(p.cy, p.calls.cy1)).threads.find((t) => t.id === cyRoot.id)!.replies).toEqual([]);
    });

    it("lets only the author edit or delete a comment, and only on its own call", async () => {
      const mine = await createCallComment(p.nora, p.calls.ada2, root("Draft", 60));
      expect(await refusal(editCallComment(p.ada, p.calls.ada2, mine.id!, editCommentSchema.parse({ body: "Hijacked" })))).toEqual({ status: 403, message: "You can only edit your own comments" });
      expect(await refusal(deleteCallComment(p.admin, p.calls.ada2, mine.id!))).toEqual({ status: 403, message: "You can only delete your own comments" });
      expect(await refusal(editCallComment(p.nora, p.calls.ada1, mine.id!, editCommentSchema.parse({ body: "Elsewhere" })))).toEqual({ status: 404, message: "No such comment on this call" });
      expect(await refusal(deleteCallComment(p.nora, p.calls.ada2, 999_999))).toEqual({ status: 404, message: "No such comment on this call" });

      const edited = await editCallComment(p.nora, p.calls.ada2, mine.id!, editCommentSchema.parse({ body: "Final words" }));
      expect([edited.body, edited.editedAt !== null, edited.mine]).toEqual(["Final words", true, true]);
    });
  });

  describe("deleting", () => {
    it("keeps the thread whole, the deleted comment marked and its words gone", async () => {
      const first = await createCallComment(p.nora, p.calls.ada2, root("Regrettable", 300, { quote: "the words" }));
      const answer = await createCallComment(p.ada, p.calls.ada2, reply("Agreed", { parentId: first.id! }));
      const gone = await deleteCallComment(p.nora, p.calls.ada2, first.id!);
      expect([gone.deleted, gone.body, gone.quote, gone.mine]).toEqual([true, null, null, false]);
      const thread = (await getCallComments(p.ada, p.calls.ada2)).threads.find((t) => t.id === first.id)!;
      expect([thread.deleted, thread.body, thread.startSec, thread.replies.map((r) => r.id)]).toEqual([true, null, 300, [answer.id]]);
      expect((await org.sql.all<{ body: string }>(`SELECT body FROM call_comments WHERE id = ?`, [first.id]))[0].body).toBe("");

      expect((await deleteCallComment(p.nora, p.calls.ada2, first.id!)).deleted).toBe(true);
      expect(await refusal(editCallComment(p.nora, p.calls.ada2, first.id!, editCommentSchema.parse({ body: "Back" })))).toEqual({ status: 400, message: "This comment was deleted; it can no longer be edited" });
    });
  });

  describe("mentions", () => {
    it("tells each mentioned user who can open the call, the author never", async () => {
      const c = await createCallComment(p.ada, p.calls.ada1, root("@Nora North @Alex Admin can you listen?", 40, { mentions: [p.nora.userId, p.admin.userId, p.ada.userId, p.nora.userId] }));
      expect(c.mentions.map((m) => m.name).sort()).toEqual(["Ada Lane", "Alex Admin", "Nora North"]);
      expect(await noticesOn(p.nora, c.id!)).toEqual([{ kind: "mention", text: "Ada Lane mentioned you on Ada Lane's call with Acme", comment_id: c.id, call_id: p.calls.ada1, actor_user_id: p.ada.userId }]);
      expect((await noticesOn(p.admin, c.id!)).map((n) => n.kind)).toEqual(["mention"]);
      expect(await noticesOn(p.ada, c.id!)).toEqual([]);
    });

    it("speaks to the call's rep of his own call", async () => {
      const c = await createCallComment(p.nora, p.calls.ada1, root("@Ada Lane listen to this", 41, { mentions: [p.ada.userId] }));
      expect((await noticesOn(p.ada, c.id!)).map((n) => n.text)).toEqual(["Nora North mentioned you on your call with Acme"]);
    });

    it("refuses, in words, to mention anyone who cannot open the call, and writes nothing", async () => {
      const before = [await commentCount(), await notificationCount()];
      for (const outsider of [p.cy, p.sam, p.ben, p.dee]) {
        expect(await refusal(createCallComment(p.nora, p.calls.ada1, root("psst", 50, { mentions: [p.admin.userId, outsider.userId] })))).toEqual({
          status: 400,
          message: `Only people who can open this call can be mentioned; user ${outsider.userId} cannot`,
        });
      }
      expect(await refusal(createCallComment(p.nora, p.calls.ada1, root("psst", 50, { mentions: [999_998, 999_999] })))).toEqual({
        status: 400,
        message: "Only people who can open this call can be mentioned; users 999998, 999999 cannot",
      });
      expect([await commentCount(), await notificationCount()]).toEqual(before);
    });

    it("bounds a comment: its words, its quote, its mentions and its moment", async () => {
      expect(createCommentSchema.safeParse({ body: "x".repeat(4001), startSec: 1 }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "   ", startSec: 1 }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", startSec: 1, quote: "q".repeat(501) }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", startSec: 1, mentions: Array.from({ length: MAX_MENTIONS + 1 }, (_, i) => i + 1) }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", startSec: 10, endSec: 9 }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", startSec: -1 }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x" }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", parentId: 1, feedbackId: 2 }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", startSec: 1, surprise: true }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "nul \u0000 byte", startSec: 1 }).success).toBe(false);
      expect(createCommentSchema.safeParse({ body: "x", startSec: 1, quote: "bell \u0007" }).success).toBe(false);
      expect(editCommentSchema.safeParse({ body: "nul \u0000" }).success).toBe(false);
      const lines = await createCallComment(p.nora, p.calls.ada2, root("Two lines:\n\tindented", 2));
      expect(lines.body).toBe("Two lines:\n\tindented");
      // The test organisation's calls last 600 seconds: a minute's slack past the end, no more.
      expect((await createCallComment(p.nora, p.calls.ada2, root("At the very end", 650))).startSec).toBe(650);
      expect(await refusal(createCallComment(p.nora, p.calls.ada2, root("Past the end", 100, { endSec: 661 })))).toEqual({ status: 400, message: "A moment on this call must be between 0 and 660 seconds" });
    });

    it("tells only the newly mentioned when a comment is edited", async () => {
      const c = await createCallComment(p.ada, p.calls.ada1, root("@Nora North thoughts?", 70, { mentions: [p.nora.userId] }));
      const edited = await editCallComment(p.ada, p.calls.ada1, c.id!, editCommentSchema.parse({ body: "@Nora North @Alex Admin thoughts?", mentions: [p.nora.userId, p.admin.userId] }));
      expect(edited.mentions.map((m) => m.name)).toEqual(["Nora North", "Alex Admin"]);
      expect((await noticesOn(p.nora, c.id!)).length).toBe(1);
      expect((await noticesOn(p.admin, c.id!)).map((n) => n.kind)).toEqual(["mention"]);
      expect(await refusal(editCallComment(p.ada, p.calls.ada1, c.id!, editCommentSchema.parse({ body: "@Cy", mentions: [p.cy.userId] })))).toMatchObject({ status: 400 });
    });
  });

  describe("replies", () => {
    it("tells the thread's author and earlier repliers, once each, never the one replying", async () => {
      const first = await createCallComment(p.nora, p.calls.ada1, root("Pricing came too early", 300));
      const r1 = await createCallComment(p.ada, p.calls.ada1, reply("I'll wait next time", { parentId: first.id! }));
      expect(await noticesOn(p.nora, r1.id!)).toMatchObject([{ kind: "reply", text: "Ada Lane replied to your comment on Ada Lane's call with Acme" }]);

      // Alex mentions Nora in his reply: she is told once, of the mention; Ada, an earlier replier, of the reply.
      const r2 = await createCallComment(p.admin, p.calls.ada1, reply("@Nora North agree", { parentId: first.id! }, [p.nora.userId]));
      expect((await noticesOn(p.nora, r2.id!)).map((n) => n.kind)).toEqual(["mention"]);
      expect((await noticesOn(p.ada, r2.id!)).map((n) => n.text)).toEqual(["Alex Admin also replied on your call with Acme"]);
      expect(await noticesOn(p.admin, r2.id!)).toEqual([]);

      // Nora answers in her own thread: Ada and Alex are told, Nora not.
      const r3 = await createCallComment(p.nora, p.calls.ada1, reply("Thanks both", { parentId: r1.id! }));
      expect(r3.startSec).toBe(300);
      expect([(await noticesOn(p.ada, r3.id!)).length, (await noticesOn(p.admin, r3.id!)).length, (await noticesOn(p.nora, r3.id!)).length]).toEqual([1, 1, 0]);
      // A reply to a reply joined the thread.
      const thread = (await getCallComments(p.nora, p.calls.ada1)).threads.find((t) => t.id === first.id)!;
      expect(thread.replies.map((r) => r.id)).toEqual([r1.id, r2.id, r3.id]);
    });

    it("replies to an ExecVision comment in its thread, at its moment, and tells its author if he can open the call", async () => {
      const r = await createCallComment(p.ada, p.calls.ada1, reply("Thanks!", { feedbackId: p.feedback.noraHighlight }));
      expect([r.startSec, r.endSec, r.quote]).toEqual([12, 15, null]);
      const thread = (await getCallComments(p.nora, p.calls.ada1)).threads.find((t) => t.feedbackId === p.feedback.noraHighlight)!;
      expect(thread.replies.map((x) => [x.id, x.source, x.body])).toEqual([[r.id, "coachboard", "Thanks!"]]);
      // Nora is the highlight's ExecVision author (by her email).
      expect((await noticesOn(p.nora, r.id!)).map((n) => n.text)).toEqual(["Ada Lane replied to your ExecVision highlight on Ada Lane's call with Acme"]);

      // Ben wrote the other ExecVision comment, but cannot open Ada's call: he is not told.
      const toBen = await createCallComment(p.nora, p.calls.ada1, reply("Agreed, Ben", { feedbackId: p.feedback.benComment }));
      expect(await noticesOn(p.ben, toBen.id!)).toEqual([]);
      const later = await createCallComment(p.admin, p.calls.ada1, reply("Me too", { feedbackId: p.feedback.benComment }));
      expect((await noticesOn(p.nora, later.id!)).map((n) => n.text)).toEqual(["Alex Admin also replied on Ada Lane's call with Acme"]);
    });

    it("does not tell someone who can no longer open the call", async () => {
      const first = await createCallComment(p.ada, p.calls.ada2, root("Question for Nora", 20));
      await org.sql.run(`UPDATE users SET disabled = ? WHERE id = ?`, [true, p.ada.userId]);
      try {
        const answer = await createCallComment(p.nora, p.calls.ada2, reply("Answer", { parentId: first.id! }));
        expect(await noticesOn(p.ada, answer.id!)).toEqual([]);
      } finally {
        await org.sql.run(`UPDATE users SET disabled = ? WHERE id = ?`, [false, p.ada.userId]);
      }
    });
  });

  it(`holds at most ${MAX_COMMENTS_PER_CALL} comments on one call, so its threads are always read whole`, async () => {
    const callId = p.calls.ben1;
    const now = new Date("2026-02-03T00:00:00Z");
    const existing = Number((await org.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM call_comments WHERE call_id = ?`, [callId]))[0].n);
    await org.sql.transaction(async (tx) => {
      for (let i = existing; i < MAX_COMMENTS_PER_CALL; i++) {
        await tx.run(`INSERT INTO call_comments (call_id, author_user_id, start_sec, body, created_at) VALUES (?, ?, ?, ?, ?)`, [callId, p.admin.userId, i % 600, `note ${i}`, now]);
      }
    });
    expect(await refusal(createCallComment(p.admin, callId, root("One too many", 1)))).toEqual({ status: 400, message: `This call has ${MAX_COMMENTS_PER_CALL} comments, as many as one call holds` });
    expect((await getCallComments(p.admin, callId)).threads.length).toBe(MAX_COMMENTS_PER_CALL);
  });
});

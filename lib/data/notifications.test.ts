// The in-app inbox on real databases: a user's own notices, newest first,
// linking to the comment's moment, marked read by id or all at once, and
// never a notice about a call he can no longer open.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createCommentSchema } from "@/lib/coaching/comments";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { describeEachDatabase } from "@/lib/testing/databases";
import { createCallComment } from "./comments";
import { getInbox, inboxQuery, markNotificationsRead, markReadSchema } from "./notifications";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

await describeEachDatabase("the in-app inbox", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const mention = async (who: Viewer, callId: number, body: string, target: Viewer) => (await createCallComment(who, callId, createCommentSchema.parse({ body, startSec: 30, mentions: [target.userId] }))).changed;

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("lists a user's mentions and replies newest first, each linking to the comment at its moment", async () => {
    const first = await mention(p.ada, p.calls.ada1, "@Nora North one", p.nora);
    const second = await mention(p.admin, p.calls.ben1, "@Nora North two", p.nora);
    const answer = (await createCallComment(p.ada, p.calls.ada1, createCommentSchema.parse({ body: "thanks", parentId: first.id }))).changed;
    expect(answer.id).toBeGreaterThan(0);
    const inbox = await getInbox(p.nora);
    expect(inbox.unread).toBe(2);
    expect(inbox.items.map((n) => [n.kind, n.text, n.actor, n.callId, n.href, n.read])).toEqual([
      ["mention", "Alex Admin mentioned you on Ben Moss's call with an unknown contact", "Alex Admin", p.calls.ben1, `/calls/${p.calls.ben1}?comment=c${second.id}`, false],
      ["mention", "Ada Lane mentioned you on Ada Lane's call with Acme", "Ada Lane", p.calls.ada1, `/calls/${p.calls.ada1}?comment=c${first.id}`, false],
    ]);
    // Ada's reply was to her own comment: she is not told of it.
    expect((await getInbox(p.ada)).items).toEqual([]);
    expect((await getInbox(p.nora, 1)).items.map((n) => n.callId)).toEqual([p.calls.ben1]);
  });

  it("marks read the notices named, the user's own only, or all of them", async () => {
    await mention(p.nora, p.calls.ada2, "@Alex Admin a", p.admin);
    await mention(p.nora, p.calls.ada2, "@Alex Admin b", p.admin);
    await mention(p.ada, p.calls.ada2, "@Alex Admin c", p.admin);
    const admin = await getInbox(p.admin);
    expect(admin.unread).toBe(3);
    const noraUnread = (await getInbox(p.nora)).unread;

    // Someone else's notice id changes nothing.
    const noraId = (await getInbox(p.nora)).items[0].id;
    const after = await markNotificationsRead(p.admin, markReadSchema.parse({ ids: [admin.items[0].id, noraId] }));
    expect([after.unread, after.items.map((n) => n.read)]).toEqual([2, [true, false, false]]);
    expect((await getInbox(p.nora)).unread).toBe(noraUnread);

    expect((await markNotificationsRead(p.admin, markReadSchema.parse({ all: true }))).unread).toBe(0);
    expect((await getInbox(p.nora)).unread).toBe(noraUnread);
  });

  it("leaves out, text and count alike, notices about calls the user can no longer open", async () => {
    await mention(p.admin, p.calls.cy1, "@Sam South look", p.sam);
    expect((await getInbox(p.sam)).items.map((n) => n.text)).toEqual(["Alex Admin mentioned you on Cy Ward's call with Hidden Corp"]);
    // Sam no longer manages South.
    const samNow: Viewer = { ...p.sam, teamIds: [] };
    expect(await getInbox(samNow)).toEqual({ unread: 0, items: [] });
    // A deleted call takes its notices out of the inbox too.
    await mention(p.admin, p.calls.ada2, "@Ada Lane look", p.ada);
    expect((await getInbox(p.ada)).unread).toBe(1);
    await org.sql.run(`UPDATE calls SET deleted_at = ? WHERE id = ?`, [new Date(), p.calls.ada2]);
    try {
      expect(await getInbox(p.ada)).toEqual({ unread: 0, items: [] });
    } finally {
      await org.sql.run(`UPDATE calls SET deleted_at = NULL WHERE id = ?`, [p.calls.ada2]);
    }
  });

  it("bounds its inputs: a page of at most 50, at most 200 ids, ids or all", () => {
    expect(inboxQuery.parse({})).toEqual({ limit: 20 });
    expect(inboxQuery.safeParse({ limit: "51" }).success).toBe(false);
    expect(inboxQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(markReadSchema.safeParse({ ids: Array.from({ length: 201 }, (_, i) => i + 1) }).success).toBe(false);
    expect(markReadSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(markReadSchema.safeParse({}).success).toBe(false);
    expect(markReadSchema.safeParse({ ids: [1], all: true }).success).toBe(false);
    expect(markReadSchema.safeParse({ all: false }).success).toBe(false);
    expect(markReadSchema.safeParse({ ids: ["1"] }).success).toBe(false);
  });
});

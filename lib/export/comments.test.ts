// The comments export on real databases: one NDJSON object per comment in id
// order, read a page at a time, deleted comments left out unless asked for,
// limited to a scope, and as CSV with every cell neutralized.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createComment, createCommentSchema, deleteComment, editComment, editCommentSchema } from "@/lib/coaching/comments";
import type { CommentCall } from "@/lib/coaching/people";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { findVisibleCall } from "@/lib/data/get-call";
import { callScope } from "@/lib/data/scope";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";
import type { Viewer } from "@/lib/auth/roles";
import { type CommentExportRow, commentCsvHeader, commentCsvLine, exportComments } from "./comments";
import { csvStream } from "./csv-columns";
import { csvLinesOf, ndjsonOf, recordingSql } from "./test-export";

vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);

const at = (minute: number) => new Date(Date.UTC(2026, 1, 2, 9, minute));
const everything = { where: "1 = 1", params: [] };
const scopeOf = (viewer: Viewer) => {
  const scope = callScope(viewer);
  return { where: scope.sql, params: scope.params };
};
const ids = (rows: unknown[]) => (rows as CommentExportRow[]).map((r) => r.id);

await describeEachDatabase("the comments export", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const c: Record<"root" | "reply" | "onFeedback" | "deleted" | "south", number> = { root: 0, reply: 0, onFeedback: 0, deleted: 0, south: 0 };

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    const call = async (id: number) => (await findVisibleCall(p.admin, id)) as CommentCall;
    const write = async (callId: number, author: Viewer, input: object, minute: number) =>
      (await createComment(org.sql, await call(callId), author, createCommentSchema.parse(input), at(minute))).id!;
    c.root = await write(p.calls.ada1, p.nora, { body: "Ask about budget, @Ada Lane", startSec: 10, endSec: 12.5, quote: '=HYPERLINK("https://evil.example")', mentions: [p.ada.userId] }, 0);
    c.reply = await write(p.calls.ada1, p.ada, { body: "Will do", parentId: c.root }, 1);
    c.onFeedback = await write(p.calls.ada1, p.admin, { body: "+1 agreed", feedbackId: p.feedback.benComment }, 2);
    c.deleted = await write(p.calls.ada2, p.nora, { body: "Said too much", startSec: 30 }, 3);
    await deleteComment(org.sql, await call(p.calls.ada2), p.nora, c.deleted, at(4));
    c.south = await write(p.calls.cy1, p.sam, { body: "South only", startSec: 5 }, 5);
    await editComment(org.sql, await call(p.calls.ada1), p.nora, c.root, editCommentSchema.parse({ body: "Ask about budget first, @Ada Lane" }), at(6));
  });
  afterAll(async () => {
    await org?.close();
  });

  it("writes each comment as one JSON line with its call, rep, author, thread, moment, words and mentions", async () => {
    const rows = await ndjsonOf(exportComments(org.sql, everything));
    expect(ids(rows)).toEqual([c.root, c.reply, c.onFeedback, c.south]);
    expect(rows[0]).toEqual({
      id: c.root,
      callId: p.calls.ada1,
      callVendor: "execvision",
      callExternalId: "ada-1",
      repName: "Ada Lane",
      repEmail: "ada@org.example",
      authorUserId: p.nora.userId,
      authorName: "Nora North",
      authorEmail: "nora@org.example",
      parentId: null,
      feedbackId: null,
      feedbackExternalId: null,
      startSec: 10,
      endSec: 12.5,
      quote: '=HYPERLINK("https://evil.example")',
      body: "Ask about budget first, @Ada Lane",
      mentions: [{ id: p.ada.userId, name: "Ada Lane" }],
      createdAt: at(0).toISOString(),
      editedAt: at(6).toISOString(),
      deletedAt: null,
    });
    expect(rows[1]).toMatchObject({ id: c.reply, parentId: c.root, feedbackId: null, authorName: "Ada Lane", startSec: 10, endSec: 12.5, quote: null, body: "Will do", mentions: [], editedAt: null });
    // A reply to a synced ExecVision comment names it by our id and by ExecVision's.
    expect(rows[2]).toMatchObject({ id: c.onFeedback, parentId: null, feedbackId: p.feedback.benComment, feedbackExternalId: "ada-1:ben:65.5", startSec: 65.5, authorName: "Alex Admin" });
    expect(rows[3]).toMatchObject({ id: c.south, callExternalId: "cy-1", repName: "Cy Ward", authorName: "Sam South" });
  });

  it("leaves deleted comments out, or flags them with deletedAt and no words when asked", async () => {
    expect(ids(await ndjsonOf(exportComments(org.sql, everything)))).not.toContain(c.deleted);
    const rows = (await ndjsonOf(exportComments(org.sql, everything, { includeDeleted: true }))) as CommentExportRow[];
    expect(rows.map((r) => r.id)).toEqual([c.root, c.reply, c.onFeedback, c.deleted, c.south]);
    expect(rows.find((r) => r.id === c.deleted)).toMatchObject({ callExternalId: "ada-2", body: null, quote: null, mentions: [], deletedAt: at(4).toISOString(), startSec: 30 });
    expect(rows.filter((r) => r.deletedAt !== null)).toHaveLength(1);
  });

  it("reads a page at a time, in id order, and yields the first rows before reading the next page", async () => {
    const whole = await ndjsonOf(exportComments(org.sql, everything, { includeDeleted: true }));
    const recorded = recordingSql(org.sql, "call_comments");
    const rows = exportComments(recorded.sql, everything, { includeDeleted: true, pageSize: 2 });
    const first = await rows.next();
    expect((first.value as CommentExportRow).id).toBe(c.root);
    expect(recorded.pages).toHaveLength(1);
    expect(recorded.pages[0]).toMatch(/ORDER BY cc\.id LIMIT 2/);
    const rest = await ndjsonOf({ [Symbol.asyncIterator]: () => rows });
    expect([first.value, ...rest].map((r) => JSON.stringify(r))).toEqual(whole.map((r) => JSON.stringify(r)));
    // Five comments in pages of two: 2, 2, 1 (a short page is the last).
    expect(recorded.pages).toHaveLength(3);
  });

  it("keeps to the scope it is given: a manager's teams' calls, a rep's own", async () => {
    expect(ids(await ndjsonOf(exportComments(org.sql, scopeOf(p.nora))))).toEqual([c.root, c.reply, c.onFeedback]);
    expect(ids(await ndjsonOf(exportComments(org.sql, scopeOf(p.ada))))).toEqual([c.root, c.reply, c.onFeedback]);
    expect(ids(await ndjsonOf(exportComments(org.sql, scopeOf(p.sam))))).toEqual([c.south]);
    expect(ids(await ndjsonOf(exportComments(org.sql, scopeOf(p.ben))))).toEqual([]);
  });

  it("leaves out the comments of a deleted call", async () => {
    await org.sql.run(`UPDATE calls SET deleted_at = ? WHERE id = ?`, [at(30), p.calls.cy1]);
    try {
      expect(ids(await ndjsonOf(exportComments(org.sql, everything)))).not.toContain(c.south);
    } finally {
      await org.sql.run(`UPDATE calls SET deleted_at = NULL WHERE id = ?`, [p.calls.cy1]);
    }
  });

  it("streams as CSV: a header, then a line per comment with formulas neutralized and mentions as JSON", async () => {
    const lines = await csvLinesOf(csvStream(commentCsvHeader(), exportComments(org.sql, everything, { includeDeleted: true }), commentCsvLine));
    expect(lines[0]).toBe(
      "id,callId,callVendor,callExternalId,repName,repEmail,authorUserId,authorName,authorEmail,parentId,feedbackId,feedbackExternalId,startSec,endSec,quote,body,mentions,createdAt,editedAt,deletedAt",
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      `${c.root},${p.calls.ada1},execvision,ada-1,Ada Lane,ada@org.example,${p.nora.userId},Nora North,nora@org.example,,,,10,12.5,` +
        `"'=HYPERLINK(""https://evil.example"")","Ask about budget first, @Ada Lane","[{""id"":${p.ada.userId},""name"":""Ada Lane""}]",` +
        `${at(0).toISOString()},${at(6).toISOString()},`,
    );
    expect(lines[3]).toContain(`,'+1 agreed,`);
    expect(lines[4]).toBe(`${c.deleted},${p.calls.ada2},execvision,ada-2,Ada Lane,ada@org.example,${p.nora.userId},Nora North,nora@org.example,,,,30,,,,[],${at(3).toISOString()},,${at(4).toISOString()}`);
  });
});

// Feedback requests on real databases: only the call's rep may ask (another
// rep's call is "No such call", a manager or admin is refused in words), the
// note is bounded, one request stays open per call, and the managers of the
// rep's team (no one else) are told in their inbox.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { getCallFeedback, requestCallFeedback } from "@/lib/data/feedback";
import { getInbox } from "@/lib/data/notifications";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";
import { excerpt, MAX_NOTE_CHARS, requestFeedbackSchema } from "./feedback";
import { getInbox as readInbox } from "./notifications";
import { addCommentPeople, type CommentPeople } from "./test-people";
import { refusal } from "@/lib/testing/refusal";

vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);

const note = (text: string) => requestFeedbackSchema.parse({ note: text });

describe("a feedback note", () => {
  it("is 1 to 1000 characters of text, trimmed, with no control characters and nothing else in the body", () => {
    expect(requestFeedbackSchema.parse({ note: "  How was my close?  " })).toEqual({ note: "How was my close?" });
    expect(requestFeedbackSchema.safeParse({ note: "x".repeat(MAX_NOTE_CHARS) }).success).toBe(true);
    for (const body of [{ note: "x".repeat(MAX_NOTE_CHARS + 1) }, { note: "   " }, {}, { note: 5 }, { note: "a\u0000b" }, { note: "ok", extra: 1 }]) {
      expect(requestFeedbackSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it("is quoted shortened in the managers' notice", () => {
    expect(excerpt("a  b\nc", 10)).toBe("a b c");
    expect(excerpt("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

await describeEachDatabase("feedback requests", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const requestCount = async () => Number((await org.sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM feedback_requests`))[0].n);
  const notices = async (who: Viewer) => (await org.sql.all<{ kind: string; text: string; call_id: number }>(`SELECT kind, text, call_id FROM notifications WHERE user_id = ? ORDER BY id`, [who.userId])).map((n) => ({ ...n, call_id: Number(n.call_id) }));

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("answers another rep's call as no such call, and refuses a manager or an admin in words", async () => {
    expect(await refusal(requestCallFeedback(p.ben, p.calls.ada1, note("Mine?")))).toEqual({ status: 404, message: "No such call" });
    expect(await refusal(getCallFeedback(p.ben, p.calls.ada1))).toEqual({ status: 404, message: "No such call" });
    expect(await refusal(requestCallFeedback(p.sam, p.calls.ada1, note("Not my team")))).toEqual({ status: 404, message: "No such call" });
    for (const who of [p.nora, p.admin]) {
      expect(await refusal(requestCallFeedback(who, p.calls.ada1, note("For me")))).toEqual({ status: 403, message: "Only the call's rep can ask for feedback on it" });
    }
    expect(await requestCount()).toBe(0);
  });

  it("writes the rep's request, shows it on the call to him and his manager, and tells his team's managers only", async () => {
    expect(await getCallFeedback(p.ada, p.calls.ada1)).toEqual({ callId: p.calls.ada1, open: null });
    const asked = await requestCallFeedback(p.ada, p.calls.ada1, note("Did I handle the pricing objection well?"));
    expect(asked.open).toMatchObject({ callId: p.calls.ada1, note: "Did I handle the pricing objection well?", requestedBy: { id: p.ada.userId, name: "Ada Lane" } });
    expect((await getCallFeedback(p.nora, p.calls.ada1)).open).toEqual(asked.open);
    expect((await getCallFeedback(p.admin, p.calls.ada1)).open?.id).toBe(asked.open!.id);

    expect(await notices(p.nora)).toEqual([{ kind: "feedback", text: "Ada Lane asks for feedback on Ada Lane's call with Acme: “Did I handle the pricing objection well?”", call_id: p.calls.ada1 }]);
    for (const who of [p.sam, p.admin, p.ada, p.ben]) expect(await notices(who)).toEqual([]);
    // The inbox shows the new kind.
    expect((await readInbox(org.sql, p.nora)).items[0]).toMatchObject({ kind: "feedback", actor: "Ada Lane", callId: p.calls.ada1, href: `/calls/${p.calls.ada1}` });
  });

  it("keeps one open request per call: asking again changes nothing and says which is open", async () => {
    const open = (await getCallFeedback(p.ada, p.calls.ada1)).open!;
    const before = await requestCount();
    expect(await refusal(requestCallFeedback(p.ada, p.calls.ada1, note("And the close?")))).toEqual({
      status: 400,
      message: `Feedback on this call was already asked (request ${open.id}); it stays open until a manager marks the call reviewed`,
    });
    expect(await requestCount()).toBe(before);
    expect((await getCallFeedback(p.ada, p.calls.ada1)).open?.note).toBe("Did I handle the pricing objection well?");
    // Another call of his is its own.
    expect((await requestCallFeedback(p.ada, p.calls.ada2, note("The opener"))).open?.note).toBe("The opener");
  });

  it("serves the inbox through its route schema with the new kind", async () => {
    expect((await getInbox(p.nora)).items.map((i) => i.kind)).toContain("feedback");
  });
});

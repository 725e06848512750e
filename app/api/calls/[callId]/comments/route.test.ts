// The comment routes over HTTP on real databases: the call's scope answers
// 404 "No such call" before anything else is read, someone else's comment is a
// 403 in words, a bad body a 400 in words, a new comment a 201.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_URL: APP }) }));

const APP = "http://coach.test:3000";
const comments = await import("./route");
const one = await import("./[commentId]/route");

const send = (method: string, url: string, body?: unknown) =>
  new Request(`${APP}${url}`, { method, headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: body === undefined ? undefined : JSON.stringify(body) });
const at = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const answer = async (response: Response) => ({ status: response.status, json: await response.json() });

await describeEachDatabase("the comment routes", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const list = (callId: number) => comments.GET(send("GET", `/api/calls/${callId}/comments`), at({ callId: String(callId) }));
  const post = (callId: number, body: unknown) => comments.POST(send("POST", `/api/calls/${callId}/comments`, body), at({ callId: String(callId) }));
  const patch = (callId: number, commentId: number | string, body: unknown) =>
    one.PATCH(send("PATCH", `/api/calls/${callId}/comments/${commentId}`, body), at({ callId: String(callId), commentId: String(commentId) }));
  const remove = (callId: number, commentId: number | string) => one.DELETE(send("DELETE", `/api/calls/${callId}/comments/${commentId}`), at({ callId: String(callId), commentId: String(commentId) }));

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("writes a comment (201) and lists it for whoever can open the call", async () => {
    state.viewer = p.ada;
    const created = await answer(await post(p.calls.ada1, { body: "Listen at 1:40", startSec: 100, endSec: 104, quote: "we can do that", mentions: [p.nora.userId] }));
    // A change answers the call's whole list, and the comment changed.
    expect(created).toMatchObject({ status: 201, json: { callId: p.calls.ada1, changed: { source: "coachboard", body: "Listen at 1:40", mine: true, mentions: [{ id: p.nora.userId, name: "Nora North" }] } } });
    const key = `c${created.json.changed.id}`;
    expect(created.json.threads.map((t: { key: string }) => t.key)).toContain(key);
    state.viewer = p.nora;
    const listed = await answer(await list(p.calls.ada1));
    expect(listed.status).toBe(200);
    expect(listed.json.threads.find((t: { key: string }) => t.key === key)).toMatchObject({ body: "Listen at 1:40", mine: false, startSec: 100, endSec: 104, quote: "we can do that" });
  });

  it("answers 404 No such call to a rep on another rep's call, and to a manager outside his teams", async () => {
    state.viewer = p.ada;
    const { changed: json } = (await answer(await post(p.calls.ada1, { body: "mine", startSec: 1 }))).json;
    for (const viewer of [p.ben, p.sam]) {
      state.viewer = viewer;
      for (const response of [await list(p.calls.ada1), await post(p.calls.ada1, { body: "x", startSec: 1 }), await post(p.calls.ada1, { body: "x", parentId: json.id }), await patch(p.calls.ada1, json.id, { body: "x" }), await remove(p.calls.ada1, json.id)]) {
        expect(await answer(response)).toEqual({ status: 404, json: { error: { code: "not_found", message: "No such call" } } });
      }
    }
  });

  it("answers someone else's comment with a 403 in words, and a comment of another call with a 404", async () => {
    state.viewer = p.nora;
    const { changed: json } = (await answer(await post(p.calls.ada2, { body: "Nora's", startSec: 5 }))).json;
    state.viewer = p.ada;
    expect(await answer(await patch(p.calls.ada2, json.id, { body: "changed" }))).toEqual({ status: 403, json: { error: { code: "forbidden", message: "You can only edit your own comments" } } });
    expect(await answer(await remove(p.calls.ada2, json.id))).toEqual({ status: 403, json: { error: { code: "forbidden", message: "You can only delete your own comments" } } });
    state.viewer = p.nora;
    expect(await answer(await patch(p.calls.ada1, json.id, { body: "changed" }))).toEqual({ status: 404, json: { error: { code: "not_found", message: "No such comment on this call" } } });
    expect((await answer(await patch(p.calls.ada2, json.id, { body: "changed" }))).json.changed).toMatchObject({ body: "changed", mine: true });
    const removed = (await answer(await remove(p.calls.ada2, json.id))).json;
    expect(removed.changed).toMatchObject({ deleted: true, body: null });
    expect(removed.threads.find((t: { id: number }) => t.id === json.id)).toMatchObject({ deleted: true, body: null });
  });

  it("refuses bad input with a 400 in words", async () => {
    state.viewer = p.ada;
    const refused = async (response: Response) => {
      const { status, json } = await answer(response);
      expect(status).toBe(400);
      return json.error.message as string;
    };
    expect(await refused(await post(p.calls.ada1, { body: "x", startSec: 1, mentions: [p.cy.userId] }))).toBe(`Only people who can open this call can be mentioned; user ${p.cy.userId} cannot`);
    expect(await refused(await post(p.calls.ada1, { body: "", startSec: 1 }))).toMatch(/^Invalid body: body: must not be empty/);
    expect(await refused(await post(p.calls.ada1, { body: "x", startSec: 1, mentions: Array.from({ length: 21 }, (_, i) => i + 1) }))).toMatch(/at most 20 people/);
    expect(await refused(await patch(p.calls.ada1, "c1", { body: "x" }))).toMatch(/^Invalid path: commentId/);
    expect((await post(p.calls.ada1, "x".repeat(40_000))).status).toBe(413);
  });
});

// The review queue's routes over HTTP on real databases: a rep's feedback
// request (201), the manager's queue, counts and threshold, marking a call
// reviewed; a rep is refused the manager routes with a 403 in words, a call
// outside the scope is 404 "No such call", bad input a 400 in words.
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
const queue = await import("./route");
const counts = await import("../counts/route");
const threshold = await import("../threshold/route");
const feedback = await import("@/app/api/calls/[callId]/feedback/route");
const reviewed = await import("@/app/api/calls/[callId]/reviewed/route");

const send = (method: string, url: string, body?: unknown) =>
  new Request(`${APP}${url}`, { method, headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: body === undefined ? undefined : JSON.stringify(body) });
const at = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const answer = async (response: Response) => ({ status: response.status, json: await response.json() });

await describeEachDatabase("the review queue routes", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const list = (search: string) => queue.GET(send("GET", `/api/reviews/queue${search}`), at({}));
  const ask = (callId: number, body: unknown) => feedback.POST(send("POST", `/api/calls/${callId}/feedback`, body), at({ callId: String(callId) }));
  const asked = (callId: number) => feedback.GET(send("GET", `/api/calls/${callId}/feedback`), at({ callId: String(callId) }));
  const mark = (callId: number) => reviewed.POST(send("POST", `/api/calls/${callId}/reviewed`), at({ callId: String(callId) }));
  const setThreshold = (body: unknown) => threshold.PUT(send("PUT", `/api/reviews/threshold`, body), at({}));

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("takes a rep's request (201) to his manager's feedback filter, and the manager's mark (200) answers it", async () => {
    state.viewer = p.ada;
    const created = await answer(await ask(p.calls.ada1, { note: "Was my opener too long?" }));
    expect(created).toMatchObject({ status: 201, json: { callId: p.calls.ada1, open: { note: "Was my opener too long?", requestedBy: { name: "Ada Lane" } } } });
    expect((await answer(await ask(p.calls.ada1, { note: "Again" }))).status).toBe(400);

    state.viewer = p.nora;
    expect(await answer(await asked(p.calls.ada1))).toMatchObject({ status: 200, json: { open: { id: created.json.open.id } } });
    const waiting = await answer(await list("?filter=feedback&limit=10"));
    expect(waiting).toMatchObject({ status: 200, json: { filter: "feedback", threshold: 70, items: [{ callId: p.calls.ada1, feedback: { note: "Was my opener too long?" } }], nextCursor: null } });
    expect((await answer(await counts.GET(send("GET", "/api/reviews/counts"), at({})))).json.counts.feedback).toEqual({ count: 1, more: false });
    expect(await answer(await mark(p.calls.ada1))).toMatchObject({ status: 200, json: { reviewed: true, reviewedByMe: true, resolvedRequests: 1 } });
    expect((await answer(await list("?filter=feedback"))).json.items).toEqual([]);
    expect(await answer(await reviewed.GET(send("GET", `/api/calls/${p.calls.ada1}/reviewed`), at({ callId: String(p.calls.ada1) })))).toMatchObject({ status: 200, json: { reviewed: true } });
  });

  it("sets the manager's threshold within 0–100, and refuses anything else in words", async () => {
    state.viewer = p.nora;
    expect(await answer(await setThreshold({ threshold: 60 }))).toEqual({ status: 200, json: { threshold: 60, isDefault: false } });
    expect(await answer(await threshold.GET(send("GET", "/api/reviews/threshold"), at({})))).toEqual({ status: 200, json: { threshold: 60, isDefault: false } });
    const refused = await answer(await setThreshold({ threshold: 101 }));
    expect(refused).toMatchObject({ status: 400, json: { error: { message: expect.stringMatching(/^Invalid body: threshold: must be at most 100/) } } });
    expect((await answer(await setThreshold({ threshold: -1 }))).status).toBe(400);
    expect((await answer(await list("?filter=everything"))).json.error.message).toMatch(/^Invalid query: filter: must be one of disputes, feedback, below, unreviewed/);
    expect((await answer(await list("?limit=500"))).status).toBe(400);
    expect((await answer(await list("?cursor=nonsense"))).status).toBe(400);
  });

  it("refuses a rep the manager routes with a 403 in words, and answers a call outside the scope as no such call", async () => {
    state.viewer = p.ada;
    for (const response of [await list(""), await counts.GET(send("GET", "/api/reviews/counts"), at({})), await setThreshold({ threshold: 50 }), await mark(p.calls.ada2)]) {
      const { status, json } = await answer(response);
      expect(status).toBe(403);
      expect(json.error.message).toMatch(/^Only a manager or an admin can /);
    }
    state.viewer = p.ben;
    expect(await answer(await ask(p.calls.ada2, { note: "Hers" }))).toEqual({ status: 404, json: { error: { code: "not_found", message: "No such call" } } });
    state.viewer = p.sam;
    expect(await answer(await mark(p.calls.ada2))).toEqual({ status: 404, json: { error: { code: "not_found", message: "No such call" } } });
    state.viewer = p.nora;
    expect(await answer(await ask(p.calls.ada2, { note: "For me" }))).toEqual({ status: 403, json: { error: { code: "forbidden", message: "Only the call's rep can ask for feedback on it" } } });
    state.viewer = null;
    expect((await list("")).status).toBe(401);
  });
});

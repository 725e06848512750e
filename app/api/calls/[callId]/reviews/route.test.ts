// The score review routes over HTTP on real databases: the call's scope answers
// 404 "No such call" first, a refused role a 403 in words, a bad body a 400 in
// words, a review written a 201; the queue answers the viewer's disputes.
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
const reviews = await import("./route");
const decision = await import("./[reviewId]/decision/route");
const queue = await import("@/app/api/reviews/disputes/route");

const send = (method: string, url: string, body?: unknown) =>
  new Request(`${APP}${url}`, { method, headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: body === undefined ? undefined : JSON.stringify(body) });
const at = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const answer = async (response: Response) => ({ status: response.status, json: await response.json() });

await describeEachDatabase("the score review routes", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const list = (callId: number) => reviews.GET(send("GET", `/api/calls/${callId}/reviews`), at({ callId: String(callId) }));
  const post = (callId: number, body: unknown) => reviews.POST(send("POST", `/api/calls/${callId}/reviews`, body), at({ callId: String(callId) }));
  const decide = (callId: number, reviewId: number | string, body: unknown) =>
    decision.POST(send("POST", `/api/calls/${callId}/reviews/${reviewId}/decision`, body), at({ callId: String(callId), reviewId: String(reviewId) }));
  const disputes = (search = "") => queue.GET(send("GET", `/api/reviews/disputes${search}`), at({}));
  const quoted = { kind: "dispute", skillSet: "scorecard", skill: "discovery", reason: "I asked", quote: "what is your budget", quoteStartSec: 10, quoteEndSec: 12 };

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    await org.sql.run(`INSERT INTO call_scores (call_id, skill_set, skill, label, score) VALUES (?, 'scorecard', 'discovery', 'Discovery', 62)`, [p.calls.ada1]);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("takes a dispute (201) to the manager's queue, and his decision (200) to the call's scores", async () => {
    state.viewer = p.ada;
    const created = await answer(await post(p.calls.ada1, quoted));
    expect(created).toMatchObject({ status: 201, json: { callId: p.calls.ada1, changed: { kind: "dispute", state: "open", oldScore: 62 } } });
    state.viewer = p.nora;
    const waiting = await answer(await disputes());
    expect(waiting).toMatchObject({ status: 200, json: { disputes: [{ id: created.json.changed.id, callTitle: "Acme", label: "Discovery" }] } });
    const decided = await answer(await decide(p.calls.ada1, created.json.changed.id, { decision: "accept", newScore: 70 }));
    expect(decided.status).toBe(200);
    expect(decided.json.scores.find((s: { skill: string | null }) => s.skill === "discovery")).toMatchObject({ vendorScore: 62, effectiveScore: 70 });
    expect((await answer(await list(p.calls.ada1))).json.scores.find((s: { skill: string | null }) => s.skill === "discovery").effectiveScore).toBe(70);
  });

  it("answers 404 No such call outside the viewer's scope, and 403 in words to a refused role", async () => {
    for (const viewer of [p.ben, p.sam]) {
      state.viewer = viewer;
      for (const response of [await list(p.calls.ada1), await post(p.calls.ada1, quoted), await post(p.calls.ada1, { kind: "override", newScore: 1, reason: "x" }), await decide(p.calls.ada1, 1, { decision: "reject", reason: "x" })]) {
        expect(await answer(response)).toEqual({ status: 404, json: { error: { code: "not_found", message: "No such call" } } });
      }
    }
    state.viewer = p.ada;
    expect(await answer(await post(p.calls.ada1, { kind: "override", newScore: 99, reason: "mine" }))).toEqual({ status: 403, json: { error: { code: "forbidden", message: "Only a manager or an admin can override a score" } } });
    expect((await answer(await disputes())).status).toBe(403);
  });

  it("refuses bad input with a 400 in words", async () => {
    state.viewer = p.nora;
    const refused = async (response: Response) => {
      const { status, json } = await answer(response);
      expect(status).toBe(400);
      return json.error.message as string;
    };
    expect(await refused(await post(p.calls.ada1, { kind: "override", newScore: 101, reason: "x" }))).toMatch(/^Invalid body: newScore: must be at most 100/);
    expect(await refused(await post(p.calls.ada1, { kind: "override", newScore: 50, reason: " " }))).toMatch(/^Invalid body: reason: must not be empty/);
    expect(await refused(await post(p.calls.ada1, { kind: "override", newScore: 50, reason: "x", extra: 1 }))).toMatch(/^Invalid body: .*extra/);
    expect(await refused(await post(p.calls.ada1, { kind: "override", skillSet: "scorecard", newScore: 50, reason: "x" }))).toMatch(/name a skill with both skillSet and skill/);
    expect(await refused(await post(p.calls.ada1, { kind: "praise" }))).toMatch(/kind must be "override" or "dispute"/);
    expect(await refused(await decide(p.calls.ada1, 1, { decision: "accept" }))).toMatch(/^Invalid body: newScore/);
    expect(await refused(await decide(p.calls.ada1, "r1", { decision: "reject", reason: "x" }))).toMatch(/^Invalid path: reviewId/);
    expect(await refused(await disputes("?limit=500"))).toMatch(/^Invalid query: limit: must be at most 100/);
    state.viewer = p.ada;
    expect(await refused(await post(p.calls.ada1, { ...quoted, quoteStartSec: 12, quoteEndSec: 10 }))).toMatch(/quoteEndSec: must not be before quoteStartSec/);
    expect(await refused(await post(p.calls.ada1, { ...quoted, quote: "q".repeat(501) }))).toMatch(/quote: must be at most 500 characters/);
    expect((await post(p.calls.ada1, { ...quoted, reason: "x".repeat(40_000) })).status).toBe(413);
  });
});

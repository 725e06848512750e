// The requests the score-review panel sends, in the shapes the routes' schemas
// take (createReviewSchema, decisionSchema), and a refusal in the server's words.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./fetch-json";
import { sendReviewChange } from "./use-score-reviews";

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status = 200, body: unknown = { callId: 7, scores: [], changed: {} }) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const sent = (fetch: ReturnType<typeof stubFetch>) => fetch.mock.calls.map(([url, init]) => [url, init?.method, JSON.parse(String(init?.body))]);

describe("sendReviewChange", () => {
  it("posts an override of the overall score naming no skill, and a dispute of a skill with its quote", async () => {
    const fetch = stubFetch();
    await sendReviewChange(7, { action: "override", ref: {}, newScore: 75, reason: "missed" });
    await sendReviewChange(7, { action: "dispute", ref: { skillSet: "gong", skill: "discovery" }, reason: "I asked", quote: "How do", quoteStartSec: 83.2, quoteEndSec: 86 });
    expect(sent(fetch)).toEqual([
      ["/api/calls/7/reviews", "POST", { kind: "override", newScore: 75, reason: "missed" }],
      ["/api/calls/7/reviews", "POST", { kind: "dispute", skillSet: "gong", skill: "discovery", reason: "I asked", quote: "How do", quoteStartSec: 83.2, quoteEndSec: 86 }],
    ]);
  });

  it("posts a decision on the dispute, an accept's note only when given", async () => {
    const fetch = stubFetch();
    await sendReviewChange(7, { action: "accept", reviewId: 12, newScore: 70 });
    await sendReviewChange(7, { action: "reject", reviewId: 12, reason: "fair" });
    expect(sent(fetch)).toEqual([
      ["/api/calls/7/reviews/12/decision", "POST", { decision: "accept", newScore: 70 }],
      ["/api/calls/7/reviews/12/decision", "POST", { decision: "reject", reason: "fair" }],
    ]);
  });

  it("fails with the server's words", async () => {
    stubFetch(400, { error: { code: "bad_request", message: "The Discovery score of this call is already disputed (dispute 12); wait for its decision" } });
    const error = await sendReviewChange(7, { action: "reject", reviewId: 12, reason: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe("The Discovery score of this call is already disputed (dispute 12); wait for its decision");
  });
});

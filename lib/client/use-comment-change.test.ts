import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./fetch-json";
import { sendCommentChange } from "./use-comment-change";

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status = 200, body: unknown = { callId: 7, threads: [], people: [] }) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("sendCommentChange", () => {
  it("posts a new comment or reply to the call's comments", async () => {
    const fetch = stubFetch();
    await sendCommentChange(7, { action: "create", comment: { body: "hi @Ana", mentions: [3], startSec: 1.5, endSec: 2, quote: "so", feedbackId: 34 } });
    const [url, init] = fetch.mock.calls[0];
    expect([url, init?.method]).toEqual(["/api/calls/7/comments", "POST"]);
    expect(JSON.parse(String(init?.body))).toEqual({ body: "hi @Ana", mentions: [3], startSec: 1.5, endSec: 2, quote: "so", feedbackId: 34 });
  });

  it("patches and deletes one of ours by its id", async () => {
    const fetch = stubFetch();
    await sendCommentChange(7, { action: "edit", id: 12, body: "better", mentions: [] });
    await sendCommentChange(7, { action: "delete", id: 12 });
    expect(fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body])).toEqual([
      ["/api/calls/7/comments/12", "PATCH", JSON.stringify({ body: "better", mentions: [] })],
      ["/api/calls/7/comments/12", "DELETE", undefined],
    ]);
  });

  it("fails with the server's words", async () => {
    stubFetch(400, { error: { code: "invalid", message: "The comment is longer than 4,000 characters." } });
    await expect(sendCommentChange(7, { action: "delete", id: 1 })).rejects.toEqual(new ApiError(400, "invalid", "The comment is longer than 4,000 characters."));
  });
});

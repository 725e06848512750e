// The CSV downloads of the coaching loop over HTTP on real databases: comments
// and score reviews come out a line each, only for the calls the viewer may open.
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
const comments = await import("@/app/api/calls/[callId]/comments/route");
const reviews = await import("@/app/api/calls/[callId]/reviews/route");
const commentsCsv = await import("./route");
const reviewsCsv = await import("@/app/api/reviews/export/route");

const send = (method: string, url: string, body?: unknown) =>
  new Request(`${APP}${url}`, { method, headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: body === undefined ? undefined : JSON.stringify(body) });
const at = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

async function download(get: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>, url: string) {
  const response = await get(send("GET", url), at({}));
  return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), lines: (await response.text()).trimEnd().split("\n") };
}

await describeEachDatabase("the comments and reviews CSV downloads", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    state.viewer = p.nora;
    const c = (callId: number, body: unknown) => comments.POST(send("POST", `/api/calls/${callId}/comments`, body), at({ callId: String(callId) }));
    const r = (callId: number, body: unknown) => reviews.POST(send("POST", `/api/calls/${callId}/reviews`, body), at({ callId: String(callId) }));
    expect((await c(p.calls.ada1, { body: "=HYPERLINK(\"x\") listen here", startSec: 30 })).status).toBe(201);
    expect((await c(p.calls.ben1, { body: "Ben, good close", startSec: 10 })).status).toBe(201);
    expect((await r(p.calls.ada1, { kind: "override", newScore: 75, reason: "Strong discovery" })).status).toBe(201);
    state.viewer = p.sam;
    expect((await c(p.calls.cy1, { body: "South only", startSec: 5 })).status).toBe(201);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("gives a manager his teams' comments, a rep his own calls', as CSV with formulas neutralized", async () => {
    state.viewer = p.nora;
    const mine = await download(commentsCsv.GET, "/api/comments/export");
    expect(mine).toMatchObject({ status: 200, type: "text/csv; charset=utf-8", disposition: 'attachment; filename="comments.csv"' });
    const body = mine.lines.slice(1).join("\n");
    expect(body).toContain("Ben, good close");
    expect(body).toContain("'=HYPERLINK");
    expect(body).not.toContain("South only");
    state.viewer = p.ada;
    const ada = (await download(commentsCsv.GET, "/api/comments/export")).lines.slice(1).join("\n");
    expect(ada).toContain("listen here");
    expect(ada).not.toContain("Ben, good close");
  });

  it("gives the score reviews of the viewer's calls only", async () => {
    state.viewer = p.nora;
    const nora = await download(reviewsCsv.GET, "/api/reviews/export");
    expect(nora).toMatchObject({ status: 200, disposition: 'attachment; filename="score-reviews.csv"' });
    expect(nora.lines).toHaveLength(2);
    expect(nora.lines[1]).toContain("Strong discovery");
    state.viewer = p.sam;
    expect((await download(reviewsCsv.GET, "/api/reviews/export")).lines).toHaveLength(1);
  });

  it("answers 401 signed out", async () => {
    state.viewer = null;
    expect((await commentsCsv.GET(send("GET", "/api/comments/export"), at({}))).status).toBe(401);
    expect((await reviewsCsv.GET(send("GET", "/api/reviews/export"), at({}))).status).toBe(401);
  });
});

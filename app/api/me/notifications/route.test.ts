// The inbox routes over HTTP on real databases: the signed-in user's own
// notices, a bounded page, and marking read by ids or all, a bad body a 400 in words.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createCallComment } from "@/lib/data/comments";
import { createCommentSchema } from "@/lib/coaching/comments";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ NEXTAUTH_URL: APP }) }));

const APP = "http://coach.test:3000";
const inbox = await import("./route");
const read = await import("./read/route");
const noParams = { params: Promise.resolve({}) };
const get = (query = "") => inbox.GET(new Request(`${APP}/api/me/notifications${query}`), noParams);
const markRead = (body: unknown) =>
  read.POST(new Request(`${APP}/api/me/notifications/read`, { method: "POST", headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" }, body: JSON.stringify(body) }), noParams);

await describeEachDatabase("the inbox routes", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    for (const body of ["@Nora one", "@Nora two", "@Nora three"]) {
      await createCallComment(p.ada, p.calls.ada1, createCommentSchema.parse({ body, startSec: 9, mentions: [p.nora.userId] }));
    }
  });
  afterAll(async () => {
    await org?.close();
  });

  it("answers the signed-in user's own inbox, a page at a time", async () => {
    state.viewer = null;
    expect((await get()).status).toBe(401);
    state.viewer = p.nora;
    const all = await (await get()).json();
    expect([all.unread, all.items.length, all.items[0].href]).toEqual([3, 3, expect.stringMatching(new RegExp(`^/calls/${p.calls.ada1}\\?comment=c\\d+$`))]);
    expect((await (await get("?limit=2")).json()).items.length).toBe(2);
    const tooMany = await get("?limit=51");
    expect([tooMany.status, (await tooMany.json()).error.message]).toEqual([400, "Invalid query: limit: must be at most 50"]);
    state.viewer = p.ada;
    expect(await (await get()).json()).toEqual({ unread: 0, items: [] });
  });

  it("marks read by ids (the user's own) or all, and answers the inbox", async () => {
    state.viewer = p.nora;
    const { items } = await (await get()).json();
    const first = await markRead({ ids: [items[0].id] });
    expect([first.status, (await first.json()).unread]).toEqual([200, 2]);
    state.viewer = p.ada;
    await markRead({ all: true });
    state.viewer = p.nora;
    expect((await (await get()).json()).unread).toBe(2);
    const everything = await markRead({ all: true });
    expect([everything.status, (await everything.json()).unread]).toEqual([200, 0]);
    const bad = await markRead({ ids: [] });
    expect([bad.status, (await bad.json()).error.message]).toEqual([400, "Invalid body: ids: must name at least one notification"]);
    expect((await markRead({ everything: true })).status).toBe(400);
  });
});

// GET /api/calibration over HTTP on real databases: a manager's figures (200),
// a rep's refusal (403 in words), a period out of bounds (400 in words), no
// session (401).
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { addCalibrationCalls } from "@/lib/coaching/calibration-test-data";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));

const calibration = await import("./route");
const get = async (search = "") => {
  const response = await calibration.GET(new Request(`http://coach.test/api/calibration${search}`), { params: Promise.resolve({}) });
  return { status: response.status, json: await response.json() };
};

await describeEachDatabase("the calibration route", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    await addCalibrationCalls(org, p);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("answers a manager the figures of his teams' calls", async () => {
    state.viewer = p.nora;
    // Every seeded call lies in the two years before today's date at least up to 2027.
    const { status, json } = await get("?days=731");
    expect(status).toBe(200);
    expect(json).toMatchObject({ days: 731, scope: "teams", withinPoints: 10, minCalls: 5 });
    expect(json.skills[0]).toMatchObject({ skill: null, label: "Overall" });
  });

  it("refuses a rep with a 403 in words, a period out of bounds with a 400 in words, and no session with a 401", async () => {
    state.viewer = p.ada;
    expect(await get()).toEqual({ status: 403, json: { error: { code: "forbidden", message: "Only a manager or an admin can see how the AI's scores agree with people's" } } });
    state.viewer = p.nora;
    expect(await get("?days=5000")).toEqual({ status: 400, json: { error: { code: "bad_request", message: expect.stringMatching(/^Invalid query: .*days.*must be at most 731/) } } });
    state.viewer = null;
    expect((await get()).status).toBe(401);
  });
});

// Calibration through the data layer on real databases: an admin sees every
// call, a manager his teams', a rep is refused in words; the call page's score
// reviews carry each AI score's trust marker over the viewer's scope (a rep's
// own team), and a person's score carries none.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { addCalibrationCalls, type CalibrationCalls, NOW } from "@/lib/coaching/calibration-test-data";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { HttpError } from "@/lib/http/errors";
import { describeEachDatabase } from "@/lib/testing/databases";
import { calibrationQuery, getCalibration, getTrustMarkers, trustKey, trustScope } from "./calibration";
import { getCallReviews } from "./score-reviews";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

await describeEachDatabase("calibration for the viewer", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  let calls: CalibrationCalls;
  const discovery = { skillSet: "salesfinity", skill: "discovery" };

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    calls = await addCalibrationCalls(org, p);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("answers an admin every call's pairs and a manager his teams', and refuses a rep in words", async () => {
    const q = calibrationQuery.parse({ days: "365" });
    const admin = await getCalibration(p.admin, q, NOW);
    expect(admin.scope).toBe("all");
    expect(admin.skills.find((s) => s.skill === "discovery")!.figures).toMatchObject({ calls: 6, meanAbsDiff: 15.5, within: 4 });
    const nora = await getCalibration(p.nora, q, NOW);
    expect(nora.scope).toBe("teams");
    expect(nora.skills.find((s) => s.skill === "discovery")!.figures).toMatchObject({ calls: 5, meanAbsDiff: 13.6, within: 4, enough: true });
    let refusal: unknown = null;
    await getCalibration(p.ada, q, NOW).catch((error: unknown) => (refusal = error));
    expect(refusal).toBeInstanceOf(HttpError);
    expect(refusal).toMatchObject({ status: 403, message: "Only a manager or an admin can see how the AI's scores agree with people's" });
  });

  it("bounds the period in words", () => {
    expect(calibrationQuery.parse({})).toEqual({ days: 365 });
    expect(calibrationQuery.safeParse({ days: "0" }).success).toBe(false);
    expect(calibrationQuery.safeParse({ days: "732" }).error?.issues[0].message).toBe("must be at most 731");
    expect(calibrationQuery.safeParse({ days: "ten" }).error?.issues[0].message).toBe("must be a number of days");
  });

  it("figures a rep's trust markers over his own team, a manager's over his teams, an admin's over every call", async () => {
    const sf1 = { id: calls.sf1, vendor: "salesfinity" };
    const figures = async (viewer: typeof p.ada, call = sf1) => (await getTrustMarkers(viewer, call, [discovery], NOW)).get(trustKey(discovery))!;
    expect(await figures(p.ada)).toMatchObject({ scope: "team", figures: { calls: 4, within: 3, withinShare: 0.75, enough: false } });
    expect(await figures(p.nora)).toMatchObject({ scope: "teams", figures: { calls: 4, within: 3 } });
    expect(await figures(p.admin)).toMatchObject({ scope: "all", figures: { calls: 5, within: 3, withinShare: 0.6, enough: true } });
    // Cy's team is South: only his own call.
    expect(await figures(p.cy, { id: calls.sf7, vendor: "salesfinity" })).toMatchObject({ scope: "team", figures: { calls: 1, meanAbsDiff: 25, within: 0 } });
    expect(trustScope({ ...p.ada, repId: null })).toMatchObject({ sql: "1 = 0" });
  });

  it("puts the trust marker on each AI score of the call's score reviews, and none on a person's score", async () => {
    const sf1 = await getCallReviews(p.ada, calls.sf1);
    expect(sf1.scores.map((s) => [s.label, s.trust?.label ?? null, s.trust?.figures.calls ?? null])).toEqual([
      ["Overall", "Overall", 1],
      ["Discovery", "Discovery", 4],
      ["Pitch", "Value & pitch", 0],
    ]);
    const ada1 = await getCallReviews(p.nora, p.calls.ada1);
    expect(ada1.scores.length).toBeGreaterThan(0);
    expect(ada1.scores.every((s) => s.trust === null)).toBe(true);
  });
});

// A meeting's reviewed calls tell the viewer only what they could open themselves.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getCoaching } from "./get-coaching";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

await describeEachDatabase("reviewed calls of coaching meetings", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
  });
  afterAll(async () => {
    await org?.close();
  });

  const reviews = async (viewer: TestOrg["admin"]) => {
    const { plans } = await getCoaching(viewer);
    expect(plans).toHaveLength(1);
    return plans[0].meetings[0].reviews;
  };
  const callId = async (externalId: string) => Number((await org.sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);

  it("an admin sees every reviewed call, with its title or company", async () => {
    expect(await reviews(org.admin)).toEqual([
      { callId: await callId("ada-1"), title: "Acme", questions: 0 },
      { callId: await callId("cy-1"), title: "Hidden Corp", questions: 0 },
      { callId: null, title: "A call no longer available", questions: 0 },
    ]);
  });

  it("a manager sees another team's call as a call outside their teams: no id, title or company", async () => {
    const seen = await reviews(org.manager);
    expect(seen).toEqual([
      { callId: await callId("ada-1"), title: "Acme", questions: 0 },
      { callId: null, title: "A call outside your teams", questions: 0 },
      { callId: null, title: "A call no longer available", questions: 0 },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/Hidden Corp/);
  });

  it("a rep sees a call that is not theirs as one they have no access to", async () => {
    const seen = await reviews(org.rep);
    expect(seen[1]).toEqual({ callId: null, title: "A call you don't have access to", questions: 0 });
    expect(JSON.stringify(seen)).not.toMatch(/Hidden Corp|cy-1/);
  });
});

// The calls page's filters list only what the viewer's own calls hold.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getFilterOptions } from "./get-filter-options";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

await describeEachDatabase("filter options of the calls page", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("an admin may filter by every outcome", async () => {
    expect((await getFilterOptions(org.admin)).outcomes).toEqual(["Meeting booked", "No answer", "South secret outcome", "Voicemail"]);
  });

  it("a manager, by the outcomes of their teams' calls", async () => {
    const options = await getFilterOptions(org.manager);
    expect(options.outcomes).toEqual(["Meeting booked", "No answer", "Voicemail"]);
    expect(options.reps.map((r) => r.name)).toEqual(["Ada Lane", "Ben Moss"]);
  });

  it("a rep, by the outcomes of their own calls", async () => {
    expect((await getFilterOptions(org.rep)).outcomes).toEqual(["Meeting booked", "No answer"]);
  });
});

// The calls page's filters list only what the viewer's own calls hold.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CallRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { describeEachDatabase } from "@/lib/testing/databases";
import { getFilterOptions, MAX_CRM_OPTIONS } from "./get-filter-options";
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

  it("each viewer, by the CRM accounts and opportunities of their own calls", async () => {
    const call = (externalId: string, rep: string, account: string, opportunity: string | null): CallRecord => ({
      vendor: "execvision",
      externalId,
      repExternalId: rep,
      startedAt: new Date("2026-01-20T12:00:00Z"),
      raw: { id: externalId },
      crmMatches: [{ crmName: "Salesforce", account: { name: account }, contacts: [{ name: "A Contact" }], engagement: opportunity ? { name: opportunity } : null }],
    });
    await org.sql.transaction((tx) =>
      writeBatch(tx, { calls: [call("crm-ada", "ada", "Northwind", "Northwind - Expansion"), call("crm-ben", "ben", "northwind", null), call("crm-cy", "cy", "Southern Star", "Star - Secret deal")] }, new Date("2026-02-01T00:00:00Z")),
    );
    const crm = async (viewer: typeof org.admin) => {
      const { accounts, opportunities } = await getFilterOptions(viewer);
      return { accounts, opportunities };
    };
    // The stored prospect companies (Acme, Hidden Corp) are accounts too; a name spelled two ways is offered once.
    expect(await crm(org.admin)).toEqual({ accounts: ["Acme", "Hidden Corp", "Northwind", "Southern Star"], opportunities: ["Northwind - Expansion", "Star - Secret deal"] });
    expect(await crm(org.manager)).toEqual({ accounts: ["Acme", "Northwind"], opportunities: ["Northwind - Expansion"] });
    expect(await crm(org.rep)).toEqual({ accounts: ["Acme", "Northwind"], opportunities: ["Northwind - Expansion"] });
    expect(await crm({ ...org.rep, repId: null })).toEqual({ accounts: [], opportunities: [] });
  });

  it("offers the commonest accounts, a bounded number of them", async () => {
    const call = (externalId: string, company: string): CallRecord => ({
      vendor: "salesfinity",
      externalId,
      repExternalId: "many",
      rep: { vendor: "salesfinity", externalId: "many", email: "cy@org.example", firstName: "Cy", lastName: "Ward", raw: null },
      startedAt: new Date("2026-01-21T12:00:00Z"),
      prospectCompany: company,
      raw: {},
    });
    const calls = Array.from({ length: MAX_CRM_OPTIONS + 10 }, (_, i) => call(`many-${i}`, `Aaa ${String(i).padStart(3, "0")}`));
    calls.push(call("many-z1", "Zeta"), call("many-z2", "Zeta"));
    await org.sql.transaction((tx) => writeBatch(tx, { calls }, new Date("2026-02-01T00:00:00Z")));
    const { accounts } = await getFilterOptions(org.admin);
    expect(accounts).toHaveLength(MAX_CRM_OPTIONS);
    // Named by two calls, Zeta is among the commonest, though last by name.
    expect(accounts.at(-1)).toBe("Zeta");
  });
});

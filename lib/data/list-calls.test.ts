// Every date and text a calls query can carry is either refused in words or answered.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeEachDatabase } from "@/lib/testing/databases";
import { callsQuery, listCalls } from "./list-calls";
import { createTestOrg, type TestOrg } from "./test-org";

vi.mock("@/lib/db", async () => (await import("./test-org")).testOrgDbModule);

it("impossible dates and control characters are refused in words", () => {
  const messages = (query: Record<string, string>) => callsQuery.safeParse(query).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(messages({ from: "2026-13-45" })).toEqual(["from: 2026-13-45 is not a day of the calendar"]);
  expect(messages({ to: "2026-02-30" })).toEqual(["to: 2026-02-30 is not a day of the calendar"]);
  expect(messages({ outcome: "won\u0000" })).toEqual(["outcome: must not contain control characters"]);
  expect(messages({ q: "renewal\u0000" })).toEqual(["q: must not contain control characters"]);
  expect(callsQuery.safeParse({ q: "   " }).success).toBe(true);
});

await describeEachDatabase("calls between the widest dates a query can name", (provider) => {
  let org: TestOrg;
  beforeAll(async () => {
    org = await createTestOrg(provider);
  });
  afterAll(async () => {
    await org?.close();
  });

  it("are listed and counted", async () => {
    for (const viewer of [org.admin, org.manager, org.rep]) {
      for (const extra of [{}, { outcome: "No answer" }, { q: "renewal" }]) {
        const query = callsQuery.parse({ from: "1900-01-01", to: "2999-12-31", ...extra });
        const list = await listCalls(viewer, query);
        expect(list.total).toBe(list.calls.length);
      }
    }
    expect((await listCalls(org.admin, callsQuery.parse({ from: "1900-01-01", to: "2999-12-31" }))).total).toBe(4);
  });
});

// The CRM links of each call: what a vendor's data gives (a malformed element
// skipped, never the call), kept in step with every write of the call, and
// filled in once for calls stored before links were kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { CallRecord } from "@/lib/domain/records";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { writeBatch } from ".";
import { backfillCrmLinks, crmLinksOf, writeCrmLinks } from "./crm";

const brief = (source: Parameters<typeof crmLinksOf>[0]) => crmLinksOf(source).map((l) => [l.kind, l.system, l.crmId, l.name, l.nameKey]);

describe("crmLinksOf", () => {
  it("reads ExecVision's matches: the account, each contact, the engagement as the opportunity, and the CRM's name", () => {
    expect(
      brief({
        vendor: "execvision",
        crmMatches: [
          {
            crmName: "Salesforce",
            activityCrmId: "00T1",
            account: { crmId: "0011", name: "  Acme Corp " },
            contacts: [{ crmId: "0031", name: "Dana Diaz" }],
            engagement: { crmId: "0061", name: "Acme - Renewal" },
          },
        ],
        prospectCompany: "Acme",
      }),
    ).toEqual([
      ["account", "Salesforce", "0011", "Acme Corp", "acme corp"],
      ["contact", "Salesforce", "0031", "Dana Diaz", "dana diaz"],
      ["opportunity", "Salesforce", "0061", "Acme - Renewal", "acme - renewal"],
    ]);
  });

  it("skips each malformed element and keeps the rest", () => {
    const matches = [
      null,
      7,
      "Salesforce",
      [],
      { crmName: 42, account: { crmId: 5, name: "Globex" }, contacts: "nobody", engagement: "none" },
      { crmName: "HubSpot", account: { name: 12 }, contacts: [null, { crmId: "c1" }, { name: "" }, { name: "   " }, { name: ["x"] }, { name: "Lee" }], engagement: { crmId: "o1" } },
      { account: "Initech", contacts: {}, engagement: [] },
    ];
    expect(brief({ vendor: "execvision", crmMatches: matches })).toEqual([
      ["account", null, "5", "Globex", "globex"],
      ["contact", "HubSpot", null, "Lee", "lee"],
    ]);
    for (const junk of ["[{}]", 12, { account: { name: "Acme" } }, true, null, undefined]) {
      expect(brief({ vendor: "execvision", crmMatches: junk, metadata: junk })).toEqual([]);
    }
  });

  it("takes the stored company as the account when no CRM account is given, for every source", () => {
    expect(brief({ vendor: "salesfinity", prospectCompany: " Hooli " })).toEqual([["account", null, null, "Hooli", "hooli"]]);
    expect(brief({ vendor: "execvision", crmMatches: [{ crmName: "Salesforce", contacts: [{ name: "Lee" }] }], prospectCompany: "Hooli" })).toEqual([
      ["contact", "Salesforce", null, "Lee", "lee"],
      ["account", null, null, "Hooli", "hooli"],
    ]);
    expect(brief({ vendor: "salesfinity", prospectCompany: "" })).toEqual([]);
    // ExecVision's shapes are ExecVision's: another source's fields of the same names are not read.
    expect(brief({ vendor: "voice-agent", crmMatches: [{ account: { name: "Acme" } }], metadata: { stage: "won" } })).toEqual([]);
  });

  it("keeps ExecVision's custom fields of text and numbers, bounded, under the field's name", () => {
    const metadata: Record<string, unknown> = {
      id: "call-1",
      templates: { callCard: "<div></div>" },
      company: "Acme",
      opportunity_price_point: 25_000,
      deleted: false,
      nothing: null,
      nan: Number.NaN,
      list: ["a"],
      blank: "  ",
      long: "x".repeat(201),
      edge: "y".repeat(200),
      [`k${"e".repeat(120)}`]: "too long a field name",
    };
    expect(brief({ vendor: "execvision", metadata })).toEqual([
      ["field", "company", null, "Acme", "acme"],
      ["field", "opportunity_price_point", null, "25000", "25000"],
      ["field", "edge", null, "y".repeat(200), "y".repeat(200)],
    ]);
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`f${i}`, `v${i}`]));
    const fields = crmLinksOf({ vendor: "execvision", metadata: many });
    expect(fields).toHaveLength(50);
    expect(fields.at(-1)).toMatchObject({ system: "f49", name: "v49" });
  });

  it("turns control characters into spaces and keeps one link per record", () => {
    const links = crmLinksOf({
      vendor: "execvision",
      crmMatches: [
        { crmName: "Sales\u0000force", account: { crmId: "1", name: "Acme\u0000Corp\n" } },
        { crmName: "Sales force", account: { crmId: "1", name: "ACME Corp" } },
      ],
    });
    expect(links.map((l) => [l.system, l.name, l.nameKey])).toEqual([["Sales force", "Acme Corp", "acme corp"]]);
  });

  it("keeps at most 200 links of one call", () => {
    const crmMatches = Array.from({ length: 30 }, (_, m) => ({ crmName: "CRM", contacts: Array.from({ length: 60 }, (_, c) => ({ name: `p${m}-${c}` })) }));
    const links = crmLinksOf({ vendor: "execvision", crmMatches });
    expect(links).toHaveLength(200);
    // 50 contacts of a match at most.
    expect(links.filter((l) => l.name.startsWith("p0-"))).toHaveLength(50);
  });
});

const call = (externalId: string, extra: Partial<CallRecord> = {}): CallRecord => ({
  vendor: "execvision",
  externalId,
  repExternalId: "u1",
  startedAt: new Date("2026-01-05T15:00:00Z"),
  durationSec: 300,
  raw: { id: externalId },
  ...extra,
});

await describeEachDatabase("CRM links in the store", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  const now = new Date("2026-02-01T00:00:00Z");
  const links = async () =>
    (
      await sql.all<{ external_id: string; kind: string; system: string | null; crm_id: string | null; name: string; name_key: string }>(
        `SELECT c.external_id, l.kind, l.system, l.crm_id, l.name, l.name_key FROM call_crm_links l JOIN calls c ON c.id = l.call_id`,
      )
    )
      .map((r) => `${r.external_id} ${r.kind} ${r.system ?? "-"} ${r.crm_id ?? "-"} ${r.name} (${r.name_key})`)
      .sort();

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  const first: CallRecord[] = [
    call("ev-1", {
      prospectCompany: "Acme",
      crmMatches: [{ crmName: "Salesforce", account: { crmId: "001", name: "Acme Corp" }, contacts: [{ crmId: "003", name: "Dana\tDiaz" }], engagement: { crmId: "006", name: "Acme - Renewal" } }],
      metadata: { id: "ev-1", company: "Acme", stage: "Negotiation", price: 12000, flag: true },
    }),
    call("ev-2", { prospectCompany: "Globex", crmMatches: "not a list", metadata: null }),
    call("sf-1", { vendor: "salesfinity", prospectCompany: "Initech", crmMatches: [{ account: { name: "Ignored" } }] }),
    call("ev-3"),
  ];

  it("are written with each call, and replaced when the call changes", async () => {
    await sql.transaction((tx) => writeBatch(tx, { calls: first }, now));
    const written = [
      "ev-1 account Salesforce 001 Acme Corp (acme corp)",
      "ev-1 contact Salesforce 003 Dana Diaz (dana diaz)",
      "ev-1 field company - Acme (acme)",
      "ev-1 field price - 12000 (12000)",
      "ev-1 field stage - Negotiation (negotiation)",
      "ev-1 opportunity Salesforce 006 Acme - Renewal (acme - renewal)",
      "ev-2 account - - Globex (globex)",
      "sf-1 account - - Initech (initech)",
    ];
    expect(await links()).toEqual(written);
    // The same calls again: unchanged, links as they were (none doubled).
    await sql.transaction((tx) => writeBatch(tx, { calls: first }, now));
    expect(await links()).toEqual(written);
    // A changed call's links are what its data now holds.
    await sql.transaction((tx) => writeBatch(tx, { calls: [{ ...first[0], crmMatches: [{ crmName: "Salesforce", account: { crmId: "002", name: "Acme Holdings" } }], metadata: null }] }, now));
    expect(await links()).toEqual(["ev-1 account Salesforce 002 Acme Holdings (acme holdings)", ...written.slice(6)]);
  });

  it("are written again whole by writeCrmLinks, as often as it is run", async () => {
    const before = await links();
    const [{ id }] = await sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = 'ev-2'`);
    for (let i = 0; i < 2; i++) {
      const counts = await writeCrmLinks(sql, [{ callId: Number(id), vendor: "execvision", prospectCompany: "Globex" }]);
      expect(counts).toEqual({ calls: 1, links: 1 });
    }
    expect(await links()).toEqual(before);
  });

  it("are filled in by the backfill for calls that have none, once", async () => {
    const before = await links();
    await sql.run(`DELETE FROM call_crm_links`);
    // A stored value that is not JSON at all is no data; the backfill goes on.
    if (provider === "sqlite") await sql.run(`UPDATE calls SET crm_matches = 'not json' WHERE external_id = 'ev-2'`);
    const counts = await backfillCrmLinks(sql, { batchSize: 2 });
    expect(counts).toEqual({ calls: 4, filled: 3, links: before.length });
    expect(await links()).toEqual(before);
    // Run again (as after every upgrade): nothing more to do.
    expect(await backfillCrmLinks(sql, { batchSize: 2 })).toEqual({ calls: 4, filled: 0, links: 0 });
    expect(await links()).toEqual(before);
  });

  it("go with their call", async () => {
    await sql.run(`DELETE FROM calls WHERE external_id = 'ev-1'`);
    expect((await links()).some((l) => l.startsWith("ev-1 "))).toBe(false);
  });
});

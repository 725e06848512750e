// Linking identities, merging reps and marking agents: the calls follow, the
// rollups stay equal to the calls, placeholders go, and each change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { toBool } from "@/lib/db/values";
import type { CallRecord, PersonRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { rollupsAgainstCalls } from "@/lib/testing/fingerprint";
import { listAudit } from "./audit";
import { identityFilterSchema, linkIdentity, listIdentities, listRepChoices, mergeReps, mergeRepsSchema, PeopleInputError, PeopleNotFoundError, setRepAgent } from "./identities";

const person = (externalId: string, name: string, team: string): PersonRecord => {
  const [firstName, lastName] = name.split(" ");
  return { vendor: "execvision", externalId, email: `${externalId}@org.example`, firstName, lastName, teamExternalId: team, raw: { id: externalId } };
};

/** A call as Revont sends it: the rep only as an id, no email, no name. */
const revontCall = (externalId: string, rep: string, day: string, score: number): CallRecord => ({
  vendor: "revont",
  externalId,
  repExternalId: rep,
  rep: { vendor: "revont", externalId: rep, displayName: rep, partial: true, raw: null },
  startedAt: new Date(`${day}T15:00:00Z`),
  durationSec: 300,
  overallScore: score,
  raw: { id: externalId },
});

const evCall = (externalId: string, rep: string, day: string): CallRecord => ({
  vendor: "execvision",
  externalId,
  repExternalId: rep,
  startedAt: new Date(`${day}T15:00:00Z`),
  durationSec: 600,
  overallScore: 70,
  raw: { id: externalId },
});

async function failure(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal");
}

await describeEachDatabase("people admin: identities and reps", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  const now = new Date("2026-02-01T00:00:00Z");
  const repOf = async (email: string) => Number((await sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [email]))[0].id);
  const repOfIdentity = async (vendor: string, externalId: string) =>
    Number((await sql.all<{ rep_id: number }>(`SELECT rep_id FROM rep_identities WHERE vendor = ? AND external_id = ?`, [vendor, externalId]))[0].rep_id);
  const callsOf = async (repId: number) => (await sql.all<{ external_id: string }>(`SELECT external_id FROM calls WHERE rep_id = ? ORDER BY external_id`, [repId])).map((c) => c.external_id);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    await sql.transaction((tx) =>
      writeBatch(
        tx,
        {
          teams: [{ vendor: "execvision", externalId: "north", name: "North", raw: {} }],
          people: [person("ada", "Ada Lane", "north"), person("ben", "Ben Moss", "north")],
          calls: [
            evCall("ada-1", "ada", "2026-01-05"),
            evCall("ben-1", "ben", "2026-01-06"),
            revontCall("rv-1", "user_01", "2026-01-07", 60),
            revontCall("rv-2", "user_01", "2026-01-14", 80),
            // A voice agent: on no team too, but an AI agent, not a person needing a rep.
            { ...revontCall("va-1", "agent-1", "2026-01-08", 0), vendor: "voice-agent", repExternalId: "agent-1", rep: { vendor: "voice-agent", externalId: "agent-1", displayName: "Voice agent", partial: true, agent: true, raw: null } },
          ],
        },
        now,
      ),
    );
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  it("lists a Revont user as needing a rep: its placeholder rep is on no team (an AI agent on no team is not); the search and vendor filters find it", async () => {
    const { identities, total } = await listIdentities(sql, { show: "unassigned" });
    expect(total).toBe(1);
    expect(identities[0]).toMatchObject({ vendor: "revont", externalId: "user_01", calls: 2, rep: { team: null, teamId: null, isAgent: false } });
    expect((await listIdentities(sql, { show: "all" })).total).toBe(4);
    expect((await listIdentities(sql, { show: "all", vendor: "voice-agent" })).identities[0].rep.isAgent).toBe(true);
    expect((await listIdentities(sql, { show: "all", q: "ada" })).identities.map((i) => i.externalId)).toEqual(["ada"]);
    expect((await listIdentities(sql, { show: "all", q: "100%_" })).total).toBe(0);
    expect((await listIdentities(sql, { show: "all", vendor: "revont" })).identities.map((i) => i.externalId)).toEqual(["user_01"]);
    expect(identityFilterSchema.safeParse({ page: "0" }).success).toBe(false);
    expect(identityFilterSchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
  });

  it("links the Revont user to Ada: the calls move with it, the rollups match the calls, the placeholder goes, and the change is audited", async () => {
    const ada = await repOf("ada@org.example");
    const placeholder = await repOfIdentity("revont", "user_01");
    const result = await linkIdentity(sql, 7, { vendor: "revont", externalId: "user_01", repId: ada }, now);
    expect(result).toEqual({ moved: 2, removedRep: true });
    expect(await callsOf(ada)).toEqual(["ada-1", "rv-1", "rv-2"]);
    expect(await sql.all(`SELECT id FROM reps WHERE id = ?`, [placeholder])).toEqual([]);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
    const [event] = await listAudit(sql, { target: { kind: "identity", id: "revont:user_01" } });
    expect(event).toMatchObject({ actorUserId: 7, action: "identity.link", details: { before: { repId: placeholder }, after: { repId: ada }, calls: 2, removedRep: true } });
    // Linking it again changes nothing and records nothing.
    expect(await linkIdentity(sql, 7, { vendor: "revont", externalId: "user_01", repId: ada })).toEqual({ moved: 0, removedRep: false });
    expect(await listAudit(sql, { target: { kind: "identity", id: "revont:user_01" } })).toHaveLength(1);
    expect((await listIdentities(sql, { show: "unassigned" })).total).toBe(0);
  });

  it("refuses an identity or a rep that does not exist, in words", async () => {
    const ada = await repOf("ada@org.example");
    expect(await failure(() => linkIdentity(sql, 7, { vendor: "revont", externalId: "nobody", repId: ada }))).toBeInstanceOf(PeopleNotFoundError);
    const noRep = await failure(() => linkIdentity(sql, 7, { vendor: "revont", externalId: "user_01", repId: ada + 1000 }));
    expect(noRep).toBeInstanceOf(PeopleInputError);
    expect(noRep.message).toMatch(/no rep has the id/);
  });

  it("merges Ben into Ada: identities, calls and sign-in move, Ben goes, the rollups match; two reps who both sign in are refused", async () => {
    const ada = await repOf("ada@org.example");
    const ben = await repOf("ben@org.example");
    await sql.run(`INSERT INTO users (email, name, role, password_hash, rep_id, disabled, created_at, updated_at) VALUES ('ben@org.example', 'Ben', 'rep', 'x', ?, ?, ?, ?)`, [ben, false, now, now]);
    await sql.run(`INSERT INTO users (email, name, role, password_hash, rep_id, disabled, created_at, updated_at) VALUES ('ada@org.example', 'Ada', 'rep', 'x', ?, ?, ?, ?)`, [ada, false, now, now]);
    const both = await failure(() => mergeReps(sql, 7, { fromRepId: ben, intoRepId: ada }));
    expect(both).toBeInstanceOf(PeopleInputError);
    expect(both.message).toMatch(/Both reps sign in/);
    await sql.run(`DELETE FROM users WHERE email = 'ada@org.example'`);

    expect(await mergeReps(sql, 7, { fromRepId: ben, intoRepId: ada }, now)).toEqual({ moved: 1, identities: 1 });
    expect(await callsOf(ada)).toEqual(["ada-1", "ben-1", "rv-1", "rv-2"]);
    expect(await repOfIdentity("execvision", "ben")).toBe(ada);
    expect(await sql.all(`SELECT id FROM reps WHERE id = ?`, [ben])).toEqual([]);
    expect(Number((await sql.all<{ rep_id: number }>(`SELECT rep_id FROM users WHERE email = 'ben@org.example'`))[0].rep_id)).toBe(ada);
    const rollups = await rollupsAgainstCalls(sql);
    expect(rollups.stored).toEqual(rollups.rebuilt);
    const [event] = await listAudit(sql, { target: { kind: "rep", id: ada } });
    expect(event).toMatchObject({ action: "rep.merge", details: { merged: { id: ben, name: "Ben Moss" }, into: { id: ada }, calls: 1, identities: 1 } });
    expect(mergeRepsSchema.safeParse({ fromRepId: ada, intoRepId: ada }).success).toBe(false);
    expect(await failure(() => mergeReps(sql, 7, { fromRepId: ben, intoRepId: ada }))).toBeInstanceOf(PeopleNotFoundError);
  });

  it("marks a rep as an AI agent and back, audited; the same mark again records nothing", async () => {
    const ada = await repOf("ada@org.example");
    await setRepAgent(sql, 7, ada, { isAgent: true }, now);
    expect((await listRepChoices(sql)).find((r) => r.id === ada)?.isAgent).toBe(true);
    await setRepAgent(sql, 7, ada, { isAgent: true }, now);
    await setRepAgent(sql, 7, ada, { isAgent: false }, now);
    expect(toBool((await sql.all<{ is_agent: unknown }>(`SELECT is_agent FROM reps WHERE id = ?`, [ada]))[0].is_agent)).toBe(false);
    const events = (await listAudit(sql, { target: { kind: "rep", id: ada } })).filter((e) => e.action === "rep.agent");
    expect(events.map((e) => e.details)).toEqual([{ before: { isAgent: true }, after: { isAgent: false } }, { before: { isAgent: false }, after: { isAgent: true } }]);
    expect(await failure(() => setRepAgent(sql, 7, ada + 1000, { isAgent: true }))).toBeInstanceOf(PeopleNotFoundError);
  });
});

describe("identityFilterSchema", () => {
  it("defaults to the identities needing a rep, page 1", () => {
    expect(identityFilterSchema.parse({})).toEqual({ show: "unassigned", q: "", page: 1 });
  });
});

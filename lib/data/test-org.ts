// A small organisation in a real test database, for the data layer's tests:
// two teams, three reps, their calls a few weeks apart, and a coaching plan
// whose meeting reviews a call of the other team.
import type { Viewer } from "@/lib/auth/roles";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import type { CallRecord, PersonRecord } from "@/lib/domain/records";
import { writeBatch } from "@/lib/sync/store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import type { DbProvider } from "@/lib/db/provider";

const VENDOR = "execvision" as const;
const DAY_MS = 86_400_000;

/** The days the calls fall on: three weeks with data, far from any edge of a two-year period. */
export const CALL_DAYS = ["2026-01-05", "2026-01-06", "2026-01-14", "2026-01-27"] as const;

function person(externalId: string, name: string, team: string): PersonRecord {
  const [firstName, lastName] = name.split(" ");
  return { vendor: VENDOR, externalId, email: `${externalId}@org.example`, firstName, lastName, teamExternalId: team, raw: { id: externalId } };
}

function call(externalId: string, rep: string, day: string, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    vendor: VENDOR,
    externalId,
    repExternalId: rep,
    startedAt: new Date(`${day}T15:00:00Z`),
    durationSec: 600,
    overallScore: 70,
    raw: { id: externalId },
    ...extra,
  };
}

export interface TestOrg {
  sql: SqlConnection;
  reps: { ada: number; ben: number; cy: number };
  teams: { north: number; south: number };
  admin: Viewer;
  /** Manages North (Ada and Ben). */
  manager: Viewer;
  /** Ada. */
  rep: Viewer;
  close(): Promise<void>;
}

/**
 * Builds the organisation and points the data layer's getSql() at it.
 * Call vi.mock("@/lib/db", ...) with testOrgDbModule in the test file first.
 */
export async function createTestOrg(provider: DbProvider): Promise<TestOrg> {
  const database: TestDatabase = await createTestDatabase(provider);
  await applyMigrations(database.url);
  const sql = await openSql(database.url);
  current.sql = sql;
  const now = new Date("2026-02-01T00:00:00Z");
  await sql.transaction((tx) =>
    writeBatch(
      tx,
      {
        teams: [
          { vendor: VENDOR, externalId: "north", name: "North", raw: {} },
          { vendor: VENDOR, externalId: "south", name: "South", raw: {} },
        ],
        people: [person("ada", "Ada Lane", "north"), person("ben", "Ben Moss", "north"), person("cy", "Cy Ward", "south")],
        calls: [
          call("ada-1", "ada", CALL_DAYS[0], { outcome: "Meeting booked", prospectCompany: "Acme" }),
          call("ada-2", "ada", CALL_DAYS[2], { outcome: "No answer" }),
          call("ben-1", "ben", CALL_DAYS[1], { outcome: "Voicemail" }),
          call("cy-1", "cy", CALL_DAYS[3], { outcome: "South secret outcome", prospectCompany: "Hidden Corp", title: "Hidden Corp renewal" }),
        ],
        plans: [
          {
            vendor: VENDOR,
            externalId: "plan-1",
            name: "Discovery",
            recipientExternalId: "ada",
            coachExternalId: "ben",
            startDate: new Date(`${CALL_DAYS[0]}T00:00:00Z`),
            skills: [],
            vendorUpdatedAt: now,
            raw: {},
          },
        ],
        meetings: [
          {
            vendor: VENDOR,
            externalId: "meeting-1",
            planExternalId: "plan-1",
            recipientExternalId: "ada",
            startedAt: new Date(`${CALL_DAYS[2]}T10:00:00Z`),
            skillScores: [],
            callReviews: [
              { callExternalId: "ada-1", questions: [] },
              { callExternalId: "cy-1", questions: [] },
              { callExternalId: "gone-1", questions: [] },
            ],
            questions: [],
            vendorUpdatedAt: now,
            raw: {},
          },
        ],
      },
      now,
    ),
  );
  const repId = async (email: string) => Number((await sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [email]))[0].id);
  const teamId = async (externalId: string) => Number((await sql.all<{ id: number }>(`SELECT id FROM teams WHERE external_id = ?`, [externalId]))[0].id);
  const reps = { ada: await repId("ada@org.example"), ben: await repId("ben@org.example"), cy: await repId("cy@org.example") };
  const teams = { north: await teamId("north"), south: await teamId("south") };
  const viewer = (role: Viewer["role"], extra: Partial<Viewer> = {}): Viewer => ({ userId: 1, email: `${role}@org.example`, name: role, role, repId: null, teamIds: [], ...extra });
  return {
    sql,
    reps,
    teams,
    admin: viewer("admin"),
    manager: viewer("manager", { teamIds: [teams.north] }),
    rep: viewer("rep", { repId: reps.ada }),
    async close() {
      await sql.close();
      current.sql = null;
      await database.drop();
    },
  };
}

const current: { sql: SqlConnection | null } = { sql: null };

/** Stands in for "@/lib/db" in the tests: getSql() answers with the organisation's database. */
export const testOrgDbModule = {
  getSql: async () => {
    if (!current.sql) throw new Error("createTestOrg first");
    return current.sql;
  },
};

/** A period of whole UTC days, [from, to + 1 day). */
export function days(from: string, to: string): { from: Date; to: Date } {
  return { from: new Date(`${from}T00:00:00Z`), to: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) };
}

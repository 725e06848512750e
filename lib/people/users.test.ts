// A user names a rep and teams that exist; every mistake is told in words.
import { afterAll, beforeAll, expect, it } from "vitest";
import { ZodError } from "zod";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { newUserSchema, saveUser, UserExistsError, UserInputError } from "./users";

const password = "a long enough password";

await describeEachDatabase("saving a user", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let repId: number;
  let teamId: number;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    const now = new Date();
    teamId = Number((await sql.all<{ id: number }>(`INSERT INTO teams (name, created_at, updated_at) VALUES ('North', ?, ?) RETURNING id`, [now, now]))[0].id);
    repId = Number((await sql.all<{ id: number }>(`INSERT INTO reps (name, email, team_id, active, created_at, updated_at) VALUES ('Ada', 'ada@org.example', ?, ?, ?, ?) RETURNING id`, [teamId, true, now, now]))[0].id);
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });

  const failure = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      return error as Error;
    }
    throw new Error("expected a refusal");
  };

  it("a rep or team that does not exist is refused by name", async () => {
    const noRep = await failure(() => saveUser(sql, { email: "x@org.example", name: "X", role: "rep", password, repId: repId + 1000 }));
    expect(noRep).toBeInstanceOf(UserInputError);
    expect(noRep.message).toBe(`repId: no rep has the id ${repId + 1000}`);
    const noTeam = await failure(() => saveUser(sql, { email: "m@org.example", name: "M", role: "manager", password, teamIds: [teamId, 999_999] }));
    expect(noTeam).toBeInstanceOf(UserInputError);
    expect(noTeam.message).toBe("teamIds: no team has the id 999999");
    expect(await sql.all(`SELECT id FROM users`)).toEqual([]);
  });

  it("a team named twice is refused before anything is written", async () => {
    const twice = await failure(() => saveUser(sql, { email: "m@org.example", name: "M", role: "manager", password, teamIds: [teamId, teamId] }));
    expect(twice).toBeInstanceOf(ZodError);
    expect((twice as ZodError).issues.map((i) => i.message)).toEqual(["names a team more than once"]);
  });

  it("a rep signs in as one user only", async () => {
    await saveUser(sql, { email: "ada@org.example", name: "Ada", role: "rep", password, repId });
    const again = await failure(() => saveUser(sql, { email: "ada2@org.example", name: "Ada", role: "rep", password, repId }));
    expect(again).toBeInstanceOf(UserExistsError);
    expect(again.message).toBe(`rep ${repId} already signs in as ada@org.example`);
    // The same user saved again keeps their rep.
    await saveUser(sql, { email: "ada@org.example", name: "Ada L", role: "rep", password, repId }, { replace: true });
  });

  it("a manager of teams that exist is saved", async () => {
    const id = await saveUser(sql, { email: "m@org.example", name: "M", role: "manager", password, teamIds: [teamId] });
    expect(await sql.all(`SELECT team_id FROM user_teams WHERE user_id = ?`, [id])).toEqual([{ team_id: teamId }]);
  });
});

it("ids past a 32-bit column and too many teams are refused by the schema", () => {
  const base = { email: "m@org.example", name: "M", role: "manager", password };
  expect(newUserSchema.safeParse({ ...base, teamIds: [2 ** 31] }).success).toBe(false);
  expect(newUserSchema.safeParse({ ...base, teamIds: Array.from({ length: 501 }, (_, i) => i + 1) }).success).toBe(false);
});

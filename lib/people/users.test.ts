// A user names a rep and teams that exist; every mistake is told in words.
// An admin's change to a user is recorded, and one to what they may see (or
// disabling them) ends the sessions they hold.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { ZodError } from "zod";
import { sessionIsCurrent } from "@/lib/auth/sessions";
import { checkSignIn } from "@/lib/auth/sign-in";
import { applyMigrations } from "@/lib/db/migrations";
import { openSql, type SqlConnection } from "@/lib/db/sql";
import { stableJson } from "@/lib/db/values";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "@/lib/testing/databases";
import { listAudit } from "./audit";
import { newUserSchema, readUserRows, saveUser, updateUser, UserExistsError, UserInputError, UserNotFoundError, userPatchSchema } from "./users";

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

  it("a manager without a team is refused, in words", async () => {
    const none = await failure(() => saveUser(sql, { email: "lonely@org.example", name: "L", role: "manager", password }));
    expect(none).toBeInstanceOf(ZodError);
    expect((none as ZodError).issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["teamIds: a manager must manage at least one team"]);
    expect(await sql.all(`SELECT id FROM users WHERE email = ?`, ["lonely@org.example"])).toEqual([]);
  });

  it("a manager of teams that exist is saved", async () => {
    const id = await saveUser(sql, { email: "m@org.example", name: "M", role: "manager", password, teamIds: [teamId] });
    expect(await sql.all(`SELECT team_id FROM user_teams WHERE user_id = ?`, [id])).toEqual([{ team_id: teamId }]);
  });
});

const failure = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal");
};

const SECRET = "s".repeat(32);

await describeEachDatabase("an admin changing a user", (provider) => {
  let database: TestDatabase;
  let sql: SqlConnection;
  let north: number;
  let south: number;
  let ada: number;
  let bo: number;
  let admin: number;
  let manager: number;
  let rep: number;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await applyMigrations(database.url);
    sql = await openSql(database.url);
    const now = new Date();
    const team = async (name: string) => Number((await sql.all<{ id: number }>(`INSERT INTO teams (name, created_at, updated_at) VALUES (?, ?, ?) RETURNING id`, [name, now, now]))[0].id);
    north = await team("North");
    south = await team("South");
    const repRow = async (name: string) =>
      Number((await sql.all<{ id: number }>(`INSERT INTO reps (name, email, team_id, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, [name, `${name}@org.example`, north, true, now, now]))[0].id);
    ada = await repRow("ada");
    bo = await repRow("bo");
    admin = await saveUser(sql, { email: "admin@org.example", name: "Admin", role: "admin", password });
    manager = await saveUser(sql, { email: "manager@org.example", name: "Manager", role: "manager", password, teamIds: [north] });
    rep = await saveUser(sql, { email: "ada@org.example", name: "Ada", role: "rep", password, repId: ada });
  });
  afterAll(async () => {
    await sql?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    await sql.run(`DELETE FROM sign_in_throttles`);
  });

  const signIn = (email: string) => checkSignIn(sql, { email, password, address: null }, { secret: SECRET });
  const stored = async (id: number) => {
    const [row] = await sql.all<{ session_version: number; password_hash: string }>(`SELECT session_version, password_hash FROM users WHERE id = ?`, [id]);
    return { sessionVersion: Number(row.session_version), passwordHash: row.password_hash };
  };
  /** A session as signing in now would hold it, and whether it still holds after `change`. */
  const sessionSurvives = async (email: string, id: number, change: () => Promise<unknown>) => {
    const before = await signIn(email);
    if (!before.ok) throw new Error(`${email} could not sign in`);
    const claims = { userId: id, sessionVersion: before.user.sessionVersion, passwordStamp: before.user.passwordStamp };
    expect(sessionIsCurrent(await stored(id), claims, SECRET)).toBe(true);
    await change();
    return sessionIsCurrent(await stored(id), claims, SECRET);
  };
  const audit = async (id: number) => (await listAudit(sql, { target: { kind: "user", id } })).map((e) => ({ actor: e.actorUserId, action: e.action, details: stableJson(e.details) }));

  it("refuses a manager left without a team, in words, and changes nothing", async () => {
    const error = await failure(() => updateUser(sql, admin, manager, { teamIds: [] }));
    expect(error).toBeInstanceOf(UserInputError);
    expect(error.message).toBe("teamIds: a manager must manage at least one team");
    const promoted = await failure(() => updateUser(sql, admin, rep, { role: "manager" }));
    expect(promoted.message).toBe("teamIds: a manager must manage at least one team");
    const unlinked = await failure(() => updateUser(sql, admin, rep, { repId: null }));
    expect(unlinked.message).toBe("repId: a rep must be linked to the rep they are");
    expect((await readUserRows(sql, manager))[0]).toMatchObject({ role: "manager", teamIds: [north], teams: ["North"] });
    expect(await audit(manager)).toEqual([]);
  });

  it("refuses a rep that is another user's, a rep or team that does not exist, and an unknown user", async () => {
    expect(await failure(() => updateUser(sql, admin, manager, { repId: ada }))).toEqual(new UserExistsError(`rep ${ada} already signs in as ada@org.example`));
    expect((await failure(() => updateUser(sql, admin, manager, { teamIds: [north, 999_999] }))).message).toBe("teamIds: no team has the id 999999");
    expect((await failure(() => updateUser(sql, admin, rep, { repId: 999_999 }))).message).toBe("repId: no rep has the id 999999");
    expect(await failure(() => updateUser(sql, admin, 999_999, { name: "Ghost" }))).toBeInstanceOf(UserNotFoundError);
    // Keeping one's own rep is no conflict.
    await updateUser(sql, admin, rep, { repId: ada });
  });

  it("keeps an admin from disabling themself or giving up their own admin role", async () => {
    expect(await failure(() => updateUser(sql, admin, admin, { disabled: true }))).toEqual(new UserInputError("You cannot disable your own account"));
    expect(await failure(() => updateUser(sql, admin, admin, { role: "manager", teamIds: [north] }))).toEqual(new UserInputError("You cannot take away your own admin role"));
    expect((await readUserRows(sql, admin))[0]).toMatchObject({ role: "admin", disabled: false });
    // Another admin may.
    const other = await saveUser(sql, { email: "other@org.example", name: "Other", role: "admin", password });
    await updateUser(sql, admin, other, { role: "rep", repId: bo });
    expect((await readUserRows(sql, other))[0]).toMatchObject({ role: "rep", repId: bo, rep: "bo" });
    // Renaming oneself is fine.
    await updateUser(sql, admin, admin, { name: "Head Admin" });
  });

  it("disabling ends every session and refuses the next sign-in; enabling lets them back; each is recorded", async () => {
    expect(await sessionSurvives("manager@org.example", manager, () => updateUser(sql, admin, manager, { disabled: true }))).toBe(false);
    expect(await signIn("manager@org.example")).toEqual({ ok: false, retryAfterMs: null });
    expect((await readUserRows(sql, manager))[0].disabled).toBe(true);
    await updateUser(sql, admin, manager, { disabled: false });
    expect((await signIn("manager@org.example")).ok).toBe(true);
    expect((await audit(manager)).slice(0, 2)).toEqual([
      { actor: admin, action: "user.enable", details: stableJson({ before: { disabled: true }, after: { disabled: false } }) },
      { actor: admin, action: "user.disable", details: stableJson({ before: { disabled: false }, after: { disabled: true } }) },
    ]);
  });

  it("a change of role or teams ends sessions; a new name does not; only changed fields are recorded", async () => {
    expect(await sessionSurvives("manager@org.example", manager, () => updateUser(sql, admin, manager, { name: "Manny", teamIds: [north] }))).toBe(true);
    expect((await audit(manager))[0]).toEqual({ actor: admin, action: "user.update", details: stableJson({ before: { name: "Manager" }, after: { name: "Manny" } }) });
    expect(await sessionSurvives("manager@org.example", manager, () => updateUser(sql, admin, manager, { teamIds: [south, north] }))).toBe(false);
    expect((await audit(manager))[0].details).toBe(stableJson({ before: { teamIds: [north] }, after: { teamIds: [north, south].sort((a, b) => a - b) } }));
    expect(await sessionSurvives("manager@org.example", manager, () => updateUser(sql, admin, manager, { role: "admin" }))).toBe(false);
    expect((await audit(manager))[0].details).toBe(stableJson({ before: { role: "manager" }, after: { role: "admin" } }));
    expect((await readUserRows(sql, manager))[0]).toMatchObject({ name: "Manny", role: "admin", teams: ["North", "South"] });
    // Nothing changed: nothing recorded, no session ended.
    const count = (await audit(manager)).length;
    expect(await sessionSurvives("manager@org.example", manager, () => updateUser(sql, admin, manager, { name: "Manny", role: "admin" }))).toBe(true);
    expect(await audit(manager)).toHaveLength(count);
  });

  it("a change refused half-way leaves no trace", async () => {
    const count = (await audit(rep)).length;
    await failure(() => updateUser(sql, admin, rep, { name: "Ada Two", teamIds: [999_998] }));
    expect((await readUserRows(sql, rep))[0].name).toBe("Ada");
    expect(await audit(rep)).toHaveLength(count);
  });
});

it("a patch names only fields a user has, each bounded", () => {
  expect(userPatchSchema.safeParse({}).success).toBe(true);
  expect(userPatchSchema.safeParse({ repId: null, disabled: true }).success).toBe(true);
  for (const bad of [{ email: "x@org.example" }, { password: "a long enough password" }, { name: "" }, { name: "x".repeat(121) }, { role: "owner" }, { disabled: "yes" }, { teamIds: [1, 1] }, { teamIds: [2 ** 31] }, { repId: 0 }]) {
    expect(userPatchSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  }
  const unknown = userPatchSchema.safeParse({ name: "A", sessionVersion: 0 });
  expect(unknown.error?.issues[0].message).toMatch(/sessionVersion/);
});

it("ids past a 32-bit column and too many teams are refused by the schema", () => {
  const base = { email: "m@org.example", name: "M", role: "manager", password };
  expect(newUserSchema.safeParse({ ...base, teamIds: [2 ** 31] }).success).toBe(false);
  expect(newUserSchema.safeParse({ ...base, teamIds: Array.from({ length: 501 }, (_, i) => i + 1) }).success).toBe(false);
});

// npm run user:create -- --email a@b.c --role admin [--name "..."] [--password ...] [--rep-email ...] [--team "Team name"]...
// Without --password it asks for one (or reads COACHBOARD_PASSWORD).
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { ZodError } from "zod";
import { loadEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/db/migrations";
import { openSql } from "../lib/db/sql";
import { saveUser, UserExistsError } from "../lib/people/users";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    "rep-email": { type: "string" },
    team: { type: "string", multiple: true },
    replace: { type: "boolean", default: false },
  },
});
if (!values.email || !values.role) {
  console.error('Usage: npm run user:create -- --email EMAIL --role admin|manager|rep [--name NAME] [--password PW] [--rep-email EMAIL] [--team "TEAM"]... [--replace]');
  process.exit(2);
}
const env = loadEnvOrExit();
await applyMigrations(env.DATABASE_URL);
const sql = await openSql(env.DATABASE_URL);
try {
  let password = values.password ?? process.env.COACHBOARD_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    password = await rl.question("Password (10+ characters): ");
    rl.close();
  }
  let repId: number | null = null;
  const repEmail = values["rep-email"] ?? (values.role === "rep" ? values.email : undefined);
  if (repEmail) {
    const [rep] = await sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [repEmail.toLowerCase()]);
    if (!rep) throw new Error(`no rep has the email ${repEmail}; sync the vendors first, or pass --rep-email`);
    repId = Number(rep.id);
  }
  const teamIds: number[] = [];
  for (const name of values.team ?? []) {
    const [team] = await sql.all<{ id: number }>(`SELECT id FROM teams WHERE name = ?`, [name]);
    if (!team) throw new Error(`no team is named "${name}"`);
    teamIds.push(Number(team.id));
  }
  const id = await saveUser(
    sql,
    { email: values.email, name: values.name ?? values.email.split("@")[0], role: values.role as "admin", password, repId, teamIds },
    { replace: values.replace },
  );
  console.error(`Saved user ${values.email} (id ${id}, ${values.role})`);
} catch (error) {
  if (error instanceof ZodError) {
    for (const issue of error.issues) console.error(`${issue.path.join(".") || "user"} ${issue.message}`);
  } else if (error instanceof UserExistsError || error instanceof Error) {
    console.error((error as Error).message);
  }
  process.exitCode = 1;
} finally {
  await sql.close();
}

// The demo: the vendor simulators stand in for the five vendors, the app
// syncs from them exactly as it would from the real APIs, and three sign-ins
// show each role.
import type { SqlConnection } from "../../lib/db/sql";
import type { Env } from "../../lib/env";
import { linkIdentitiesByEmail } from "../../lib/people/link-identity";
import { saveUser } from "../../lib/people/users";
import { enabledVendors } from "../../lib/vendors";
import type { DemoDataset } from "../../simulators/dataset/types";
import { seedDemoCoaching } from "./demo-coaching";

/**
 * Whether npm start runs the demo. The demo writes its calls and its sign-ins
 * (with published passwords) into the database, so it never picks a
 * configured one by itself: a deploy that lost its vendor credentials starts
 * empty instead. COACHBOARD_DEMO=true asks for it on any database;
 * COACHBOARD_DEMO=false never runs it.
 */
export function demoMode(source: Record<string, string | undefined>, env: Pick<Env, "COACHBOARD_DEMO"> & Parameters<typeof enabledVendors>[0]): boolean {
  if (env.COACHBOARD_DEMO !== undefined) return env.COACHBOARD_DEMO;
  return !source.DATABASE_URL?.trim() && enabledVendors(env).length === 0;
}

export { DEMO_WEBHOOK_SECRETS, simulatorEnv } from "./simulator-env";

export interface DemoSignIn {
  role: "admin" | "manager" | "rep";
  email: string;
  password: string;
  who: string;
}

/**
 * What an admin would do after connecting the vendors: link the Revont ids
 * (Revont's API has no emails) to the reps, and give each role a sign-in.
 */
export async function setUpDemoOrg(sql: SqlConnection, org: DemoDataset["org"]): Promise<DemoSignIn[]> {
  await linkIdentitiesByEmail(sql, "revont", org.revontLinks);
  const team = org.teams[0];
  const [managerTeam] = await sql.all<{ id: number }>(`SELECT id FROM teams WHERE name = ?`, [team.name]);
  const [managerRep] = await sql.all<{ id: number; name: string }>(`SELECT id, name FROM reps WHERE email = ?`, [team.managerEmail.toLowerCase()]);
  const rep = org.reps.find((r) => r.team === team.name) ?? org.reps[0];
  const [repRow] = await sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [rep.email.toLowerCase()]);
  const signIns: DemoSignIn[] = [
    { role: "admin", email: "admin@coachboard.demo", password: "coachboard-admin", who: "sees every team, the users and the vendor sync" },
    { role: "manager", email: team.managerEmail.toLowerCase(), password: "coachboard-manager", who: `manages ${team.name}` },
    { role: "rep", email: rep.email.toLowerCase(), password: "coachboard-rep", who: `${rep.name}, a rep on ${team.name}` },
  ];
  await saveUser(sql, { email: signIns[0].email, name: "Demo Admin", role: "admin", password: signIns[0].password }, { replace: true });
  await saveUser(
    sql,
    { email: signIns[1].email, name: managerRep?.name ?? "Demo Manager", role: "manager", password: signIns[1].password, teamIds: managerTeam ? [Number(managerTeam.id)] : [] },
    { replace: true },
  );
  await saveUser(sql, { email: signIns[2].email, name: rep.name, role: "rep", password: signIns[2].password, repId: repRow ? Number(repRow.id) : null }, { replace: true });
  if (repRow) await seedDemoCoaching(sql, { managerEmail: signIns[1].email, repEmail: signIns[2].email, repId: Number(repRow.id) });
  return signIns;
}

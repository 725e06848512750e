// The demo: the vendor simulators stand in for the five vendors, the app
// syncs from them exactly as it would from the real APIs, and three sign-ins
// show each role.
import type { SqlConnection } from "../../lib/db/sql";
import type { Env } from "../../lib/env";
import { createComment } from "../../lib/coaching/comments";
import type { CommentCall } from "../../lib/coaching/people";
import { linkIdentitiesByEmail } from "../../lib/people/link-identity";
import { saveUser } from "../../lib/people/users";
import { enabledVendors } from "../../lib/vendors";
import type { DemoDataset } from "../../simulators/dataset/types";

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
  if (repRow) await seedDemoComments(sql, Number(repRow.id), signIns[1].email, signIns[2].email);
  return signIns;
}

/**
 * The coaching loop already under way when the demo opens: on the demo rep's
 * two latest calls with a transcript, his manager comments at a moment of it
 * and mentions him, and on the first he has replied. The manager's comments
 * reach the rep's inbox; the reply reaches the manager's.
 */
async function seedDemoComments(sql: SqlConnection, repId: number, managerEmail: string, repEmail: string): Promise<void> {
  const users = await sql.all<{ id: number; name: string; email: string }>(`SELECT id, name, email FROM users WHERE email IN (?, ?)`, [managerEmail, repEmail]);
  const manager = users.find((u) => u.email === managerEmail);
  const repUser = users.find((u) => u.email === repEmail);
  if (!manager || !repUser) return;
  const calls = await sql.all<CommentCall & { second_line: number | null }>(
    `SELECT c.id, c.vendor, c.external_id, c.rep_id, r.name AS rep_name, c.duration_sec, c.prospect_company, c.prospect_name, c.prospect_email,
            c.from_number, c.to_number, c.direction, t.duration_ms / 4000.0 AS second_line
     FROM calls c JOIN reps r ON r.id = c.rep_id JOIN transcripts t ON t.call_id = c.id
     WHERE c.rep_id = ? AND c.deleted_at IS NULL ORDER BY c.started_at DESC LIMIT 2`,
    [repId],
  );
  const managerAuthor = { userId: Number(manager.id), name: manager.name };
  const repAuthor = { userId: Number(repUser.id), name: repUser.name };
  const notes = [
    "Good opener here, @NAME: you gave a reason for the call before asking for time. Keep that.",
    "@NAME, this was the moment to ask who else signs off. Try it on your next call and tell me how it went.",
  ];
  for (const [i, call] of calls.entries()) {
    const at = Math.max(0, Math.round(Number(call.second_line ?? 10)));
    const root = await createComment(sql, call, managerAuthor, { body: notes[i].replace("NAME", repUser.name), startSec: at, mentions: [Number(repUser.id)] });
    if (i === 0 && root.id !== null) {
      await createComment(sql, call, repAuthor, { body: "Thanks, I'll open the next ones the same way.", parentId: root.id, mentions: [] });
    }
  }
}

// Users of the test organisation (lib/data/test-org.ts) for the coaching
// loop's tests: who signs in, who can open which call, and two ExecVision
// reviewers' comments on Ada's first call.
import type { Viewer } from "@/lib/auth/roles";
import type { TestOrg } from "@/lib/data/test-org";
import { writeBatch } from "@/lib/sync/store";

export interface CommentPeople {
  /** Alex Admin. */
  admin: Viewer;
  /** Nora North: manages North (Ada and Ben); also an ExecVision reviewer, by her email. */
  nora: Viewer;
  /** Sam South: manages South (Cy). */
  sam: Viewer;
  /** The reps' own users. */
  ada: Viewer;
  ben: Viewer;
  cy: Viewer;
  /** An admin whose account is disabled. */
  dee: Viewer;
  calls: { ada1: number; ada2: number; ben1: number; cy1: number };
  /** On Ada's first call: Ben's ExecVision comment (at 65.5 s) and Nora's highlight (12–15 s). */
  feedback: { benComment: number; noraHighlight: number };
}

export async function addCommentPeople(org: TestOrg): Promise<CommentPeople> {
  const { sql } = org;
  const now = new Date("2026-02-01T00:00:00Z");
  await sql.transaction((tx) =>
    writeBatch(
      tx,
      {
        // Nora is an ExecVision user too: a rep identity whose rep has her email.
        people: [{ vendor: "execvision", externalId: "nora", email: "nora@org.example", firstName: "Nora", lastName: "North", raw: {} }],
        feedback: [
          {
            vendor: "execvision",
            externalId: "ada-1:ben:65.5",
            callExternalId: "ada-1",
            authorExternalId: "ben",
            isComment: true,
            isHighlight: false,
            text: "<p>Great&nbsp;question, <b>keep</b> asking it.</p>",
            startSec: 65.5,
            givenAt: new Date("2026-01-07T16:30:00Z"),
            vendorUpdatedAt: new Date("2026-01-07T16:30:00Z"),
            raw: {},
          },
          {
            vendor: "execvision",
            externalId: "ada-1:nora:12",
            callExternalId: "ada-1",
            authorExternalId: "nora",
            isComment: false,
            isHighlight: true,
            text: "We sign off on it",
            startSec: 12,
            endSec: 15,
            givenAt: new Date("2026-01-08T09:00:00Z"),
            vendorUpdatedAt: new Date("2026-01-08T09:00:00Z"),
            raw: {},
          },
        ],
      },
      now,
    ),
  );
  const user = async (email: string, name: string, role: Viewer["role"], extra: { repId?: number; teamIds?: number[]; disabled?: boolean } = {}): Promise<Viewer> => {
    const [row] = await sql.all<{ id: number }>(
      `INSERT INTO users (email, name, role, password_hash, rep_id, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [email, name, role, "x", extra.repId ?? null, extra.disabled ?? false, now, now],
    );
    const userId = Number(row.id);
    for (const teamId of extra.teamIds ?? []) await sql.run(`INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)`, [userId, teamId]);
    return { userId, email, name, role, repId: extra.repId ?? null, teamIds: extra.teamIds ?? [] };
  };
  const callId = async (externalId: string) => Number((await sql.all<{ id: number }>(`SELECT id FROM calls WHERE external_id = ?`, [externalId]))[0].id);
  const feedbackId = async (externalId: string) => Number((await sql.all<{ id: number }>(`SELECT id FROM feedback WHERE external_id = ?`, [externalId]))[0].id);
  return {
    admin: await user("alex@org.example", "Alex Admin", "admin"),
    nora: await user("nora@org.example", "Nora North", "manager", { teamIds: [org.teams.north] }),
    sam: await user("sam@org.example", "Sam South", "manager", { teamIds: [org.teams.south] }),
    ada: await user("ada@org.example", "Ada Lane", "rep", { repId: org.reps.ada }),
    ben: await user("ben@org.example", "Ben Moss", "rep", { repId: org.reps.ben }),
    cy: await user("cy@org.example", "Cy Ward", "rep", { repId: org.reps.cy }),
    dee: await user("dee@org.example", "Dee Gone", "admin", { disabled: true }),
    calls: { ada1: await callId("ada-1"), ada2: await callId("ada-2"), ben1: await callId("ben-1"), cy1: await callId("cy-1") },
    feedback: { benComment: await feedbackId("ada-1:ben:65.5"), noraHighlight: await feedbackId("ada-1:nora:12") },
  };
}

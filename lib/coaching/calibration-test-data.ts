// AI-scored calls of the test organisation (lib/data/test-org.ts with the
// people of lib/coaching/test-people.ts) whose scores people reviewed, with
// answers known by hand, for the calibration tests. All calls fall in January
// 2026 unless said; NOW is 2026-02-01.
//
// Discovery (Salesfinity's "discovery" and the call analyses' "discovery"):
//   sf1 Ada   North  AI 60, override 70                   |10| within
//   sf2 Ada   North  AI 40, override 80                   |40|
//   sf3 Ben   North  AI 55, accepted dispute 50           |5|  within
//   sf4 Ben   North  AI 90, override 30, later 85 stands  |5|  within
//   sf5 Ada   North  AI 70, rejected and open disputes    no pair
//   sf6 Ben   North  AI 0 on too little evidence, override 60: no pair
//   sf7 Cy    South  AI 20, override 45                   |25|
//   an1 Ada   North  AI 50, override 58 (analyses)        |8|  within
//   old Ada   North  AI 10, override 90, in January 2025  |80| (only in a two-year period)
//   del Ada   North  AI 10, override 90, deleted          never
// Value & pitch: an2 Ada North, clarity 60→70 and influence 80→90: one call, 70 against 80, |10| within.
// Overall: sf1 65→90 |25|; an1 50, accepted dispute 52 |2| within; ExecVision's
//   overall (a scorecard mean, people's) overridden on ada-1: no pair.
// Closing & next step, from a scorecard: card1 Ada North (analyses) AI close 40 against
//   scorecard "Closing" 50 and "Next step" 70, the latter overridden to 90: 40 against 70, |30|.
//   ExecVision's ada-1 has a scorecard Closing but no AI score: no pair.
import type { SqlConnection } from "@/lib/db/sql";
import type { TestOrg } from "@/lib/data/test-org";
import type { CommentPeople } from "./test-people";

export const NOW = new Date("2026-02-01T12:00:00Z");

export interface CalibrationCalls {
  sf1: number;
  sf2: number;
  sf3: number;
  sf4: number;
  sf5: number;
  sf6: number;
  sf7: number;
  an1: number;
  an2: number;
  card1: number;
  old: number;
  del: number;
}

type Score = [skillSet: string, skill: string, label: string, score: number, insufficient?: boolean];
type Review = { skillSet: string | null; skill: string | null; kind: "override" | "dispute"; state: string; old: number; next: number | null; at: string };

async function addCall(sql: SqlConnection, vendor: string, externalId: string, repId: number, day: string, overall: number | null, scores: Score[], deleted = false): Promise<number> {
  const started = new Date(`${day}T15:00:00Z`);
  const [row] = await sql.all<{ id: number }>(
    `INSERT INTO calls (vendor, external_id, rep_id, started_at, duration_sec, overall_score, raw, content_hash, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [vendor, externalId, repId, started, 600, overall, "{}", externalId, started, deleted ? started : null],
  );
  const id = Number(row.id);
  for (const [skillSet, skill, label, score, insufficient] of scores) {
    await sql.run(`INSERT INTO call_scores (call_id, skill_set, skill, label, score, insufficient_evidence) VALUES (?, ?, ?, ?, ?, ?)`, [id, skillSet, skill, label, score, insufficient ?? false]);
  }
  return id;
}

async function addReview(sql: SqlConnection, callId: number, by: number, r: Review): Promise<void> {
  const at = new Date(r.at);
  const decided = r.kind === "dispute" && r.state !== "open";
  await sql.run(
    `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, created_by_user_id, created_at, decided_by_user_id, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [callId, r.skillSet, r.skill, r.kind, r.state, r.old, r.next, "seeded", by, at, decided ? by : null, decided ? new Date(at.getTime() + 3_600_000) : null],
  );
}

const override = (skillSet: string | null, skill: string | null, old: number, next: number, at = "2026-01-20T10:00:00Z"): Review => ({ skillSet, skill, kind: "override", state: "applied", old, next, at });
const dispute = (skillSet: string | null, skill: string | null, state: string, old: number, next: number | null, at = "2026-01-20T10:00:00Z"): Review => ({ skillSet, skill, kind: "dispute", state, old, next, at });

const SF = (score: number, insufficient = false): Score => ["salesfinity", "discovery", "Discovery", score, insufficient];

/** Adds the calls, scores and reviews above; answers the calls' ids. */
export async function addCalibrationCalls(org: TestOrg, p: CommentPeople): Promise<CalibrationCalls> {
  const { sql, reps } = org;
  const by = p.nora.userId;
  const calls: CalibrationCalls = {
    sf1: await addCall(sql, "salesfinity", "sf1", reps.ada, "2026-01-10", 65, [SF(60), ["salesfinity", "pitch", "Pitch", 77]]),
    sf2: await addCall(sql, "salesfinity", "sf2", reps.ada, "2026-01-11", 50, [SF(40)]),
    sf3: await addCall(sql, "salesfinity", "sf3", reps.ben, "2026-01-12", 50, [SF(55)]),
    sf4: await addCall(sql, "salesfinity", "sf4", reps.ben, "2026-01-13", 50, [SF(90)]),
    sf5: await addCall(sql, "salesfinity", "sf5", reps.ada, "2026-01-14", 50, [SF(70)]),
    sf6: await addCall(sql, "salesfinity", "sf6", reps.ben, "2026-01-15", 50, [SF(0, true)]),
    sf7: await addCall(sql, "salesfinity", "sf7", reps.cy, "2026-01-16", 50, [SF(20)]),
    an1: await addCall(sql, "analyses", "an1", reps.ada, "2026-01-17", 50, [["analyses", "discovery", "Discovery", 50]]),
    an2: await addCall(sql, "analyses", "an2", reps.ada, "2026-01-18", 60, [
      ["analyses", "clarity", "Clarity", 60],
      ["analyses", "influence", "Influence", 80],
    ]),
    // No vendor writes AI and scorecard scores on one call today; the query pairs them wherever they meet.
    card1: await addCall(sql, "analyses", "card1", reps.ada, "2026-01-19", null, [
      ["analyses", "close", "Close", 40],
      ["scorecard", "closing", "Closing", 50],
      ["scorecard", "next_step", "Next step", 70],
    ]),
    old: await addCall(sql, "salesfinity", "old", reps.ada, "2025-01-15", 50, [SF(10)]),
    del: await addCall(sql, "salesfinity", "del", reps.ada, "2026-01-20", 50, [SF(10)], true),
  };
  await sql.run(`INSERT INTO call_scores (call_id, skill_set, skill, label, score) VALUES (?, 'scorecard', 'closing', 'Closing', 20)`, [p.calls.ada1]);
  for (const skill of ["closing", "next_step"]) {
    await sql.run(`INSERT INTO skill_mappings (skill_set, skill, label, unified_skill, origin, updated_at) VALUES ('scorecard', ?, ?, 'closing', 'guess', ?) ON CONFLICT DO NOTHING`, [skill, skill, NOW]);
  }
  const d = ["salesfinity", "discovery"] as const;
  await addReview(sql, calls.sf1, by, override(...d, 60, 70));
  await addReview(sql, calls.sf1, by, override(null, null, 65, 90));
  await addReview(sql, calls.sf2, by, override(...d, 40, 80));
  await addReview(sql, calls.sf3, by, dispute(...d, "accepted", 55, 50));
  await addReview(sql, calls.sf4, by, override(...d, 90, 30, "2026-01-20T10:00:00Z"));
  await addReview(sql, calls.sf4, by, override(...d, 30, 85, "2026-01-21T10:00:00Z"));
  await addReview(sql, calls.sf5, by, dispute(...d, "rejected", 70, 20));
  await addReview(sql, calls.sf5, by, dispute(...d, "open", 70, 95));
  await addReview(sql, calls.sf6, by, override(...d, 0, 60));
  await addReview(sql, calls.sf7, by, override(...d, 20, 45));
  await addReview(sql, calls.an1, by, override("analyses", "discovery", 50, 58));
  await addReview(sql, calls.an1, by, dispute(null, null, "accepted", 50, 52));
  await addReview(sql, calls.an2, by, override("analyses", "clarity", 60, 70));
  await addReview(sql, calls.an2, by, override("analyses", "influence", 80, 90));
  await addReview(sql, calls.card1, by, override("scorecard", "next_step", 70, 90));
  await addReview(sql, calls.old, by, override(...d, 10, 90, "2025-01-16T10:00:00Z"));
  await addReview(sql, calls.del, by, override(...d, 10, 90));
  await addReview(sql, p.calls.ada1, by, override(null, null, 70, 80));
  return calls;
}

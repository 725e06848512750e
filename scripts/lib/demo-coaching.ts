// The coaching loop already under way when the demo opens, written once (a
// later start of the same database adds nothing):
// - on the demo rep's two latest calls with a transcript, his manager comments
//   at a moment and mentions him, and on the first he has replied;
// - the manager has reviewed AI scores on his other reps' calls (some he kept
//   close to the AI's value, some he moved a long way), so Calibration has
//   figures and the leaderboard shows reviewed scores;
// - the demo rep has disputed a score of a recent call, quoting its words,
//   and asked for feedback on his latest Salesfinity call; both wait in
//   the manager's review queue.
import type { SqlConnection } from "../../lib/db/sql";
import { parseJsonColumn } from "../../lib/db/values";
import { CALL_PARTY_COLUMNS } from "../../lib/data/get-call";
import { createComment } from "../../lib/coaching/comments";
import type { CommentCall } from "../../lib/coaching/people";
import { requestFeedback } from "../../lib/coaching/feedback";
import { disputeScore, overrideScore, type ReviewCall, type Reviewer } from "../../lib/coaching/score-reviews";

export interface DemoCoachingPeople {
  managerEmail: string;
  repEmail: string;
  repId: number;
}

const CALL_COLUMNS = `c.id, c.vendor, c.external_id, c.rep_id, r.name AS rep_name, c.duration_sec, ${CALL_PARTY_COLUMNS}, c.overall_score`;

/** How far the manager moved each AI score he reviewed, in order: most within 10 points, some far off. */
const OVERRIDE_OFFSETS = [6, -4, 14, 3, -9, 2, 18, -5, 7, 1, -12, 4];
const OVERRIDE_REASONS = [
  "Listened to the whole call: the AI missed how well the objection was handled.",
  "The questions were there but shallow; I'd score it a bit lower.",
  "Strong close with a booked next step; the AI undervalued it.",
  "Agree with the AI here, small correction for the recap at the end.",
];

export async function seedDemoCoaching(sql: SqlConnection, people: DemoCoachingPeople): Promise<void> {
  const users = await sql.all<{ id: number; name: string; email: string; role: string; rep_id: number | null }>(
    `SELECT id, name, email, role, rep_id FROM users WHERE email IN (?, ?)`,
    [people.managerEmail, people.repEmail],
  );
  const managerUser = users.find((u) => u.email === people.managerEmail);
  const repUser = users.find((u) => u.email === people.repEmail);
  if (!managerUser || !repUser) return;
  const manager: Reviewer = { userId: Number(managerUser.id), name: managerUser.name, role: "manager", repId: null };
  const rep: Reviewer = { userId: Number(repUser.id), name: repUser.name, role: "rep", repId: people.repId };
  const [seeded] = await sql.all<{ one: number }>(
    `SELECT 1 AS one FROM call_comments WHERE author_user_id = ? UNION ALL SELECT 1 AS one FROM score_reviews WHERE created_by_user_id = ? LIMIT 1`,
    [manager.userId, manager.userId],
  );
  if (seeded) return;
  await seedComments(sql, people.repId, manager, rep);
  await seedOverrides(sql, people.repId, manager);
  await seedDispute(sql, people.repId, rep);
  await seedFeedbackRequest(sql, people.repId, rep);
}

async function seedComments(sql: SqlConnection, repId: number, manager: Reviewer, rep: Reviewer): Promise<void> {
  const calls = await sql.all<CommentCall & { second_line: number | null }>(
    `SELECT ${CALL_COLUMNS}, t.duration_ms / 4000.0 AS second_line
     FROM calls c JOIN reps r ON r.id = c.rep_id JOIN transcripts t ON t.call_id = c.id
     WHERE c.rep_id = ? AND c.deleted_at IS NULL ORDER BY c.started_at DESC LIMIT 2`,
    [repId],
  );
  const notes = [
    "Good opener here, @NAME: you gave a reason for the call before asking for time. Keep that.",
    "@NAME, this was the moment to ask who else signs off. Try it on your next call and tell me how it went.",
  ];
  for (const [i, call] of calls.entries()) {
    const at = Math.max(0, Math.round(Number(call.second_line ?? 10)));
    const root = await createComment(sql, call, { userId: manager.userId, name: manager.name }, { body: notes[i].replace("NAME", rep.name), startSec: at, mentions: [rep.userId] });
    if (i === 0 && root.id !== null) {
      await createComment(sql, call, { userId: rep.userId, name: rep.name }, { body: "Thanks, I'll open the next ones the same way.", parentId: root.id, mentions: [] });
    }
  }
}

/** One AI skill score on each of the latest scored calls of the demo rep's teammates, reviewed by the manager. */
async function seedOverrides(sql: SqlConnection, repId: number, manager: Reviewer): Promise<void> {
  const scores = await sql.all<ReviewCall & { skill_set: string; skill: string; score: number }>(
    `SELECT ${CALL_COLUMNS}, cs.skill_set, cs.skill, cs.score
     FROM calls c
     JOIN reps r ON r.id = c.rep_id
     JOIN call_scores cs ON cs.call_id = c.id
     WHERE r.team_id = (SELECT team_id FROM reps WHERE id = ?) AND r.id <> ? AND c.deleted_at IS NULL
       AND cs.skill_set IN ('salesfinity', 'analyses') AND NOT cs.insufficient_evidence
     ORDER BY c.started_at DESC, c.id, cs.skill
     LIMIT 300`,
    [repId, repId],
  );
  // The calls in order, each with its skills; the n-th call gets its n-th skill (round the list), so the reviews spread over the skills.
  const byCall = new Map<number, typeof scores>();
  for (const s of scores) byCall.set(Number(s.id), [...(byCall.get(Number(s.id)) ?? []), s]);
  for (const [i, skills] of [...byCall.values()].slice(0, OVERRIDE_OFFSETS.length).entries()) {
    const s = skills[i % skills.length];
    const newScore = Math.min(100, Math.max(0, Math.round(Number(s.score) + OVERRIDE_OFFSETS[i])));
    await overrideScore(sql, s, manager, { kind: "override", skillSet: s.skill_set, skill: s.skill, newScore, reason: OVERRIDE_REASONS[i % OVERRIDE_REASONS.length] });
  }
}

/**
 * The demo rep disputes the lowest score of a recent call of his with a
 * transcript and a score under 90 (nobody disputes a perfect one), quoting a
 * line of his: his latest such analysed call where the sync has one, else
 * such an ExecVision call but his latest (left for the walkthrough's own
 * dispute).
 */
async function seedDispute(sql: SqlConnection, repId: number, rep: Reviewer): Promise<void> {
  const [call] = await sql.all<ReviewCall & { segments: unknown }>(
    `SELECT ${CALL_COLUMNS}, t.segments
     FROM calls c JOIN reps r ON r.id = c.rep_id JOIN transcripts t ON t.call_id = c.id
     WHERE c.rep_id = ? AND c.deleted_at IS NULL AND c.vendor IN ('analyses', 'execvision')
       AND EXISTS (SELECT 1 FROM call_scores s WHERE s.call_id = c.id AND NOT s.insufficient_evidence AND s.score < 90)
       AND c.id <> COALESCE((SELECT l.id FROM calls l WHERE l.rep_id = c.rep_id AND l.vendor = 'execvision' AND l.deleted_at IS NULL ORDER BY l.started_at DESC, l.id DESC LIMIT 1), 0)
     ORDER BY CASE WHEN c.vendor = 'analyses' THEN 0 ELSE 1 END, c.started_at DESC
     LIMIT 1`,
    [repId],
  );
  if (!call) return;
  const [score] = await sql.all<{ skill_set: string; skill: string; score: number }>(
    `SELECT skill_set, skill, score FROM call_scores WHERE call_id = ? AND NOT insufficient_evidence ORDER BY score, skill_set, skill LIMIT 1`,
    [call.id],
  );
  const segments = parseJsonColumn<{ speaker?: string; startMs: number; endMs: number; text: string }[]>(call.segments) ?? [];
  const line = segments.find((s, i) => i > 0 && s.speaker === "rep" && s.text.split(" ").length >= 6) ?? segments[0];
  if (!score || !line) return;
  const quote = line.text.split(" ").slice(0, 12).join(" ");
  await disputeScore(sql, call, rep, {
    kind: "dispute",
    skillSet: score.skill_set,
    skill: score.skill,
    reason: "I handled this the way we practised in coaching: I named the concern back and answered it with the customer story.",
    quote,
    quoteStartSec: line.startMs / 1000,
    quoteEndSec: line.endMs / 1000,
    newScore: Math.min(100, Math.round(Number(score.score) + 20)),
  });
}

/** The demo rep asks for feedback on his latest Salesfinity call. */
async function seedFeedbackRequest(sql: SqlConnection, repId: number, rep: Reviewer): Promise<void> {
  const [call] = await sql.all<CommentCall>(
    `SELECT ${CALL_COLUMNS} FROM calls c JOIN reps r ON r.id = c.rep_id
     WHERE c.rep_id = ? AND c.vendor = 'salesfinity' AND c.deleted_at IS NULL ORDER BY c.started_at DESC LIMIT 1`,
    [repId],
  );
  if (!call) return;
  await requestFeedback(sql, call, rep, { note: "The prospect pushed back on price and I froze a little. How would you have answered?" });
}

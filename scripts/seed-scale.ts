// npm run seed:scale -- --calls 1000000 --reps 1000 --teams 100 [--transcripts 0.05] [--words 1500] [--days 180] [--database-url URL]
// Writes a deterministic, realistic dataset straight into an empty database,
// streaming and batching, then builds the rollups. Progress goes to stderr.
import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { applyMigrations } from "../lib/db/migrations";
import { insertRows, openSql, type SqlConnection, type SqlValue } from "../lib/db/sql";
import { loadEnvOrExit } from "../lib/env";
import { saveUser } from "../lib/people/users";
import { generateCalls, generateOrg, prng, SCORECARD_SKILLS, type ScaleCall, type ScaleOptions } from "../lib/scale/generate";
import { rebuildAllRollups } from "../lib/sync/store/rollups";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "1000000" },
    reps: { type: "string", default: "1000" },
    teams: { type: "string", default: "100" },
    transcripts: { type: "string", default: "0.05" },
    words: { type: "string", default: "1500" },
    days: { type: "string", default: "180" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string" },
  },
});
const url = values["database-url"] ?? loadEnvOrExit().DATABASE_URL;
const options: ScaleOptions = {
  calls: Number(values.calls),
  reps: Number(values.reps),
  teams: Number(values.teams),
  days: Number(values.days),
  transcriptShare: Number(values.transcripts),
  wordsPerTranscript: Number(values.words),
  seed: Number(values.seed),
  now: new Date(),
};
for (const [name, value] of Object.entries(options)) {
  if (typeof value === "number" && !(value >= 0)) {
    console.error(`--${name} must be a non-negative number`);
    process.exit(2);
  }
}

const BATCH = 5_000;
const started = performance.now();
const log = (line: string) => console.error(`[seed:scale ${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
const hash = (value: string) => createHash("sha1").update(value).digest("hex");

await applyMigrations(url);
const sql = await openSql(url);
const [{ n: existing }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM calls`);
if (Number(existing) > 0) {
  console.error(`The database already has ${existing} calls; seed:scale writes into an empty database (give it a fresh --database-url).`);
  process.exit(1);
}
if (sql.provider === "sqlite") {
  // A bulk load into a new file: durability per transaction is not needed.
  await sql.run("PRAGMA synchronous = OFF");
}

const now = options.now;
const org = generateOrg(options);
log(`${options.calls.toLocaleString("en-US")} calls, ${options.reps} reps, ${options.teams} teams, ${options.days} days, ${options.transcriptShare * 100}% with ${options.wordsPerTranscript}-word transcripts → ${sql.provider}`);

await sql.transaction(async (tx) => {
  await insertRows(tx, "teams", ["id", "name", "created_at", "updated_at"], org.teams.map((t) => [t.id, t.name, now, now]));
  await insertRows(tx, "reps", ["id", "email", "name", "team_id", "active", "created_at", "updated_at"], org.reps.map((r) => [r.id, r.email, r.name, r.teamId, true, now, now]));
  await insertRows(
    tx,
    "rep_identities",
    ["vendor", "external_id", "rep_id", "email", "active", "created_at", "updated_at"],
    org.reps.map((r) => [r.vendor, r.externalId, r.id, r.email, true, now, now]),
  );
});

const CALL_COLUMNS = ["id", "vendor", "external_id", "rep_id", "rep_external_id", "started_at", "ended_at", "duration_sec", "outcome", "overall_score", "talk_ratio", "questions_asked", "filler_words", "status", "raw", "content_hash", "created_at", "updated_at"];

async function writeBatch(tx: SqlConnection, calls: ScaleCall[]): Promise<void> {
  const reps = new Map(org.reps.map((r) => [r.id, r]));
  await insertRows(
    tx,
    "calls",
    CALL_COLUMNS,
    calls.map((c) => {
      const raw = JSON.stringify({ id: c.externalId, rep: reps.get(c.repId)!.externalId, started_at: c.startedAt.toISOString(), duration: c.durationSec, score: c.overallScore });
      return [c.id, c.vendor, c.externalId, c.repId, reps.get(c.repId)!.externalId, c.startedAt, new Date(c.startedAt.getTime() + c.durationSec * 1000), c.durationSec, c.outcome, c.overallScore, c.talkRatio, c.questionsAsked, c.fillerWords, "completed", raw, hash(raw), now, now] as SqlValue[];
    }),
  );
  await insertRows(tx, "call_scores", ["call_id", "skill_set", "skill", "label", "score", "insufficient_evidence"], calls.flatMap((c) => c.scores.map((s) => [c.id, s.skillSet, s.skill, s.label, s.score, false])));
  await insertRows(tx, "coaching_items", ["call_id", "kind", "facet", "text", "position"], calls.flatMap((c) => c.coaching.map((k, i) => [c.id, k.kind, k.facet, k.text, i])));
  const transcripts = calls.filter((c) => c.transcript);
  await insertRows(
    tx,
    "transcripts",
    ["call_id", "source", "segment_count", "word_count", "duration_ms", "segments", "words", "text", "content_hash", "created_at", "updated_at"],
    transcripts.map((c) => {
      const t = c.transcript!;
      const segments = JSON.stringify(t.segments);
      const words = t.words ? JSON.stringify(t.words) : null;
      return [c.id, "seed", t.segments.length, options.wordsPerTranscript, t.segments.at(-1)!.endMs, segments, words, t.text, hash(segments), now, now];
    }),
  );
}

let written = 0;
let transcriptsWritten = 0;
while (written < options.calls) {
  // A few batches per transaction keeps each commit short and the file growing steadily.
  await sql.transaction(async (tx) => {
    for (let i = 0; i < 4 && written < options.calls; i++) {
      const calls = generateCalls(options, org, written, BATCH);
      await writeBatch(tx, calls);
      written += calls.length;
      transcriptsWritten += calls.filter((c) => c.transcript).length;
    }
  });
  log(`${written.toLocaleString("en-US")} calls (${transcriptsWritten.toLocaleString("en-US")} transcripts)`);
}

// Coaching plans for a tenth of the ExecVision reps, with meetings scoring the plan's skills.
const planRandom = prng(options.seed + 7);
const coached = org.reps.filter((r) => r.vendor === "execvision").filter((_, i) => i % 10 === 0);
await sql.transaction(async (tx) => {
  let meetingId = 1;
  for (const [i, rep] of coached.entries()) {
    const start = new Date(now.getTime() - (options.days / 2) * 86_400_000);
    const skills = SCORECARD_SKILLS.slice(i % 2, (i % 2) + 2);
    const [plan] = await tx.all<{ id: number }>(
      `INSERT INTO coaching_plans (vendor, external_id, name, objective, start_date, coach_external_id, recipient_external_id, planned_meetings, completed_meetings, estimated_missed_meetings, vendor_updated_at, raw, content_hash)
       VALUES ('execvision', ?, ?, ?, ?, NULL, ?, 10, 5, 1, ?, '{}', ?) RETURNING id`,
      [`plan-${i + 1}`, `${skills.join(", ")} for ${rep.name}`, `${rep.name} should improve ${skills.join(" and ")}`, start, rep.externalId, now, hash(`plan-${i}`)],
    );
    await insertRows(tx, "coaching_plan_skills", ["plan_id", "skill_external_id", "name"], skills.map((s, k) => [plan.id, String(k + 1), s]));
    for (let m = 0; m < 5; m++) {
      const at = new Date(start.getTime() + m * 9 * 86_400_000);
      const [meeting] = await tx.all<{ id: number }>(
        `INSERT INTO coaching_meetings (vendor, external_id, plan_external_id, recipient_external_id, started_at, ended_at, questions, vendor_updated_at, raw, content_hash)
         VALUES ('execvision', ?, ?, ?, ?, ?, '[]', ?, '{}', ?) RETURNING id`,
        [String(meetingId++), `plan-${i + 1}`, rep.externalId, at, new Date(at.getTime() + 1_800_000), now, hash(`meeting-${meetingId}`)],
      );
      await insertRows(tx, "meeting_skill_scores", ["meeting_id", "skill", "score"], skills.map((s) => [meeting.id, s, Math.min(100, 40 + m * 10 + Math.round(planRandom() * 10))]));
    }
  }
});
log(`${coached.length} coaching plans`);

// The coaching loop at scale, from ids alone (no randomness): one AI score reviewed by a manager on every 499th
// call (499 is prime to the vendors' turn of five, so each vendor's calls get some), an open dispute of the overall
// score on every 5,000th, an open feedback request on every 4,000th, and a "reviewed" mark on every 50th. Written before the rollups, which take the reviewed scores in.
log("Writing the coaching loop's reviews, requests and marks...");
await sql.transaction(async (tx) => {
  const scored = await tx.all<{ call_id: number; skill_set: string; skill: string; score: number }>(
    `SELECT call_id, skill_set, skill, score FROM call_scores WHERE call_id % 499 = 0 AND skill_set IN ('salesfinity', 'analyses') ORDER BY call_id, skill`,
  );
  const byCall = new Map<number, typeof scored>();
  for (const s of scored) byCall.set(Number(s.call_id), [...(byCall.get(Number(s.call_id)) ?? []), s]);
  const reviewColumns = ["call_id", "skill_set", "skill", "kind", "state", "old_score", "new_score", "reason", "quote", "quote_start_sec", "quote_end_sec", "created_by_user_id", "created_at"];
  const overrides = [...byCall].map(([callId, skills]) => {
    const s = skills[callId % skills.length];
    const moved = Math.min(100, Math.max(0, Math.round(Number(s.score) + ((callId * 7) % 31) - 15)));
    return [callId, s.skill_set, s.skill, "override", "applied", Number(s.score), moved, "Reviewed at scale", null, null, null, 2, now];
  });
  await insertRows(tx, "score_reviews", reviewColumns, overrides);
  const [{ n: last }] = await tx.all<{ n: number }>(`SELECT MAX(id) AS n FROM calls`);
  const every = (step: number) => Array.from({ length: Math.floor(Number(last) / step) }, (_, k) => (k + 1) * step);
  await insertRows(tx, "score_reviews", reviewColumns, every(5000).map((callId) => [callId, null, null, "dispute", "open", null, null, "I disagree with this score", "the words quoted", 1, 2, 3, now]));
  await insertRows(tx, "feedback_requests", ["call_id", "requested_by_user_id", "note", "created_at"], every(4000).map((callId) => [callId, 3, "Feedback please", now]));
  await insertRows(tx, "call_review_marks", ["call_id", "user_id", "created_at"], every(50).map((callId) => [callId, 2, now]));
  log(`${overrides.length} reviewed scores, ${every(5000).length} open disputes, ${every(4000).length} feedback requests, ${every(50).length} review marks`);
});

log("Building the daily and weekly rollups...");
await sql.transaction((tx) => rebuildAllRollups(tx));
if (sql.provider === "postgresql") {
  for (const table of ["calls", "teams", "reps"]) await sql.all(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`);
  // As autovacuum would in time: the visibility map lets index-only scans (the calls list's scopes) skip the table.
  log("Vacuuming and analyzing...");
  await sql.run("VACUUM ANALYZE");
} else {
  await sql.run("ANALYZE");
}

// Sign-ins for each role, for the benchmark and for a look around.
const password = "coachboard-scale";
await saveUser(sql, { email: "admin@scale.example", name: "Scale Admin", role: "admin", password }, { replace: true });
await saveUser(sql, { email: "manager@scale.example", name: "Scale Manager", role: "manager", password, teamIds: [1, 2] }, { replace: true });
await saveUser(sql, { email: "rep@scale.example", name: org.reps[0].name, role: "rep", password, repId: 1 }, { replace: true });
await sql.close();
log(`Done: ${written.toLocaleString("en-US")} calls. Sign in as admin@scale.example, manager@scale.example or rep@scale.example with the password "${password}".`);

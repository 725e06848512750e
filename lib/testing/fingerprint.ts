// What a synced database holds, as sorted lines free of row ids and write
// times: two databases synced from the same vendors must print the same.
import type { SqlConnection } from "@/lib/db/sql";
import { rebuildAllRollups } from "@/lib/sync/store/rollups";
import type { RunningSimulators } from "@/simulators/types";

const QUERIES: Record<string, string> = {
  calls: `SELECT c.vendor, c.external_id, c.content_hash, c.deleted_at IS NULL AS live, r.email, c.overall_score, c.talk_ratio, c.questions_asked FROM calls c LEFT JOIN reps r ON r.id = c.rep_id`,
  transcripts: `SELECT c.vendor, c.external_id, t.content_hash, t.word_count, t.segment_count FROM transcripts t JOIN calls c ON c.id = t.call_id`,
  scores: `SELECT c.vendor, c.external_id, s.skill_set, s.skill, s.score FROM call_scores s JOIN calls c ON c.id = s.call_id`,
  insights: `SELECT c.vendor, c.external_id, i.gap_skill, i.lead IS NOT NULL AS lead FROM call_insights i JOIN calls c ON c.id = i.call_id`,
  coaching: `SELECT c.vendor, c.external_id, k.kind, k.position, k.text FROM coaching_items k JOIN calls c ON c.id = k.call_id`,
  identities: `SELECT i.vendor, i.external_id, r.email, i.active FROM rep_identities i JOIN reps r ON r.id = i.rep_id`,
  reps: `SELECT r.email, r.name, t.name AS team FROM reps r LEFT JOIN teams t ON t.id = r.team_id`,
  teams: `SELECT vendor, external_id, name, manager_external_id FROM teams`,
  departments: `SELECT vendor, external_id, name FROM departments`,
  deletedCalls: `SELECT vendor, external_id FROM deleted_calls`,
  answers: `SELECT vendor, result_id, question_external_id, content_hash, percent FROM scorecard_answers`,
  scorecards: `SELECT s.external_id, s.name, COUNT(q.id) AS questions FROM scorecards s LEFT JOIN scorecard_questions q ON q.scorecard_id = s.id GROUP BY s.external_id, s.name`,
  topics: `SELECT vendor, external_id, name, active FROM topics`,
  callTopics: `SELECT s.call_external_id, s.content_hash, COUNT(m.id) AS matches FROM call_topic_summaries s LEFT JOIN topic_matches m ON m.summary_id = s.id GROUP BY s.call_external_id, s.content_hash`,
  feedback: `SELECT external_id, content_hash FROM feedback`,
  listens: `SELECT external_id, content_hash FROM listens`,
  shares: `SELECT external_id, content_hash FROM shares`,
  plans: `SELECT p.external_id, p.content_hash, COUNT(s.id) AS skills FROM coaching_plans p LEFT JOIN coaching_plan_skills s ON s.plan_id = p.id GROUP BY p.external_id, p.content_hash`,
  meetings: `SELECT m.external_id, m.content_hash, (SELECT COUNT(*) FROM meeting_skill_scores s WHERE s.meeting_id = m.id) AS skills, (SELECT COUNT(*) FROM meeting_call_reviews r WHERE r.meeting_id = m.id) AS reviews FROM coaching_meetings m`,
  kpis: `SELECT external_id, content_hash FROM kpi_observations`,
  kpiDefinitions: `SELECT external_id, description FROM kpi_definitions`,
  analyses: `SELECT external_id, status, content_hash FROM analyses`,
};

function cell(value: unknown): string {
  if (value === null || value === undefined) return "∅";
  if (typeof value === "boolean") return value ? "1" : "0";
  // Sums of floats may differ in the last bits with the order they were added in.
  if (typeof value === "number" && !Number.isInteger(value)) return value.toFixed(3);
  return String(value);
}

function line(row: Record<string, unknown>): string {
  return Object.values(row).map(cell).join("|");
}

export async function fingerprint(sql: SqlConnection): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, query] of Object.entries(QUERIES)) out[name] = (await sql.all(query)).map(line).sort();
  return out;
}

/** Rows of a table that share a natural key: there must be none. */
export async function duplicateCalls(sql: SqlConnection): Promise<number> {
  const [row] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT vendor, external_id FROM calls GROUP BY vendor, external_id HAVING COUNT(*) > 1) d`);
  return Number(row.n);
}

/** The live calls of each vendor in the database against the simulators' current truth. */
export async function compareWithSimulators(sql: SqlConnection, sims: RunningSimulators, skip: Set<string> = new Set()) {
  const live = async (vendor: string) =>
    (await sql.all<{ external_id: string }>(`SELECT external_id FROM calls WHERE vendor = ? AND deleted_at IS NULL ORDER BY external_id`, [vendor])).map((r) => r.external_id);
  const ids = (records: { id?: string; _id?: string }[]) =>
    records
      .map((r) => String(r.id ?? r._id))
      .filter((id) => !skip.has(id))
      .sort();
  const analyses = sims.control.records("analyses") as { id: string; status: string }[];
  return {
    salesfinity: { db: await live("salesfinity"), vendor: ids(sims.control.records("salesfinity")) },
    execvision: { db: await live("execvision"), vendor: ids(sims.control.records("execvision")) },
    revont: { db: await live("revont"), vendor: ids(sims.control.records("revont")) },
    voiceAgent: { db: await live("voice-agent"), vendor: ids(sims.control.records("voice-agent")) },
    analysesCalls: { db: await live("analyses"), vendor: ids(analyses.filter((a) => a.status === "completed")) },
    analyses: {
      db: (await sql.all<{ external_id: string; status: string }>(`SELECT external_id, status FROM analyses ORDER BY external_id`)).map((r) => `${r.external_id}:${r.status}`),
      vendor: analyses
        .filter((a) => !skip.has(a.id))
        .map((a) => `${a.id}:${a.status}`)
        .sort(),
    },
  };
}

/** The rollups as stored, and as rebuilt from the calls right now: they must be equal. */
export async function rollupsAgainstCalls(sql: SqlConnection): Promise<{ stored: string[]; rebuilt: string[] }> {
  const read = async () => [
    ...(await sql.all(`SELECT grain, bucket, rep_id, vendor, calls, scored_calls, score_sum, talk_ratio_sum, talk_ratio_count, questions_sum, questions_count, fillers_sum, fillers_count FROM rep_stat_rollups`)).map(line),
    ...(await sql.all(`SELECT grain, bucket, skill_set, rep_id, skill, score_count, score_sum, insufficient_count FROM rep_skill_rollups`)).map(line),
  ].sort();
  const stored = await read();
  let rebuilt: string[] = [];
  await sql
    .transaction(async (tx) => {
      await rebuildAllRollups(tx);
      rebuilt = [
        ...(await tx.all(`SELECT grain, bucket, rep_id, vendor, calls, scored_calls, score_sum, talk_ratio_sum, talk_ratio_count, questions_sum, questions_count, fillers_sum, fillers_count FROM rep_stat_rollups`)).map(line),
        ...(await tx.all(`SELECT grain, bucket, skill_set, rep_id, skill, score_count, score_sum, insufficient_count FROM rep_skill_rollups`)).map(line),
      ].sort();
      throw new RollbackSignal();
    })
    .catch((error) => {
      if (!(error instanceof RollbackSignal)) throw error;
    });
  return { stored, rebuilt };
}

class RollbackSignal extends Error {}

/**
 * compareWithSimulators, once the analyses stand still: the simulator moves
 * analyses through their statuses on its clock (a few start or finish while a
 * test runs), so one that moved after the last pass fetched it is fetched
 * again, as the next pass would, before the statuses are compared.
 */
export async function settledComparison(harness: { sql: SqlConnection; sims: RunningSimulators; sync(options?: { streams?: string[] }): Promise<unknown> }, skip?: Set<string>) {
  let compared = await compareWithSimulators(harness.sql, harness.sims, skip);
  for (let attempt = 0; attempt < 3 && JSON.stringify(compared.analyses.db) !== JSON.stringify(compared.analyses.vendor); attempt++) {
    await harness.sync({ streams: ["analyses"] });
    compared = await compareWithSimulators(harness.sql, harness.sims, skip);
  }
  return compared;
}

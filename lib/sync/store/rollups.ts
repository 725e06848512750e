// Daily and weekly rollups per rep, recomputed from the calls they summarize
// in the same transaction that changed those calls, so they are never stale.
import "server-only";
import { dayBucket } from "@/lib/db/dialect";
import { type SqlConnection, type SqlValue, upsertRows } from "@/lib/db/sql";
import { defaultMapping } from "@/lib/domain/skills";
import { STANDING_REVIEWS } from "@/lib/domain/standing-reviews";

export interface RollupKey {
  repId: number;
  /** Days since 1970-01-01, UTC. */
  day: number;
}

export const DAY_MS = 86_400_000;

/** Weeks since 1970-01-01: day d is in week floor(d / 7). */
export function weekOfDay(day: number): number {
  return Math.floor(day / 7);
}

export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

const STAT_COLUMNS = `grain, bucket, rep_id, vendor, calls, scored_calls, score_sum, talk_ratio_sum, talk_ratio_count, questions_sum, questions_count, fillers_sum, fillers_count, unified_sum, unified_count`;
/**
 * A score as it counts in averages: vendors may send one outside 0-100 (it
 * is stored as sent and shown as such), but no average takes more than 100 or
 * less than 0 from one call.
 */
export function clampedScore(column: string): string {
  return `CASE WHEN ${column} > 100 THEN 100 WHEN ${column} < 0 THEN 0 ELSE ${column} END`;
}

/** Joins a call's standing review of its overall score as ov. */
const OVERALL_REVIEW = `LEFT JOIN ${STANDING_REVIEWS} ov ON ov.call_id = c.id AND ov.skill_set IS NULL AND ov.skill IS NULL`;
/** Joins a skill score's standing review as sr. */
const SKILL_REVIEW = `LEFT JOIN ${STANDING_REVIEWS} sr ON sr.call_id = s.call_id AND sr.skill_set = s.skill_set AND sr.skill = s.skill`;
const OVERALL = "COALESCE(ov.new_score, c.overall_score)";
const SKILL_SCORE = "COALESCE(sr.new_score, s.score)";
/** A reviewed score is a person's judgement: it counts even where the vendor had too little evidence. */
const INSUFFICIENT = "(sr.new_score IS NULL AND s.insufficient_evidence)";

const STAT_AGGREGATES = `COUNT(*), COUNT(${OVERALL}), COALESCE(SUM(${clampedScore(OVERALL)}), 0), COALESCE(SUM(c.talk_ratio), 0), COUNT(c.talk_ratio),
  COALESCE(SUM(c.questions_asked), 0), COUNT(c.questions_asked), COALESCE(SUM(c.filler_words), 0), COUNT(c.filler_words),
  COALESCE(SUM(uc.score), 0), COUNT(uc.score)`;
const STAT_SUMS = `SUM(calls), SUM(scored_calls), SUM(score_sum), SUM(talk_ratio_sum), SUM(talk_ratio_count),
  SUM(questions_sum), SUM(questions_count), SUM(fillers_sum), SUM(fillers_count), SUM(unified_sum), SUM(unified_count)`;

/**
 * Each call's score per Coachboard skill: the mean of the call's vendor
 * scores mapped onto it (insufficient-evidence ones left out; null when all
 * were), so a call counts once per skill however many of its vendor skills
 * map there. `where` narrows the calls (alias c).
 */
function unifiedPerCallSkill(provider: SqlConnection["provider"], where: string): string {
  return `SELECT c.id AS call_id, c.rep_id, ${dayBucket(provider, "c.started_at")} AS day, m.unified_skill AS skill,
      AVG(CASE WHEN ${INSUFFICIENT} THEN NULL ELSE ${clampedScore(SKILL_SCORE)} END) AS score
    FROM calls c JOIN call_scores s ON s.call_id = c.id ${SKILL_REVIEW}
    JOIN skill_mappings m ON m.skill_set = s.skill_set AND m.skill = s.skill AND m.unified_skill IS NOT NULL
    WHERE c.deleted_at IS NULL AND c.rep_id IS NOT NULL AND (${where})
    GROUP BY c.id, c.rep_id, ${dayBucket(provider, "c.started_at")}, m.unified_skill`;
}

/** Each call's unified score: the mean of its Coachboard skills' scores. Joined as uc. */
function unifiedPerCall(provider: SqlConnection["provider"], where: string): string {
  return `LEFT JOIN (SELECT u.call_id, AVG(u.score) AS score FROM (${unifiedPerCallSkill(provider, where)}) u GROUP BY u.call_id) uc ON uc.call_id = c.id`;
}

/** The day rows of the unified skill set, from the per-call skill scores. */
function unifiedSkillRows(provider: SqlConnection["provider"], where: string): string {
  return `SELECT 'day', u.day, 'unified', u.rep_id, u.skill, MIN(k.label), COUNT(u.score), COALESCE(SUM(u.score), 0),
      SUM(CASE WHEN u.score IS NULL THEN 1 ELSE 0 END)
    FROM (${unifiedPerCallSkill(provider, where)}) u JOIN skills k ON k.key = u.skill
    GROUP BY u.day, u.rep_id, u.skill`;
}

/**
 * Gives every vendor skill of these calls that has no mapping yet its
 * default one (the shipped mapping, else a match by name, else none), so a
 * new scorecard skill counts from its first score.
 */
async function ensureSkillMappings(sql: SqlConnection, where: string, params: readonly SqlValue[]): Promise<void> {
  const missing = await sql.all<{ skill_set: string; skill: string; label: string }>(
    `SELECT s.skill_set, s.skill, MIN(s.label) AS label FROM calls c JOIN call_scores s ON s.call_id = c.id
     LEFT JOIN skill_mappings m ON m.skill_set = s.skill_set AND m.skill = s.skill
     WHERE m.skill IS NULL AND (${where}) GROUP BY s.skill_set, s.skill`,
    params,
  );
  if (!missing.length) return;
  const now = new Date();
  await upsertRows(
    sql,
    { table: "skill_mappings", columns: ["skill_set", "skill", "label", "unified_skill", "origin", "updated_at"], conflict: ["skill_set", "skill"], update: [] },
    missing.map((m) => {
      const mapped = defaultMapping(m.skill_set, m.skill, m.label);
      return [m.skill_set, m.skill, m.label, mapped.unifiedSkill, mapped.origin, now];
    }),
  );
}

const SKILL_COLUMNS = `grain, bucket, skill_set, rep_id, skill, label, score_count, score_sum, insufficient_count`;
/**
 * A skill's scores as they count in averages. A facet the vendor marked as
 * scored on insufficient evidence (Salesfinity sends it as 0) says nothing of the
 * skill: it is left out of the sum and the count, and counted on its own.
 */
const SKILL_AGGREGATES = `SUM(CASE WHEN ${INSUFFICIENT} THEN 0 ELSE 1 END), COALESCE(SUM(CASE WHEN ${INSUFFICIENT} THEN 0 ELSE ${clampedScore(SKILL_SCORE)} END), 0),
  SUM(CASE WHEN ${INSUFFICIENT} THEN 1 ELSE 0 END)`;

/** A typed pair: PostgreSQL cannot infer parameter types inside VALUES. */
const PAIR = "(CAST(? AS INTEGER), CAST(? AS INTEGER))";

function uniqueKeys(keys: RollupKey[]): RollupKey[] {
  const seen = new Map<string, RollupKey>();
  for (const k of keys) seen.set(`${k.repId}:${k.day}`, k);
  return [...seen.values()];
}

/**
 * On PostgreSQL, vendors sync side by side in transactions of their own, and a
 * rep's rows hold every vendor's calls: two refreshes of one rep would each
 * delete the rows and insert them again, and the second insert would collide
 * with the first. A transaction-level lock (released at commit) takes them in
 * turn; each then reads what the one before committed. SQLite has one writer.
 */
async function lockRollups(sql: SqlConnection): Promise<void> {
  if (sql.provider === "postgresql") await sql.all(`SELECT pg_advisory_xact_lock(hashtext('coachboard:rollups')::bigint)`);
}

/** Recomputes the day rows of these (rep, day) keys from the calls, then their week rows from the days. */
export async function refreshRollups(sql: SqlConnection, keys: RollupKey[]): Promise<void> {
  const days = uniqueKeys(keys.filter((k) => Number.isFinite(k.repId) && Number.isFinite(k.day)));
  if (!days.length) return;
  await lockRollups(sql);
  const day = dayBucket(sql.provider, "c.started_at");
  for (let i = 0; i < days.length; i += 200) {
    const part = days.slice(i, i + 200);
    const pairs = part.map(() => PAIR).join(", ");
    const pairParams = part.flatMap((k) => [k.repId, k.day]);
    // Each key's calls lie between its day's midnights; the range keeps the index in play.
    const ranges = part.map(() => "(c.rep_id = ? AND c.started_at >= ? AND c.started_at < ?)").join(" OR ");
    const rangeParams = part.flatMap((k) => [k.repId, new Date(k.day * DAY_MS), new Date((k.day + 1) * DAY_MS)]);
    await sql.run(`DELETE FROM rep_stat_rollups WHERE grain = 'day' AND (rep_id, bucket) IN (VALUES ${pairs})`, pairParams);
    await sql.run(`DELETE FROM rep_skill_rollups WHERE grain = 'day' AND (rep_id, bucket) IN (VALUES ${pairs})`, pairParams);
    await ensureSkillMappings(sql, ranges, rangeParams);
    await sql.run(
      `INSERT INTO rep_stat_rollups (${STAT_COLUMNS})
       SELECT 'day', ${day}, c.rep_id, c.vendor, ${STAT_AGGREGATES}
       FROM calls c ${OVERALL_REVIEW} ${unifiedPerCall(sql.provider, ranges)} WHERE c.deleted_at IS NULL AND (${ranges})
       GROUP BY ${day}, c.rep_id, c.vendor`,
      [...rangeParams, ...rangeParams],
    );
    await sql.run(
      `INSERT INTO rep_skill_rollups (${SKILL_COLUMNS})
       SELECT 'day', ${day}, s.skill_set, c.rep_id, s.skill, MIN(s.label), ${SKILL_AGGREGATES}
       FROM calls c JOIN call_scores s ON s.call_id = c.id ${SKILL_REVIEW} WHERE c.deleted_at IS NULL AND (${ranges})
       GROUP BY ${day}, s.skill_set, c.rep_id, s.skill`,
      rangeParams,
    );
    await sql.run(`INSERT INTO rep_skill_rollups (${SKILL_COLUMNS}) ${unifiedSkillRows(sql.provider, ranges)}`, rangeParams);
  }
  const weeks = uniqueKeys(days.map((k) => ({ repId: k.repId, day: weekOfDay(k.day) })));
  for (let i = 0; i < weeks.length; i += 200) {
    const part = weeks.slice(i, i + 200);
    const pairs = part.map(() => PAIR).join(", ");
    const pairParams = part.flatMap((k) => [k.repId, k.day]);
    const ranges = part.map(() => "(rep_id = ? AND bucket >= ? AND bucket < ?)").join(" OR ");
    const rangeParams = part.flatMap((k) => [k.repId, k.day * 7, k.day * 7 + 7]);
    await sql.run(`DELETE FROM rep_stat_rollups WHERE grain = 'week' AND (rep_id, bucket) IN (VALUES ${pairs})`, pairParams);
    await sql.run(`DELETE FROM rep_skill_rollups WHERE grain = 'week' AND (rep_id, bucket) IN (VALUES ${pairs})`, pairParams);
    await sql.run(
      `INSERT INTO rep_stat_rollups (${STAT_COLUMNS})
       SELECT 'week', CAST(bucket / 7 AS INTEGER), rep_id, vendor, ${STAT_SUMS}
       FROM rep_stat_rollups WHERE grain = 'day' AND (${ranges}) GROUP BY CAST(bucket / 7 AS INTEGER), rep_id, vendor`,
      rangeParams,
    );
    await sql.run(
      `INSERT INTO rep_skill_rollups (${SKILL_COLUMNS})
       SELECT 'week', CAST(bucket / 7 AS INTEGER), skill_set, rep_id, skill, MIN(label), SUM(score_count), SUM(score_sum), SUM(insufficient_count)
       FROM rep_skill_rollups WHERE grain = 'day' AND (${ranges}) GROUP BY CAST(bucket / 7 AS INTEGER), skill_set, rep_id, skill`,
      rangeParams,
    );
  }
}

/** The (rep, day) keys of calls, read from the database. */
export async function rollupKeysOfCalls(sql: SqlConnection, callIds: number[]): Promise<RollupKey[]> {
  const keys: RollupKey[] = [];
  for (let i = 0; i < callIds.length; i += 500) {
    const part = callIds.slice(i, i + 500);
    const rows = await sql.all<{ rep_id: number; day: number }>(
      `SELECT DISTINCT c.rep_id, ${dayBucket(sql.provider, "c.started_at")} AS day FROM calls c WHERE c.rep_id IS NOT NULL AND c.id IN (${part.map(() => "?").join(", ")})`,
      part,
    );
    for (const r of rows) keys.push({ repId: Number(r.rep_id), day: Number(r.day) });
  }
  return keys;
}

/** Rebuilds every rollup from the calls (after a bulk load). */
export async function rebuildAllRollups(sql: SqlConnection): Promise<void> {
  await lockRollups(sql);
  const day = dayBucket(sql.provider, "c.started_at");
  await sql.run(`DELETE FROM rep_stat_rollups`);
  await sql.run(`DELETE FROM rep_skill_rollups`);
  await ensureSkillMappings(sql, "1 = 1", []);
  await sql.run(
    `INSERT INTO rep_stat_rollups (${STAT_COLUMNS})
     SELECT 'day', ${day}, c.rep_id, c.vendor, ${STAT_AGGREGATES} FROM calls c ${OVERALL_REVIEW} ${unifiedPerCall(sql.provider, "1 = 1")}
     WHERE c.deleted_at IS NULL AND c.rep_id IS NOT NULL GROUP BY ${day}, c.rep_id, c.vendor`,
  );
  await sql.run(
    `INSERT INTO rep_skill_rollups (${SKILL_COLUMNS})
     SELECT 'day', ${day}, s.skill_set, c.rep_id, s.skill, MIN(s.label), ${SKILL_AGGREGATES}
     FROM calls c JOIN call_scores s ON s.call_id = c.id ${SKILL_REVIEW} WHERE c.deleted_at IS NULL AND c.rep_id IS NOT NULL GROUP BY ${day}, s.skill_set, c.rep_id, s.skill`,
  );
  await sql.run(`INSERT INTO rep_skill_rollups (${SKILL_COLUMNS}) ${unifiedSkillRows(sql.provider, "1 = 1")}`);
  await sql.run(
    `INSERT INTO rep_stat_rollups (${STAT_COLUMNS})
     SELECT 'week', CAST(bucket / 7 AS INTEGER), rep_id, vendor, ${STAT_SUMS}
     FROM rep_stat_rollups WHERE grain = 'day' GROUP BY CAST(bucket / 7 AS INTEGER), rep_id, vendor`,
  );
  await sql.run(
    `INSERT INTO rep_skill_rollups (${SKILL_COLUMNS})
     SELECT 'week', CAST(bucket / 7 AS INTEGER), skill_set, rep_id, skill, MIN(label), SUM(score_count), SUM(score_sum), SUM(insufficient_count)
     FROM rep_skill_rollups WHERE grain = 'day' GROUP BY CAST(bucket / 7 AS INTEGER), skill_set, rep_id, skill`,
  );
}

// Whether a coaching plan works, and how much coaching it had: the rep's call
// scores on the plan's skills before the plan and since (from the daily and
// weekly rollups, which already hold a reviewed score in place of the vendor's),
// and the meetings, comments and score reviews since the plan began.
import "server-only";
import { placeholders, type SqlConnection, type SqlValue } from "@/lib/db/sql";
import { toDate } from "@/lib/db/values";
import { defaultMapping, skillKey } from "@/lib/domain/skills";
import { BEFORE_WINDOW_DAYS } from "@/lib/charts/shape";
import type { EffectSkill, PlanActivity, PlanEvidence } from "./dto-coaching-effect";
import { ratio } from "./get-leaderboard";
import { coverDays, coverSql, DAY_MS } from "./rollup-range";

/** Plans read in one statement: each is a few parts of a compound SELECT. */
const PLANS_PER_STATEMENT = 50;
/** A plan's skills compared, at most (ExecVision plans hold a handful). */
export const MAX_PLAN_SKILLS = 20;
/** Whose comments on a rep's calls count as coaching. */
const COACH_ROLES = "('manager', 'admin')";
const WEEK_MS = 7 * DAY_MS;

/** When a plan began, in SQL over coaching_plans `alias`: its start date, else its first held meeting. */
export function planStartSql(alias: string): string {
  return `COALESCE(${alias}.start_date, (SELECT MIN(m0.started_at) FROM coaching_meetings m0 WHERE m0.vendor = ${alias}.vendor AND m0.plan_external_id = ${alias}.external_id))`;
}

/** One decimal, the way rates and weeks are shown. */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** A total over the plan's weeks so far: weeks from the start to now, one at least, so a new plan's first days do not inflate the rate. */
export function activityRates(start: Date, now: Date, totals: { meetings: number; comments: number; reviews: number }): PlanActivity {
  const weeks = Math.max(1, (now.getTime() - start.getTime()) / WEEK_MS);
  const figure = (total: number) => ({ total, perWeek: oneDecimal(total / weeks) });
  return { weeks: oneDecimal(weeks), meetings: figure(totals.meetings), comments: figure(totals.comments), reviews: figure(totals.reviews) };
}

function literalId(id: number): string {
  if (!Number.isSafeInteger(id)) throw new Error(`not a plan id: ${id}`);
  return String(id);
}

interface EvidencePlan {
  id: number;
  repId: number;
  start: Date | null;
  skills: string[];
}

/**
 * Each plan's evidence, by plan id. The plans must be ones the viewer may see (the callers select them through
 * the viewer's scope); everything here is about the plan's own rep. Plans without a start get no figures.
 */
export async function getPlanEvidence(sql: SqlConnection, planIds: number[], now: Date = new Date()): Promise<Map<number, PlanEvidence>> {
  const out = new Map<number, PlanEvidence>();
  const ids = [...new Set(planIds)];
  for (let i = 0; i < ids.length; i += PLANS_PER_STATEMENT) {
    for (const [id, evidence] of await evidenceOf(sql, ids.slice(i, i + PLANS_PER_STATEMENT), now)) out.set(id, evidence);
  }
  return out;
}

async function evidenceOf(sql: SqlConnection, ids: number[], now: Date): Promise<Map<number, PlanEvidence>> {
  const out = new Map<number, PlanEvidence>();
  if (!ids.length) return out;
  const [planRows, skillRows] = await Promise.all([
    sql.all<{ id: number; rep_id: number; start_at: unknown }>(
      `SELECT p.id, i.rep_id, ${planStartSql("p")} AS start_at FROM coaching_plans p
       JOIN rep_identities i ON i.vendor = p.vendor AND i.external_id = p.recipient_external_id WHERE p.id IN (${placeholders(ids.length)})`,
      ids,
    ),
    sql.all<{ plan_id: number; name: string }>(`SELECT plan_id, name FROM coaching_plan_skills WHERE plan_id IN (${placeholders(ids.length)}) ORDER BY plan_id, id`, ids),
  ]);
  const plans: EvidencePlan[] = planRows.map((p) => ({
    id: Number(p.id),
    repId: Number(p.rep_id),
    start: toDate(p.start_at),
    skills: skillRows.filter((s) => Number(s.plan_id) === Number(p.id)).map((s) => s.name).slice(0, MAX_PLAN_SKILLS),
  }));
  const started = plans.filter((p): p is EvidencePlan & { start: Date } => p.start !== null);
  const unified = await unifiedSkillsOf(sql, [...new Set(started.flatMap((p) => p.skills))]);
  const [scores, activity] = await Promise.all([scoresOf(sql, started, unified, now), activityOf(sql, started, now)]);
  for (const plan of plans) {
    if (!plan.start) {
      out.set(plan.id, { effect: [], activity: null });
      continue;
    }
    const effect: EffectSkill[] = plan.skills.map((name) => {
      const key = unified.get(name) ?? null;
      const row = (phase: "before" | "since") => scores.find((r) => Number(r.plan_id) === plan.id && r.phase === phase && r.skill === key);
      const before = row("before");
      const since = row("since");
      // Two plan skills on one Coachboard skill share its figures.
      return {
        skill: name,
        before: before ? ratio(before.score_sum, before.n) : null,
        since: since ? ratio(since.score_sum, since.n) : null,
        beforeCalls: Number(before?.n ?? 0),
        sinceCalls: Number(since?.n ?? 0),
      };
    });
    const counts = activity.find((a) => Number(a.plan_id) === plan.id);
    out.set(plan.id, {
      effect,
      activity: activityRates(plan.start, now, { meetings: Number(counts?.meetings ?? 0), comments: Number(counts?.comments ?? 0), reviews: Number(counts?.reviews ?? 0) }),
    });
  }
  return out;
}

/**
 * The rep's scores on each plan's Coachboard skills, in the window before the plan's start day and from it to
 * today, summed over the rollups in SQL: one compound statement for every plan and window.
 */
async function scoresOf(sql: SqlConnection, plans: (EvidencePlan & { start: Date })[], unified: Map<string, string | null>, now: Date) {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const today = Math.floor(now.getTime() / DAY_MS);
  for (const plan of plans) {
    const asked = [...new Set(plan.skills.map((s) => unified.get(s)).filter((k): k is string => typeof k === "string"))];
    if (!asked.length) continue;
    const startDay = Math.floor(plan.start.getTime() / DAY_MS);
    const windows = [
      ["before", coverDays(startDay - BEFORE_WINDOW_DAYS, startDay - 1)],
      ["since", coverDays(startDay, today)],
    ] as const;
    for (const [phase, cover] of windows) {
      const where = coverSql(cover, "sk");
      parts.push(
        `SELECT ${literalId(plan.id)} AS plan_id, '${phase}' AS phase, sk.skill, SUM(sk.score_sum) AS score_sum, SUM(sk.score_count) AS n FROM rep_skill_rollups sk
         WHERE sk.rep_id = ? AND ${where.sql} AND sk.skill_set = 'unified' AND sk.skill IN (${placeholders(asked.length)}) GROUP BY sk.skill`,
      );
      params.push(plan.repId, ...where.params, ...asked);
    }
  }
  if (!parts.length) return [];
  return sql.all<{ plan_id: number; phase: string; skill: string; score_sum: number; n: number }>(parts.join(" UNION ALL "), params);
}

/**
 * Each plan's coaching so far, counted in SQL: its held meetings; the comments managers and admins left on the
 * rep's calls since the start (deleted ones not); the score reviews of the rep's calls written since the start.
 */
async function activityOf(sql: SqlConnection, plans: (EvidencePlan & { start: Date })[], now: Date) {
  if (!plans.length) return [];
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const plan of plans) {
    const id = literalId(plan.id);
    parts.push(
      `SELECT ${id} AS plan_id,
        (SELECT COUNT(*) FROM coaching_plans p JOIN coaching_meetings m ON m.vendor = p.vendor AND m.plan_external_id = p.external_id
          WHERE p.id = ${id} AND (m.started_at IS NOT NULL OR m.ended_at IS NOT NULL)) AS meetings,
        (SELECT COUNT(*) FROM call_comments cc JOIN calls c ON c.id = cc.call_id JOIN users u ON u.id = cc.author_user_id
          WHERE c.rep_id = ? AND c.deleted_at IS NULL AND cc.deleted_at IS NULL AND u.role IN ${COACH_ROLES} AND cc.created_at >= ? AND cc.created_at <= ?) AS comments,
        (SELECT COUNT(*) FROM score_reviews r JOIN calls c ON c.id = r.call_id
          WHERE c.rep_id = ? AND c.deleted_at IS NULL AND r.created_at >= ? AND r.created_at <= ?) AS reviews`,
    );
    params.push(plan.repId, plan.start, now, plan.repId, plan.start, now);
  }
  return sql.all<{ plan_id: number; meetings: number; comments: number; reviews: number }>(parts.join(" UNION ALL "), params);
}

/** The Coachboard skill each plan skill (an ExecVision skill name) counts towards: its mapping, else the default one. */
async function unifiedSkillsOf(sql: SqlConnection, names: string[]): Promise<Map<string, string | null>> {
  const keys = names.map(skillKey);
  const rows = keys.length
    ? await sql.all<{ skill: string; unified_skill: string | null }>(`SELECT skill, unified_skill FROM skill_mappings WHERE skill_set = 'scorecard' AND skill IN (${placeholders(keys.length)})`, keys)
    : [];
  const mapped = new Map(rows.map((r) => [r.skill, r.unified_skill]));
  return new Map(names.map((name, i) => [name, mapped.has(keys[i]) ? mapped.get(keys[i])! : defaultMapping("scorecard", keys[i], name).unifiedSkill]));
}

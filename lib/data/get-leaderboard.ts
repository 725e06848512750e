import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import type { SqlValue } from "@/lib/db/sql";
import { ANALYSIS_SCORES, SALESFINITY_FACETS, SKILL_SET_LABELS, SKILL_SETS, type SkillSet } from "@/lib/domain/skills";
import type { Vendor } from "@/lib/domain/vendors";
import { type Leaderboard, type LeaderboardRow, leaderboardSchema } from "./dto";
import { rankRows } from "./rank";
import { coverDays, coverSql, periodDays, rowWeekSql } from "./rollup-range";
import { repScope } from "./scope";

export interface LeaderboardParams {
  from: Date;
  to: Date;
  teamId?: number;
  vendor?: Vendor;
  minCalls: number;
  skillSet: SkillSet;
}

/** Which vendor a skill set's scores come from. */
export const SKILL_SET_VENDOR: Record<SkillSet, Vendor> = { salesfinity: "salesfinity", analyses: "analyses", scorecard: "execvision" };

/**
 * Reps ranked by average overall score over a period. Everything is summed in
 * SQL from the daily and weekly rollups, never from the calls themselves.
 */
export async function getLeaderboard(viewer: Viewer, params: LeaderboardParams): Promise<Leaderboard> {
  const sql = await getSql();
  const scope = repScope(viewer);
  const { fromDay, toDay } = periodDays(params.from, params.to);
  const cover = coverDays(fromDay, toDay);
  const where = [scope.sql];
  const args: SqlValue[] = [...scope.params];
  if (params.teamId) {
    where.push(`r.team_id = ?`);
    args.push(params.teamId);
  }
  const stats = coverSql(cover, "ro");
  const vendorClause = params.vendor ? " AND ro.vendor = ?" : "";
  const vendorArgs = params.vendor ? [params.vendor] : [];

  const reps = await sql.all<{ rep_id: number; name: string; team: string | null; calls: number; score_sum: number; scored: number; talk_sum: number; talk_n: number; q_sum: number; q_n: number; f_sum: number; f_n: number }>(
    `SELECT r.id AS rep_id, r.name, t.name AS team, SUM(ro.calls) AS calls, SUM(ro.score_sum) AS score_sum, SUM(ro.scored_calls) AS scored,
            SUM(ro.talk_ratio_sum) AS talk_sum, SUM(ro.talk_ratio_count) AS talk_n, SUM(ro.questions_sum) AS q_sum, SUM(ro.questions_count) AS q_n,
            SUM(ro.fillers_sum) AS f_sum, SUM(ro.fillers_count) AS f_n
     FROM rep_stat_rollups ro JOIN reps r ON r.id = ro.rep_id LEFT JOIN teams t ON t.id = r.team_id
     WHERE ${stats.sql}${vendorClause} AND ${where.join(" AND ")}
     GROUP BY r.id, r.name, t.name HAVING SUM(ro.calls) >= ?`,
    [...stats.params, ...vendorArgs, ...args, params.minCalls],
  );
  const skillsVisible = !params.vendor || SKILL_SET_VENDOR[params.skillSet] === params.vendor;
  const skillCover = coverSql(cover, "sk");
  const skills = skillsVisible
    ? await sql.all<{ rep_id: number; skill: string; label: string; score_sum: number; n: number }>(
        `SELECT sk.rep_id, sk.skill, MIN(sk.label) AS label, SUM(sk.score_sum) AS score_sum, SUM(sk.score_count) AS n
         FROM rep_skill_rollups sk JOIN reps r ON r.id = sk.rep_id
         WHERE ${skillCover.sql} AND sk.skill_set = ? AND ${where.join(" AND ")}
         GROUP BY sk.rep_id, sk.skill`,
        [...skillCover.params, params.skillSet, ...args],
      )
    : [];
  const weeks = await sql.all<{ rep_id: number; week: number; score_sum: number; scored: number }>(
    `SELECT ro.rep_id, ${rowWeekSql("ro")} AS week, SUM(ro.score_sum) AS score_sum, SUM(ro.scored_calls) AS scored
     FROM rep_stat_rollups ro JOIN reps r ON r.id = ro.rep_id
     WHERE ${stats.sql}${vendorClause} AND ${where.join(" AND ")}
     GROUP BY ro.rep_id, ${rowWeekSql("ro")}`,
    [...stats.params, ...vendorArgs, ...args],
  );
  const teams = await sql.all<{ id: number; name: string }>(
    viewer.role === "admin" ? `SELECT id, name FROM teams ORDER BY name` : `SELECT t.id, t.name FROM teams t WHERE t.id IN (${viewer.teamIds.map(() => "?").join(", ") || "NULL"}) ORDER BY t.name`,
    viewer.role === "admin" ? [] : viewer.teamIds,
  );

  const firstWeek = Math.floor(fromDay / 7);
  const weekCount = Math.floor(toDay / 7) - firstWeek + 1;
  const skillColumns = columnsFor(params.skillSet, skills);
  const bySkill = new Map<number, Record<string, number | null>>();
  for (const s of skills) {
    const entry = bySkill.get(Number(s.rep_id)) ?? {};
    entry[s.skill] = ratio(s.score_sum, s.n);
    bySkill.set(Number(s.rep_id), entry);
  }
  const trend = new Map<number, (number | null)[]>();
  for (const w of weeks) {
    const series = trend.get(Number(w.rep_id)) ?? new Array<number | null>(weekCount).fill(null);
    const index = Number(w.week) - firstWeek;
    if (index >= 0 && index < weekCount) series[index] = ratio(w.score_sum, w.scored);
    trend.set(Number(w.rep_id), series);
  }
  const rows: Omit<LeaderboardRow, "rank">[] = reps.map((r) => ({
    repId: Number(r.rep_id),
    name: r.name,
    team: r.team,
    calls: Number(r.calls),
    avgScore: ratio(r.score_sum, r.scored),
    skills: Object.fromEntries(skillColumns.map((c) => [c.skill, bySkill.get(Number(r.rep_id))?.[c.skill] ?? null])),
    talkRatio: ratio(r.talk_sum, r.talk_n, 3),
    questionsAsked: ratio(r.q_sum, r.q_n),
    fillerWords: ratio(r.f_sum, r.f_n),
    trend: trend.get(Number(r.rep_id)) ?? new Array<number | null>(weekCount).fill(null),
  }));
  return leaderboardSchema.parse({
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    skillSet: params.skillSet,
    skillSets: SKILL_SETS.map((value) => ({ value, label: SKILL_SET_LABELS[value] })),
    skills: skillColumns,
    teams: teams.map((t) => ({ id: Number(t.id), name: t.name })),
    rows: rankRows(rows),
  });
}

/** sum / count, rounded; null when nothing was counted. */
export function ratio(sum: unknown, count: unknown, digits = 1): number | null {
  const n = Number(count);
  if (!n) return null;
  const f = 10 ** digits;
  return Math.round((Number(sum) / n) * f) / f;
}

/** The skill columns of a set: the fixed six for the AI scores, the skills that occur for scorecards. */
function columnsFor(skillSet: SkillSet, found: { skill: string; label: string }[]): { skill: string; label: string }[] {
  if (skillSet === "salesfinity") return SALESFINITY_FACETS.map(({ skill, label }) => ({ skill, label }));
  if (skillSet === "analyses") return ANALYSIS_SCORES.map(({ skill, label }) => ({ skill, label }));
  const labels = new Map<string, string>();
  for (const s of found) labels.set(s.skill, s.label);
  return [...labels].map(([skill, label]) => ({ skill, label })).sort((a, b) => a.label.localeCompare(b.label));
}

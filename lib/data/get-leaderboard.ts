import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { weekBucket } from "@/lib/db/dialect";
import type { SqlValue } from "@/lib/db/sql";
import { toNumber } from "@/lib/db/values";
import { ANALYSIS_SCORES, SALESFINITY_FACETS, SKILL_SET_LABELS, SKILL_SETS, type SkillSet } from "@/lib/domain/skills";
import type { Vendor } from "@/lib/domain/vendors";
import { type Leaderboard, type LeaderboardRow, leaderboardSchema } from "./dto";
import { rankRows } from "./rank";
import { callScope } from "./scope";

export interface LeaderboardParams {
  from: Date;
  to: Date;
  teamId?: number;
  vendor?: Vendor;
  minCalls: number;
  skillSet: SkillSet;
}

const WEEK_MS = 7 * 86_400_000;

/** Reps ranked by average overall score over a period; every aggregate is computed in SQL. */
export async function getLeaderboard(viewer: Viewer, params: LeaderboardParams): Promise<Leaderboard> {
  const sql = await getSql();
  const scope = callScope(viewer);
  const where = [`c.deleted_at IS NULL`, `c.started_at >= ?`, `c.started_at < ?`, `c.rep_id IS NOT NULL`, scope.sql];
  const args: SqlValue[] = [params.from, params.to, ...scope.params];
  if (params.teamId) {
    where.push(`r.team_id = ?`);
    args.push(params.teamId);
  }
  if (params.vendor) {
    where.push(`c.vendor = ?`);
    args.push(params.vendor);
  }
  const filter = where.join(" AND ");
  const from = `FROM calls c JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id WHERE ${filter}`;

  const reps = await sql.all<{ rep_id: number; name: string; team: string | null; calls: number; avg_score: number | null; talk_ratio: number | null; questions: number | null; fillers: number | null }>(
    `SELECT r.id AS rep_id, r.name, t.name AS team, COUNT(*) AS calls, AVG(c.overall_score) AS avg_score, AVG(c.talk_ratio) AS talk_ratio,
            AVG(c.questions_asked) AS questions, AVG(c.filler_words) AS fillers
     ${from} GROUP BY r.id, r.name, t.name HAVING COUNT(*) >= ?`,
    [...args, params.minCalls],
  );
  const skills = await sql.all<{ rep_id: number; skill: string; label: string; score: number }>(
    `SELECT r.id AS rep_id, s.skill, MIN(s.label) AS label, AVG(s.score) AS score
     FROM call_scores s JOIN calls c ON c.id = s.call_id JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id
     WHERE ${filter} AND s.skill_set = ? GROUP BY r.id, s.skill`,
    [...args, params.skillSet],
  );
  const week = weekBucket(sql.provider, "c.started_at");
  const weeks = await sql.all<{ rep_id: number; week: number; score: number | null }>(
    `SELECT r.id AS rep_id, ${week} AS week, AVG(c.overall_score) AS score ${from} GROUP BY r.id, ${week}`,
    args,
  );
  const teams = await sql.all<{ id: number; name: string }>(
    viewer.role === "admin" ? `SELECT id, name FROM teams ORDER BY name` : `SELECT t.id, t.name FROM teams t WHERE t.id IN (${viewer.teamIds.map(() => "?").join(", ") || "NULL"}) ORDER BY t.name`,
    viewer.role === "admin" ? [] : viewer.teamIds,
  );

  const firstWeek = Math.floor(params.from.getTime() / WEEK_MS);
  const weekCount = Math.max(1, Math.floor((params.to.getTime() - 1) / WEEK_MS) - firstWeek + 1);
  const skillColumns = columnsFor(params.skillSet, skills);
  const bySkill = new Map<number, Record<string, number | null>>();
  for (const s of skills) {
    const entry = bySkill.get(Number(s.rep_id)) ?? {};
    entry[s.skill] = round(toNumber(s.score));
    bySkill.set(Number(s.rep_id), entry);
  }
  const trend = new Map<number, (number | null)[]>();
  for (const w of weeks) {
    const series = trend.get(Number(w.rep_id)) ?? new Array<number | null>(weekCount).fill(null);
    const index = Number(w.week) - firstWeek;
    if (index >= 0 && index < weekCount) series[index] = round(toNumber(w.score));
    trend.set(Number(w.rep_id), series);
  }
  const rows: Omit<LeaderboardRow, "rank">[] = reps.map((r) => ({
    repId: Number(r.rep_id),
    name: r.name,
    team: r.team,
    calls: Number(r.calls),
    avgScore: round(toNumber(r.avg_score)),
    skills: Object.fromEntries(skillColumns.map((c) => [c.skill, bySkill.get(Number(r.rep_id))?.[c.skill] ?? null])),
    talkRatio: round(toNumber(r.talk_ratio), 3),
    questionsAsked: round(toNumber(r.questions)),
    fillerWords: round(toNumber(r.fillers)),
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

/** The skill columns of a set: the fixed six for the AI scores, the skills that occur for scorecards. */
function columnsFor(skillSet: SkillSet, found: { skill: string; label: string }[]): { skill: string; label: string }[] {
  if (skillSet === "salesfinity") return SALESFINITY_FACETS.map(({ skill, label }) => ({ skill, label }));
  if (skillSet === "analyses") return ANALYSIS_SCORES.map(({ skill, label }) => ({ skill, label }));
  const labels = new Map<string, string>();
  for (const s of found) labels.set(s.skill, s.label);
  return [...labels].map(([skill, label]) => ({ skill, label })).sort((a, b) => a.label.localeCompare(b.label));
}

function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

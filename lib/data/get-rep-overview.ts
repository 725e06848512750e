import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { weekBucket } from "@/lib/db/dialect";
import { toDate, toNumber } from "@/lib/db/values";
import { ANALYSIS_SCORES, SALESFINITY_FACETS, SKILL_SET_LABELS, SKILL_SETS, type SkillSet } from "@/lib/domain/skills";
import { type RepOverview, repOverviewSchema } from "./dto";
import { repScope } from "./scope";

const WEEK_MS = 7 * 86_400_000;

export interface RepOverviewParams {
  from: Date;
  to: Date;
  skillSet?: SkillSet;
}

function round(value: unknown, digits = 1): number | null {
  const n = toNumber(value);
  if (n === null) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export async function findVisibleRep(viewer: Viewer, repId: number) {
  const sql = await getSql();
  const scope = repScope(viewer);
  const [rep] = await sql.all<{ id: number; name: string; email: string | null; team_id: number | null; team: string | null }>(
    `SELECT r.id, r.name, r.email, r.team_id, t.name AS team FROM reps r LEFT JOIN teams t ON t.id = r.team_id WHERE r.id = ? AND ${scope.sql}`,
    [repId, ...scope.params],
  );
  return rep ?? null;
}

/** A rep's skills against their team's, trend, coaching themes and plans. Null when the viewer may not see the rep. */
export async function getRepOverview(viewer: Viewer, repId: number, params: RepOverviewParams): Promise<RepOverview | null> {
  const rep = await findVisibleRep(viewer, repId);
  if (!rep) return null;
  const sql = await getSql();
  const period = [params.from, params.to];
  const live = `c.deleted_at IS NULL AND c.started_at >= ? AND c.started_at < ?`;
  // The team average is over the rep's team; a rep with no team is compared with everyone the viewer sees.
  const teamScope = rep.team_id !== null ? { sql: "r.team_id = ?", params: [Number(rep.team_id)] } : repScope(viewer);

  const setCounts = await sql.all<{ skill_set: string; calls: number }>(
    `SELECT s.skill_set, COUNT(DISTINCT s.call_id) AS calls FROM call_scores s JOIN calls c ON c.id = s.call_id WHERE c.rep_id = ? AND ${live} GROUP BY s.skill_set`,
    [repId, ...period],
  );
  const counts = new Map(setCounts.map((s) => [s.skill_set, Number(s.calls)]));
  const skillSet = params.skillSet ?? [...SKILL_SETS].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];

  const repSkills = await sql.all<{ skill: string; label: string; score: number }>(
    `SELECT s.skill, MIN(s.label) AS label, AVG(s.score) AS score FROM call_scores s JOIN calls c ON c.id = s.call_id
     WHERE c.rep_id = ? AND ${live} AND s.skill_set = ? GROUP BY s.skill`,
    [repId, ...period, skillSet],
  );
  const teamSkills = await sql.all<{ skill: string; label: string; score: number }>(
    `SELECT s.skill, MIN(s.label) AS label, AVG(s.score) AS score FROM call_scores s JOIN calls c ON c.id = s.call_id JOIN reps r ON r.id = c.rep_id
     WHERE ${teamScope.sql} AND ${live} AND s.skill_set = ? GROUP BY s.skill`,
    [...teamScope.params, ...period, skillSet],
  );
  const fixed = skillSet === "salesfinity" ? SALESFINITY_FACETS : skillSet === "analyses" ? ANALYSIS_SCORES : null;
  const axes = fixed
    ? fixed.map(({ skill, label }) => ({ skill, label }))
    : [...new Map([...teamSkills, ...repSkills].map((s) => [s.skill, s.label])).entries()].map(([skill, label]) => ({ skill, label })).sort((a, b) => a.label.localeCompare(b.label));
  const repBySkill = new Map(repSkills.map((s) => [s.skill, round(s.score)]));
  const teamBySkill = new Map(teamSkills.map((s) => [s.skill, round(s.score)]));

  const week = weekBucket(sql.provider, "c.started_at");
  const repWeeks = await sql.all<{ week: number; score: number | null; calls: number }>(
    `SELECT ${week} AS week, AVG(c.overall_score) AS score, COUNT(*) AS calls FROM calls c WHERE c.rep_id = ? AND ${live} GROUP BY ${week}`,
    [repId, ...period],
  );
  const teamWeeks = await sql.all<{ week: number; score: number | null }>(
    `SELECT ${week} AS week, AVG(c.overall_score) AS score FROM calls c JOIN reps r ON r.id = c.rep_id WHERE ${teamScope.sql} AND ${live} GROUP BY ${week}`,
    [...teamScope.params, ...period],
  );
  const firstWeek = Math.floor(params.from.getTime() / WEEK_MS);
  const lastWeek = Math.floor((params.to.getTime() - 1) / WEEK_MS);
  const repByWeek = new Map(repWeeks.map((w) => [Number(w.week), w]));
  const teamByWeek = new Map(teamWeeks.map((w) => [Number(w.week), round(w.score)]));
  const trend = [];
  for (let w = firstWeek; w <= lastWeek; w++) {
    trend.push({ weekStart: new Date(w * WEEK_MS).toISOString(), rep: round(repByWeek.get(w)?.score ?? null), team: teamByWeek.get(w) ?? null, calls: Number(repByWeek.get(w)?.calls ?? 0) });
  }

  const [stats] = await sql.all<{ calls: number; score: number | null; talk: number | null; questions: number | null; fillers: number | null }>(
    `SELECT COUNT(*) AS calls, AVG(c.overall_score) AS score, AVG(c.talk_ratio) AS talk, AVG(c.questions_asked) AS questions, AVG(c.filler_words) AS fillers FROM calls c WHERE c.rep_id = ? AND ${live}`,
    [repId, ...period],
  );
  const coaching = await sql.all<{ kind: "win" | "opportunity" | "drill"; text: string; facet: string | null; n: number; last_at: unknown }>(
    `SELECT k.kind, k.text, MIN(k.facet) AS facet, COUNT(*) AS n, MAX(c.started_at) AS last_at FROM coaching_items k JOIN calls c ON c.id = k.call_id
     WHERE c.rep_id = ? AND ${live} GROUP BY k.kind, k.text ORDER BY COUNT(*) DESC, MAX(c.started_at) DESC`,
    [repId, ...period],
  );
  const perKind = new Map<string, number>();
  const topCoaching = coaching.filter((item) => {
    const seen = perKind.get(item.kind) ?? 0;
    perKind.set(item.kind, seen + 1);
    return seen < 6;
  });
  const plans = await sql.all<{ id: number; name: string; completed_meetings: number | null; planned_meetings: number | null }>(
    `SELECT p.id, p.name, p.completed_meetings, p.planned_meetings FROM coaching_plans p
     WHERE EXISTS (SELECT 1 FROM rep_identities i WHERE i.rep_id = ? AND i.vendor = p.vendor AND i.external_id = p.recipient_external_id) ORDER BY p.start_date DESC`,
    [repId],
  );

  return repOverviewSchema.parse({
    rep: { id: Number(rep.id), name: rep.name, email: rep.email, team: rep.team, teamId: rep.team_id === null ? null : Number(rep.team_id) },
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    skillSet,
    skillSets: SKILL_SETS.map((value) => ({ value, label: SKILL_SET_LABELS[value], calls: counts.get(value) ?? 0 })),
    radar: axes.map((a) => ({ ...a, rep: repBySkill.get(a.skill) ?? null, team: teamBySkill.get(a.skill) ?? null })),
    trend,
    stats: { calls: Number(stats.calls), avgScore: round(stats.score), talkRatio: round(stats.talk, 3), questionsAsked: round(stats.questions), fillerWords: round(stats.fillers) },
    coaching: topCoaching.map((c) => ({ kind: c.kind, text: c.text, facet: c.facet, count: Number(c.n), lastAt: toDate(c.last_at)!.toISOString() })),
    plans: plans.map((p) => ({ id: Number(p.id), name: p.name, completedMeetings: toNumber(p.completed_meetings), plannedMeetings: toNumber(p.planned_meetings) })),
  });
}

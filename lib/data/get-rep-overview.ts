import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { toDate, toNumber } from "@/lib/db/values";
import { ANALYSIS_SCORES, SALESFINITY_FACETS, SKILL_SET_LABELS, SKILL_SETS, type SkillSet } from "@/lib/domain/skills";
import { getPlanEvidence, planStartSql } from "./coaching-effect";
import { type RepOverview, repOverviewSchema } from "./dto";
import { ratio } from "./get-leaderboard";
import { coverDays, coverSql, DAY_MS, dataWeeks, periodDays, rowWeekSql } from "./rollup-range";
import { repScope } from "./scope";
import { reviewedScoresByRep } from "./reviewed-scores";

export interface RepOverviewParams {
  from: Date;
  to: Date;
  skillSet?: SkillSet;
  /** When "now" is, for the plans' weeks so far and their "since" scores; the clock's by default. */
  now?: Date;
}

/** A rep's plans listed on their page at most, the most recent first. */
export const MAX_REP_PLANS = 20;

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
  const { fromDay, toDay } = periodDays(params.from, params.to);
  const cover = coverDays(fromDay, toDay);
  const sk = coverSql(cover, "sk");
  const ro = coverSql(cover, "ro");
  // The team average is over the rep's team; a rep with no team is compared with everyone the viewer sees.
  const teamScope = rep.team_id !== null ? { sql: "r.team_id = ?", params: [Number(rep.team_id)] } : repScope(viewer);

  const setCounts = await sql.all<{ skill_set: string; calls: number }>(
    `SELECT skill_set, MAX(n) AS calls FROM (SELECT sk.skill_set, sk.skill, SUM(sk.score_count) AS n FROM rep_skill_rollups sk
     WHERE sk.rep_id = ? AND ${sk.sql} GROUP BY sk.skill_set, sk.skill) per_skill GROUP BY skill_set`,
    [repId, ...sk.params],
  );
  const counts = new Map(setCounts.map((s) => [s.skill_set, Number(s.calls)]));
  // Coachboard's own skills (every source) unless asked otherwise; a source's own set when only it has scores yet.
  const skillSet = params.skillSet ?? (counts.get("unified") ? "unified" : [...SKILL_SETS].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]);

  const repSkillsQuery = sql.all<{ skill: string; label: string; score_sum: number; n: number; insufficient: number }>(
    `SELECT sk.skill, MIN(sk.label) AS label, SUM(sk.score_sum) AS score_sum, SUM(sk.score_count) AS n, SUM(sk.insufficient_count) AS insufficient FROM rep_skill_rollups sk
     WHERE sk.rep_id = ? AND ${sk.sql} AND sk.skill_set = ? GROUP BY sk.skill`,
    [repId, ...sk.params, skillSet],
  );
  const teamSkillsQuery = sql.all<{ skill: string; label: string; score_sum: number; n: number }>(
    `SELECT sk.skill, MIN(sk.label) AS label, SUM(sk.score_sum) AS score_sum, SUM(sk.score_count) AS n FROM rep_skill_rollups sk JOIN reps r ON r.id = sk.rep_id
     WHERE ${teamScope.sql} AND ${sk.sql} AND sk.skill_set = ? GROUP BY sk.skill`,
    [...teamScope.params, ...sk.params, skillSet],
  );
  const week = rowWeekSql("ro");
  const repWeeksQuery = sql.all<{ week: number; score_sum: number; scored: number; calls: number }>(
    `SELECT ${week} AS week, SUM(ro.unified_sum) AS score_sum, SUM(ro.unified_count) AS scored, SUM(ro.calls) AS calls FROM rep_stat_rollups ro
     WHERE ro.rep_id = ? AND ${ro.sql} GROUP BY ${week}`,
    [repId, ...ro.params],
  );
  const teamWeeksQuery = sql.all<{ week: number; score_sum: number; scored: number }>(
    `SELECT ${week} AS week, SUM(ro.unified_sum) AS score_sum, SUM(ro.unified_count) AS scored FROM rep_stat_rollups ro JOIN reps r ON r.id = ro.rep_id
     WHERE ${teamScope.sql} AND ${ro.sql} GROUP BY ${week}`,
    [...teamScope.params, ...ro.params],
  );
  const statsQuery = sql.all<{ calls: number; score_sum: number; scored: number; talk_sum: number; talk_n: number; q_sum: number; q_n: number; f_sum: number; f_n: number }>(
    `SELECT COALESCE(SUM(ro.calls), 0) AS calls, SUM(ro.unified_sum) AS score_sum, SUM(ro.unified_count) AS scored, SUM(ro.talk_ratio_sum) AS talk_sum, SUM(ro.talk_ratio_count) AS talk_n,
            SUM(ro.questions_sum) AS q_sum, SUM(ro.questions_count) AS q_n, SUM(ro.fillers_sum) AS f_sum, SUM(ro.fillers_count) AS f_n
     FROM rep_stat_rollups ro WHERE ro.rep_id = ? AND ${ro.sql}`,
    [repId, ...ro.params],
  );
  const coachingQuery = sql.all<{ kind: "win" | "opportunity" | "drill"; text: string; facet: string | null; n: number; last_at: unknown }>(
    `SELECT k.kind, k.text, MIN(k.facet) AS facet, COUNT(*) AS n, MAX(c.started_at) AS last_at FROM coaching_items k JOIN calls c ON c.id = k.call_id
     WHERE c.rep_id = ? AND ${live} GROUP BY k.kind, k.text ORDER BY COUNT(*) DESC, MAX(c.started_at) DESC`,
    [repId, ...period],
  );
  const plansQuery = sql.all<{ id: number; name: string; start_date: unknown; completed_meetings: number | null; planned_meetings: number | null }>(
    `SELECT p.id, p.name, ${planStartSql("p")} AS start_date, p.completed_meetings, p.planned_meetings FROM coaching_plans p
     WHERE EXISTS (SELECT 1 FROM rep_identities i WHERE i.rep_id = ? AND i.vendor = p.vendor AND i.external_id = p.recipient_external_id) ORDER BY p.start_date DESC, p.id DESC LIMIT ${MAX_REP_PLANS}`,
    [repId],
  );
  const unifiedSkillsQuery = skillSet === "unified" ? sql.all<{ key: string; label: string }>(`SELECT key, label FROM skills ORDER BY position, key`) : Promise.resolve([]);
  // Independent reads: on PostgreSQL they run side by side on the pool.
  const reviewedQuery = reviewedScoresByRep(sql, { from: params.from, to: params.to, where: " AND c.rep_id = ?", params: [repId] });
  const [repSkills, teamSkills, repWeeks, teamWeeks, [stats], coaching, plans, unifiedSkills, reviewed] = await Promise.all([
    repSkillsQuery,
    teamSkillsQuery,
    repWeeksQuery,
    teamWeeksQuery,
    statsQuery,
    coachingQuery,
    plansQuery,
    unifiedSkillsQuery,
    reviewedQuery,
  ]);
  // The plans' evidence is the same whatever the period: the rep's scores before each plan and since.
  const evidence = await getPlanEvidence(sql, plans.map((p) => Number(p.id)), params.now);
  const fixed =
    skillSet === "unified" ? unifiedSkills.map((s) => ({ skill: s.key, label: s.label })) : skillSet === "salesfinity" ? SALESFINITY_FACETS : skillSet === "analyses" ? ANALYSIS_SCORES : null;
  const axes = fixed
    ? fixed.map(({ skill, label }) => ({ skill, label }))
    : [...new Map([...teamSkills, ...repSkills].map((s) => [s.skill, s.label])).entries()].map(([skill, label]) => ({ skill, label })).sort((a, b) => a.label.localeCompare(b.label));
  const repBySkill = new Map(repSkills.map((s) => [s.skill, ratio(s.score_sum, s.n)]));
  const insufficientBySkill = new Map(repSkills.map((s) => [s.skill, Number(s.insufficient ?? 0)]));
  const teamBySkill = new Map(teamSkills.map((s) => [s.skill, ratio(s.score_sum, s.n)]));

  const repByWeek = new Map(repWeeks.map((w) => [Number(w.week), w]));
  const teamByWeek = new Map(teamWeeks.map((w) => [Number(w.week), ratio(w.score_sum, w.scored)]));
  // From the first to the last week with calls of the rep or their team: a period reaching far past
  // the data draws the weeks that have some, not one empty point for every week it names.
  const [firstWeek, lastWeek] = dataWeeks([...repByWeek.keys(), ...teamWeeks.map((w) => Number(w.week))], Math.floor(fromDay / 7), Math.floor(toDay / 7));
  const trend = [];
  for (let w = firstWeek; w <= lastWeek; w++) {
    const own = repByWeek.get(w);
    trend.push({ weekStart: new Date(w * 7 * DAY_MS).toISOString(), rep: own ? ratio(own.score_sum, own.scored) : null, team: teamByWeek.get(w) ?? null, calls: Number(own?.calls ?? 0) });
  }

  const perKind = new Map<string, number>();
  const topCoaching = coaching.filter((item) => {
    const seen = perKind.get(item.kind) ?? 0;
    perKind.set(item.kind, seen + 1);
    return seen < 6;
  });

  return repOverviewSchema.parse({
    rep: { id: Number(rep.id), name: rep.name, email: rep.email, team: rep.team, teamId: rep.team_id === null ? null : Number(rep.team_id) },
    from: params.from.toISOString(),
    to: params.to.toISOString(),
    skillSet,
    skillSets: SKILL_SETS.map((value) => ({ value, label: SKILL_SET_LABELS[value], calls: counts.get(value) ?? 0 })),
    radar: axes.map((a) => ({ ...a, rep: repBySkill.get(a.skill) ?? null, team: teamBySkill.get(a.skill) ?? null, insufficient: insufficientBySkill.get(a.skill) ?? 0 })),
    reviewed: reviewed.get(repId) ?? null,
    trend,
    stats: { calls: Number(stats.calls), avgScore: ratio(stats.score_sum, stats.scored), talkRatio: ratio(stats.talk_sum, stats.talk_n, 3), questionsAsked: ratio(stats.q_sum, stats.q_n), fillerWords: ratio(stats.f_sum, stats.f_n) },
    coaching: topCoaching.map((c) => ({ kind: c.kind, text: c.text, facet: c.facet, count: Number(c.n), lastAt: toDate(c.last_at)!.toISOString() })),
    plans: plans.map((p) => ({
      id: Number(p.id),
      name: p.name,
      startDate: toDate(p.start_date)?.toISOString() ?? null,
      completedMeetings: toNumber(p.completed_meetings),
      plannedMeetings: toNumber(p.planned_meetings),
      effect: evidence.get(Number(p.id))?.effect ?? [],
      activity: evidence.get(Number(p.id))?.activity ?? null,
    })),
  });
}

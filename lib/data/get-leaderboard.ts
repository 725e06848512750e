import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { concatAgg } from "@/lib/db/dialect";
import type { SqlValue } from "@/lib/db/sql";
import { toBool } from "@/lib/db/values";
import { ANALYSIS_SCORES, SALESFINITY_FACETS, SKILL_SET_LABELS, SKILL_SETS, type SkillSet, type VendorSkillSet } from "@/lib/domain/skills";
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { lastDayShown } from "@/lib/http/params";
import { type Leaderboard, type LeaderboardRow, leaderboardSchema } from "./dto";
import { rankPeopleAndAgents } from "./rank";
import { coverDays, coverSql, dataWeeks, periodDays, rowWeekSql } from "./rollup-range";
import { repScope } from "./scope";
import { reviewedScoresByRep } from "./reviewed-scores";

export interface LeaderboardParams {
  from: Date;
  to: Date;
  teamId?: number;
  vendor?: Vendor;
  minCalls: number;
  skillSet: SkillSet;
}

/** Which vendor a skill set's scores come from. */
export const SKILL_SET_VENDOR: Record<VendorSkillSet, Vendor> = { salesfinity: "salesfinity", analyses: "analyses", scorecard: "execvision" };

/**
 * Reps ranked by their headline score over a period: the unified-skill score
 * (each scored call's mean over Coachboard's skills, whatever the source, so
 * a source weighs as many calls as it scored), or, filtered to one source,
 * that source's own overall score. Every source's own score comes along,
 * one click away. Everything is summed in SQL from the daily and weekly
 * rollups, never from the calls themselves. The minimum counts scored calls
 * (an unscored call says nothing about the score), and AI voice agents come
 * back apart from the people.
 */
export async function getLeaderboard(viewer: Viewer, params: LeaderboardParams): Promise<Leaderboard> {
  const sql = await getSql();
  const scope = repScope(viewer);
  const { fromDay, toDay } = periodDays(params.from, params.to);
  const cover = coverDays(fromDay, toDay);
  // Which reps: the viewer's, in the team asked for. Admins without a team filter need no lookup.
  const repFilter: string[] = [];
  const repArgs: SqlValue[] = [];
  if (viewer.role !== "admin" || params.teamId) {
    const where = [scope.sql, ...(params.teamId ? ["r.team_id = ?"] : [])];
    repFilter.push(`%ALIAS%.rep_id IN (SELECT r.id FROM reps r WHERE ${where.join(" AND ")})`);
    repArgs.push(...scope.params, ...(params.teamId ? [params.teamId] : []));
  }
  const restrict = (alias: string) => repFilter.map((f) => ` AND ${f.replace("%ALIAS%", alias)}`).join("");

  // One pass over the rollups gives each rep's totals and, packed into one
  // string per rep, the rows behind the week-by-week trend: a row per rep back,
  // not one per rep and week.
  const stats = coverSql(cover, "ro");
  const week = rowWeekSql("ro");
  const unified = !params.vendor;
  const repsQuery = sql.all<{ rep_id: number; vendor: string; calls: number; score_sum: number; scored: number; u_sum: number; u_n: number; talk_sum: number; talk_n: number; q_sum: number; q_n: number; f_sum: number; f_n: number; trend: string | null }>(
    `SELECT ro.rep_id, ro.vendor, SUM(ro.calls) AS calls, SUM(ro.score_sum) AS score_sum, SUM(ro.scored_calls) AS scored, SUM(ro.unified_sum) AS u_sum, SUM(ro.unified_count) AS u_n,
            SUM(ro.talk_ratio_sum) AS talk_sum, SUM(ro.talk_ratio_count) AS talk_n, SUM(ro.questions_sum) AS q_sum, SUM(ro.questions_count) AS q_n,
            SUM(ro.fillers_sum) AS f_sum, SUM(ro.fillers_count) AS f_n,
            ${concatAgg(sql.provider, `CAST(${week} AS TEXT) || ':' || CAST(${unified ? "ro.unified_sum" : "ro.score_sum"} AS TEXT) || ':' || CAST(${unified ? "ro.unified_count" : "ro.scored_calls"} AS TEXT)`)} AS trend
     FROM rep_stat_rollups ro WHERE ${stats.sql}${params.vendor ? " AND ro.vendor = ?" : ""}${restrict("ro")}
     GROUP BY ro.rep_id, ro.vendor`,
    [...stats.params, ...(params.vendor ? [params.vendor] : []), ...repArgs],
  );
  // The unified skills are summed over every source: shown with no source filter. A source's own skills show unless another source is chosen.
  const skillsVisible = params.skillSet === "unified" ? !params.vendor : !params.vendor || SKILL_SET_VENDOR[params.skillSet] === params.vendor;
  const skillCover = coverSql(cover, "sk");
  const skillsQuery = skillsVisible
    ? sql.all<{ rep_id: number; skill: string; label: string; score_sum: number; n: number }>(
        `SELECT sk.rep_id, sk.skill, MIN(sk.label) AS label, SUM(sk.score_sum) AS score_sum, SUM(sk.score_count) AS n
         FROM rep_skill_rollups sk WHERE sk.skill_set = ? AND ${skillCover.sql}${restrict("sk")}
         GROUP BY sk.rep_id, sk.skill`,
        [params.skillSet, ...skillCover.params, ...repArgs],
      )
    : Promise.resolve([]);
  const teamsQuery = sql.all<{ id: number; name: string }>(
    viewer.role === "admin" ? `SELECT id, name FROM teams ORDER BY name` : `SELECT t.id, t.name FROM teams t WHERE t.id IN (${viewer.teamIds.map(() => "?").join(", ") || "NULL"}) ORDER BY t.name`,
    viewer.role === "admin" ? [] : viewer.teamIds,
  );

  const reviewsQuery = reviewedScoresByRep(sql, { from: params.from, to: params.to, vendor: params.vendor, where: restrict("c"), params: repArgs });
  const skillListQuery = params.skillSet === "unified" ? sql.all<{ key: string; label: string }>(`SELECT key, label FROM skills ORDER BY position, key`) : Promise.resolve([]);

  // Independent reads: on PostgreSQL they run side by side on the pool.
  const [perVendor, skills, teams, skillList, reviewed] = await Promise.all([repsQuery, skillsQuery, teamsQuery, skillListQuery, reviewsQuery]);
  const reps = sumPerRep(perVendor, unified);

  // Each rollup row of a rep as week:score_sum:scored; a week may come as several rows (days, vendors).
  const points = reps.map((r) =>
    (r.trend ?? "")
      .split(",")
      .filter(Boolean)
      .map((point) => point.split(":").map(Number) as [number, number, number]),
  );
  // Every rep's series spans the same weeks, from the first to the last that holds data: a period
  // reaching far past the data costs the weeks that have some, not one slot per week it names.
  const [firstWeek, lastWeek] = dataWeeks(
    points.flatMap((rows) => rows.map(([week]) => week)),
    Math.floor(fromDay / 7),
    Math.floor(toDay / 7),
  );
  const weekCount = lastWeek - firstWeek + 1;
  const totals = new Map<number, (typeof reps)[number] & { series: (number | null)[] }>();
  for (const [i, r] of reps.entries()) {
    const sums = new Array<number>(weekCount).fill(0);
    const counts = new Array<number>(weekCount).fill(0);
    for (const [week, sum, scored] of points[i]) {
      const index = week - firstWeek;
      if (!(index >= 0 && index < weekCount)) continue;
      sums[index] += sum;
      counts[index] += scored;
    }
    totals.set(Number(r.rep_id), { ...r, series: sums.map((sum, j) => ratio(sum, counts[j])) });
  }
  const ids = [...totals.keys()];
  // Whether a rep is an AI voice agent comes with the names: a look-up per rep shown,
  // not a join of reps into the aggregate over every rollup row.
  const names = new Map<number, { name: string; team: string | null; isAgent: boolean }>();
  for (let i = 0; i < ids.length; i += 900) {
    const part = ids.slice(i, i + 900);
    for (const r of await sql.all<{ id: number; name: string; team: string | null; is_agent: unknown }>(
      `SELECT r.id, r.name, t.name AS team, r.is_agent FROM reps r LEFT JOIN teams t ON t.id = r.team_id WHERE r.id IN (${part.map(() => "?").join(", ")})`,
      part,
    )) {
      names.set(Number(r.id), { name: r.name, team: r.team, isAgent: toBool(r.is_agent) });
    }
  }

  // The minimum counts scored calls; it ranks people only (agents carry no overall score, so it would hide every one).
  const ranked = [...totals.entries()].filter(([id, t]) => Number(t.scored) >= params.minCalls || names.get(id)?.isAgent);
  const skillColumns = params.skillSet === "unified" ? skillList.map((s) => ({ skill: s.key, label: s.label })) : columnsFor(params.skillSet, skills);
  const bySkill = new Map<number, Record<string, number | null>>();
  for (const sk of skills) {
    const entry = bySkill.get(Number(sk.rep_id)) ?? {};
    entry[sk.skill] = ratio(sk.score_sum, sk.n);
    bySkill.set(Number(sk.rep_id), entry);
  }
  const rows: (Omit<LeaderboardRow, "rank" | "thin" | "tied"> & { isAgent: boolean })[] = ranked.map(([id, t]) => ({
    repId: id,
    name: names.get(id)?.name ?? `Rep ${id}`,
    team: names.get(id)?.team ?? null,
    isAgent: names.get(id)?.isAgent ?? false,
    calls: Number(t.calls),
    scoredCalls: Number(t.scored),
    avgScore: ratio(t.score_sum, t.scored),
    bySource: t.bySource,
    reviewed: reviewed.get(id) ?? null,
    skills: Object.fromEntries(skillColumns.map((c) => [c.skill, bySkill.get(id)?.[c.skill] ?? null])),
    talkRatio: ratio(t.talk_sum, t.talk_n, 3),
    questionsAsked: ratio(t.q_sum, t.q_n),
    fillerWords: ratio(t.f_sum, t.f_n),
    trend: t.series,
  }));
  return leaderboardSchema.parse({
    from: params.from.toISOString(),
    // The last day the board covers (today at most), not the exclusive end the query used.
    to: lastDayShown(params.from, params.to).toISOString(),
    skillSet: params.skillSet,
    skillSets: SKILL_SETS.map((value) => ({ value, label: SKILL_SET_LABELS[value] })),
    skills: skillsVisible ? skillColumns : [],
    headline: params.vendor ?? "unified",
    skillsNote:
      params.skillSet === "unified" && params.vendor ? `Coachboard skills add up every source: choose ${VENDOR_LABELS[params.vendor]}'s own skills to see them for this source alone.` : null,
    teams: teams.map((t) => ({ id: Number(t.id), name: t.name })),
    ...rankPeopleAndAgents(rows),
  });
}

type VendorRow = { rep_id: number; vendor: string; calls: number; score_sum: number; scored: number; u_sum: number; u_n: number; talk_sum: number; talk_n: number; q_sum: number; q_n: number; f_sum: number; f_n: number; trend: string | null };

/**
 * One row per rep from its rows per source: the headline sums (the unified
 * score's, or the one source's overall score's) and each source's own score.
 */
function sumPerRep(rows: VendorRow[], unified: boolean) {
  const byRep = new Map<number, Omit<VendorRow, "vendor"> & { bySource: { vendor: string; label: string; calls: number; scoredCalls: number; avgScore: number | null }[] }>();
  for (const r of rows) {
    const id = Number(r.rep_id);
    const t = byRep.get(id) ?? { rep_id: id, calls: 0, score_sum: 0, scored: 0, u_sum: 0, u_n: 0, talk_sum: 0, talk_n: 0, q_sum: 0, q_n: 0, f_sum: 0, f_n: 0, trend: null, bySource: [] };
    for (const key of ["calls", "score_sum", "scored", "u_sum", "u_n", "talk_sum", "talk_n", "q_sum", "q_n", "f_sum", "f_n"] as const) t[key] += Number(r[key]);
    t.trend = [t.trend, r.trend].filter(Boolean).join(",") || null;
    t.bySource.push({ vendor: r.vendor, label: VENDOR_LABELS[r.vendor as Vendor] ?? r.vendor, calls: Number(r.calls), scoredCalls: Number(r.scored), avgScore: ratio(r.score_sum, r.scored) });
    byRep.set(id, t);
  }
  return [...byRep.values()].map((t) => ({
    ...t,
    // The headline's sums: the unified score over every source, or the filtered source's own.
    score_sum: unified ? t.u_sum : t.score_sum,
    scored: unified ? t.u_n : t.scored,
    bySource: t.bySource.sort((a, b) => b.scoredCalls - a.scoredCalls || a.label.localeCompare(b.label)),
  }));
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

import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { weekBucket } from "@/lib/db/dialect";
import type { SqlValue } from "@/lib/db/sql";
import { lastDayShown } from "@/lib/http/params";
import { type TopicOption, type TopicRow, type TopicsReport, topicOptionSchema, topicsReportSchema } from "./dto-topics";
import { DAY_MS, periodDays } from "./rollup-range";
import { repScope } from "./scope";

/** The most topics the report lists; sources track a few dozen. */
export const MAX_TOPICS = 100;
/** The most reps listed under one topic (those with the most mentions); the table says how many more there are. */
export const MAX_REPS_PER_TOPIC = 25;
/** The most topics the calls list's Topic select offers. */
const MAX_TOPIC_OPTIONS = 500;

export interface TopicsParams {
  from: Date;
  to: Date;
}

/**
 * The calls of the period the viewer may see, joined to their topic matches.
 * Scoped reads come from the calls' (rep_id, started_at) index, an admin's from
 * (started_at); each call then finds its summary by the unique
 * (vendor, call_external_id) and its matches by (summary_id).
 */
function matchesInScope(viewer: Viewer, from: Date, to: Date): { sql: string; params: SqlValue[] } {
  const where = ["c.deleted_at IS NULL", "c.started_at >= ?", "c.started_at < ?"];
  const params: SqlValue[] = [from, to];
  if (viewer.role !== "admin") {
    // A rep's own calls; a manager's teams' reps' calls. Calls without a rep are the admins' alone.
    const scope = repScope(viewer, "sr");
    where.push(`c.rep_id IN (SELECT sr.id FROM reps sr WHERE ${scope.sql})`);
    params.push(...scope.params);
  }
  return {
    sql: `FROM calls c
          JOIN call_topic_summaries cts ON cts.vendor = c.vendor AND cts.call_external_id = c.external_id
          JOIN topic_matches tm ON tm.summary_id = cts.id
          WHERE ${where.join(" AND ")}`,
    params,
  };
}

/**
 * How often each topic came up in the viewer's calls over a period: mentions
 * per week, and mentions and calls by team and rep. Two aggregates in SQL, one
 * row per topic and week and one per topic and rep, whatever the number of calls.
 */
export async function getTopics(viewer: Viewer, params: TopicsParams): Promise<TopicsReport> {
  const sql = await getSql();
  const { fromDay } = periodDays(params.from, params.to);
  const lastDay = Math.floor(lastDayShown(params.from, params.to).getTime() / DAY_MS);
  const firstWeek = Math.floor(fromDay / 7);
  const lastWeek = Math.max(firstWeek, Math.floor(lastDay / 7));
  const base = matchesInScope(viewer, params.from, params.to);

  const [weekly, byRep] = await Promise.all([
    sql.all<{ topic: string; name: string; week: number; mentions: number }>(
      `SELECT tm.topic_external_id AS topic, ${weekBucket(sql.provider, "c.started_at")} AS week, MIN(tm.topic_name) AS name, COUNT(*) AS mentions
       ${base.sql} GROUP BY 1, 2`,
      base.params,
    ),
    // A call has one rep, so the distinct calls of each rep add up to the topic's and the team's.
    sql.all<{ topic: string; rep_id: number | null; mentions: number; calls: number }>(
      `SELECT tm.topic_external_id AS topic, c.rep_id, COUNT(*) AS mentions, COUNT(DISTINCT c.id) AS calls
       ${base.sql} GROUP BY 1, 2`,
      base.params,
    ),
  ]);

  const weekCount = lastWeek - firstWeek + 1;
  const topics = new Map<string, { name: string; mentions: number; calls: number; weekly: number[]; reps: { repId: number | null; mentions: number; calls: number }[] }>();
  const topicOf = (id: string, name?: string) => {
    let topic = topics.get(id);
    if (!topic) {
      topic = { name: name ?? id, mentions: 0, calls: 0, weekly: new Array<number>(weekCount).fill(0), reps: [] };
      topics.set(id, topic);
    }
    if (name && topic.name === id) topic.name = name;
    return topic;
  };
  for (const row of weekly) {
    const topic = topicOf(row.topic, row.name);
    const index = Number(row.week) - firstWeek;
    if (index >= 0 && index < weekCount) topic.weekly[index] += Number(row.mentions);
  }
  for (const row of byRep) {
    const topic = topicOf(row.topic);
    const mentions = Number(row.mentions);
    const calls = Number(row.calls);
    topic.mentions += mentions;
    topic.calls += calls;
    topic.reps.push({ repId: row.rep_id === null ? null : Number(row.rep_id), mentions, calls });
  }
  const kept = [...topics.entries()].sort(([, a], [, b]) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, MAX_TOPICS);

  // The topics' names as their source now spells them, and the reps' names and teams: a look-up of
  // the rows shown, not a join into the aggregates.
  const names = new Map<string, string>();
  const topicIds = kept.map(([id]) => id);
  if (topicIds.length) {
    for (const t of await sql.all<{ external_id: string; name: string }>(`SELECT external_id, name FROM topics WHERE external_id IN (${topicIds.map(() => "?").join(", ")})`, topicIds)) {
      names.set(t.external_id, t.name);
    }
  }
  const repIds = [...new Set(kept.flatMap(([, t]) => t.reps.map((r) => r.repId)).filter((id): id is number => id !== null))];
  const reps = new Map<number, { name: string; teamId: number | null; team: string | null }>();
  for (let i = 0; i < repIds.length; i += 900) {
    const part = repIds.slice(i, i + 900);
    for (const r of await sql.all<{ id: number; name: string; team_id: number | null; team: string | null }>(
      `SELECT r.id, r.name, r.team_id, t.name AS team FROM reps r LEFT JOIN teams t ON t.id = r.team_id WHERE r.id IN (${part.map(() => "?").join(", ")})`,
      part,
    )) {
      reps.set(Number(r.id), { name: r.name, teamId: r.team_id === null ? null : Number(r.team_id), team: r.team });
    }
  }

  const byTeam = viewer.role !== "rep";
  const rows: TopicRow[] = kept.map(([id, t]) => {
    const repRows = t.reps
      .map((r) => {
        const rep = r.repId === null ? undefined : reps.get(r.repId);
        return { repId: r.repId, name: rep?.name ?? (r.repId === null ? "No rep" : `Rep ${r.repId}`), team: rep?.team ?? null, teamId: rep?.teamId ?? null, mentions: r.mentions, calls: r.calls };
      })
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const teams = new Map<number | null, { teamId: number | null; name: string; mentions: number; calls: number }>();
    if (byTeam) {
      for (const r of repRows) {
        const team = teams.get(r.teamId) ?? { teamId: r.teamId, name: r.team ?? "No team", mentions: 0, calls: 0 };
        team.mentions += r.mentions;
        team.calls += r.calls;
        teams.set(r.teamId, team);
      }
    }
    return {
      externalId: id,
      name: names.get(id) ?? t.name,
      mentions: t.mentions,
      calls: t.calls,
      weekly: t.weekly,
      teams: [...teams.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
      reps: repRows.slice(0, MAX_REPS_PER_TOPIC).map((r) => ({ repId: r.repId, name: r.name, team: r.team, mentions: r.mentions, calls: r.calls })),
      repCount: repRows.length,
    };
  });

  return topicsReportSchema.parse({
    from: params.from.toISOString(),
    to: new Date(lastDay * DAY_MS).toISOString(),
    weeks: Array.from({ length: weekCount }, (_, i) => new Date((firstWeek + i) * 7 * DAY_MS).toISOString()),
    topics: rows,
    byTeam,
  });
}

/**
 * The topics the calls list can filter by: the ones the source tracks now.
 * They are the organisation's settings, not anything said in a call, so every
 * viewer gets the same list.
 */
export async function getTopicOptions(): Promise<TopicOption[]> {
  const sql = await getSql();
  const rows = await sql.all<{ external_id: string; name: string }>(`SELECT external_id, name FROM topics WHERE active = ? ORDER BY name LIMIT ${MAX_TOPIC_OPTIONS}`, [true]);
  return rows.map((r) => topicOptionSchema.parse({ externalId: r.external_id, name: r.name }));
}

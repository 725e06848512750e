import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { callTitle } from "@/lib/domain/call-title";
import { defaultMapping, skillKey } from "@/lib/domain/skills";
import { type CoachingPlanView, coachingSchema } from "./dto";
import { CALL_PARTY_COLUMNS, type CallPartyRow, callParties } from "./get-call";
import { ratio } from "./get-leaderboard";
import { coverDays, coverSql, DAY_MS } from "./rollup-range";
import { repScope } from "./scope";

/** How far before a plan's start its "before" scores reach, in days. */
const BEFORE_WINDOW_DAYS = 90;

/** Coaching plans of the reps the viewer may see: progress, meetings, reviewed calls, and whether it works. */
export async function getCoaching(viewer: Viewer, filter: { repId?: number; planId?: number } = {}): Promise<{ plans: CoachingPlanView[] }> {
  const sql = await getSql();
  const scope = repScope(viewer);
  const where = [scope.sql];
  const params: SqlValue[] = [...scope.params];
  if (filter.repId) {
    where.push("r.id = ?");
    params.push(filter.repId);
  }
  if (filter.planId) {
    where.push("p.id = ?");
    params.push(filter.planId);
  }
  const plans = await sql.all<{
    id: number;
    vendor: string;
    external_id: string;
    name: string;
    objective: string | null;
    start_date: unknown;
    planned_meetings: number | null;
    completed_meetings: number | null;
    estimated_missed_meetings: number | null;
    rep_id: number;
    rep_name: string;
    coach: string | null;
  }>(
    `SELECT p.id, p.vendor, p.external_id, p.name, p.objective, p.start_date, p.planned_meetings, p.completed_meetings, p.estimated_missed_meetings,
            r.id AS rep_id, r.name AS rep_name, cr.name AS coach
     FROM coaching_plans p
     JOIN rep_identities i ON i.vendor = p.vendor AND i.external_id = p.recipient_external_id
     JOIN reps r ON r.id = i.rep_id
     LEFT JOIN rep_identities ci ON ci.vendor = p.vendor AND ci.external_id = p.coach_external_id
     LEFT JOIN reps cr ON cr.id = ci.rep_id
     WHERE ${where.join(" AND ")}
     ORDER BY p.start_date DESC`,
    params,
  );
  if (!plans.length) return { plans: [] };
  const planIds = plans.map((p) => Number(p.id));
  const list = (n: number) => new Array(n).fill("?").join(", ");
  const skillRows = await sql.all<{ plan_id: number; name: string }>(`SELECT plan_id, name FROM coaching_plan_skills WHERE plan_id IN (${list(planIds.length)}) ORDER BY id`, planIds);
  const meetings = await sql.all<{ id: number; vendor: string; plan_external_id: string; started_at: unknown; scheduled_at: unknown; comments: string | null }>(
    `SELECT id, vendor, plan_external_id, started_at, scheduled_at, comments FROM coaching_meetings
     WHERE plan_external_id IN (${list(plans.length)}) ORDER BY COALESCE(started_at, scheduled_at)`,
    plans.map((p) => p.external_id),
  );
  const meetingIds = meetings.map((m) => Number(m.id));
  const scoreRows = meetingIds.length
    ? await sql.all<{ meeting_id: number; skill: string; score: number }>(`SELECT meeting_id, skill, score FROM meeting_skill_scores WHERE meeting_id IN (${list(meetingIds.length)}) ORDER BY skill`, meetingIds)
    : [];
  // A coach may review any call in a meeting; the viewer learns of it only what they could open
  // themselves. A call they may not see is joined as missing, and `held` tells it from a deleted one.
  const callReps = repScope(viewer, "sr");
  const visibleCall = viewer.role === "admin" ? { sql: "", params: [] } : { sql: ` AND c.rep_id IN (SELECT sr.id FROM reps sr WHERE ${callReps.sql})`, params: callReps.params };
  const reviewRows = meetingIds.length
    ? await sql.all<{
        meeting_id: number;
        questions: unknown;
        call_id: number | null;
        held: unknown;
      } & CallPartyRow>(
        `SELECT v.meeting_id, v.questions, c.id AS call_id, ${CALL_PARTY_COLUMNS},
                EXISTS (SELECT 1 FROM calls x WHERE x.vendor = m.vendor AND x.external_id = v.call_external_id AND x.deleted_at IS NULL) AS held
         FROM meeting_call_reviews v JOIN coaching_meetings m ON m.id = v.meeting_id
         LEFT JOIN calls c ON c.vendor = m.vendor AND c.external_id = v.call_external_id AND c.deleted_at IS NULL${visibleCall.sql}
         WHERE v.meeting_id IN (${list(meetingIds.length)}) ORDER BY v.position`,
        [...visibleCall.params, ...meetingIds],
      )
    : [];
  const hiddenCall = viewer.role === "manager" ? "A call outside your teams" : "A call you don't have access to";
  const today = Math.floor(Date.now() / DAY_MS);
  const out: CoachingPlanView[] = [];
  for (const plan of plans) {
    const skills = skillRows.filter((s) => Number(s.plan_id) === Number(plan.id)).map((s) => s.name);
    const own = meetings.filter((m) => m.vendor === plan.vendor && m.plan_external_id === plan.external_id);
    const meetingViews = own.map((m) => ({
      id: Number(m.id),
      at: toDate(m.started_at ?? m.scheduled_at)?.toISOString() ?? null,
      scores: scoreRows.filter((r) => Number(r.meeting_id) === Number(m.id)).map((r) => ({ skill: r.skill, score: Number(r.score) })),
      comments: m.comments,
      reviews: reviewRows
        .filter((r) => Number(r.meeting_id) === Number(m.id))
        .map((v) => ({
          callId: v.call_id === null ? null : Number(v.call_id),
          title: v.call_id !== null ? callTitle(callParties(v)) : toBool(v.held) ? hiddenCall : "A call no longer available",
          questions: (parseJsonColumn<unknown[]>(v.questions) ?? []).length,
        })),
    }));
    const start = toDate(plan.start_date) ?? toDate(own[0]?.started_at ?? null);
    const effect = [];
    if (start && skills.length) {
      // Before and since the plan, from the rep's daily and weekly rollups of the Coachboard skill each
      // plan skill (an ExecVision skill) maps to: every source's scores of it, not names that happen to match.
      const startDay = Math.floor(start.getTime() / DAY_MS);
      const keys = await unifiedSkillsOf(sql, skills);
      const asked = [...new Set(keys.filter((k): k is string => k !== null))];
      const phase = async (fromDay: number, toDay: number) => {
        if (!asked.length) return [];
        const cover = coverSql(coverDays(fromDay, toDay), "sk");
        return sql.all<{ skill: string; score_sum: number; n: number }>(
          `SELECT sk.skill, SUM(sk.score_sum) AS score_sum, SUM(sk.score_count) AS n FROM rep_skill_rollups sk
           WHERE sk.rep_id = ? AND ${cover.sql} AND sk.skill_set = 'unified' AND sk.skill IN (${list(asked.length)}) GROUP BY sk.skill`,
          [plan.rep_id, ...cover.params, ...asked],
        );
      };
      const before = await phase(startDay - BEFORE_WINDOW_DAYS, startDay - 1);
      const since = await phase(startDay, today);
      for (const [index, name] of skills.entries()) {
        const b = before.filter((r) => r.skill === keys[index]);
        const a = since.filter((r) => r.skill === keys[index]);
        // Two plan skills on one Coachboard skill share its figures.
        const sum = (rows: typeof b, key: "score_sum" | "n") => rows.reduce((n, r) => n + Number(r[key]), 0);
        effect.push({
          skill: name,
          before: ratio(sum(b, "score_sum"), sum(b, "n")),
          since: ratio(sum(a, "score_sum"), sum(a, "n")),
          beforeCalls: sum(b, "n"),
          sinceCalls: sum(a, "n"),
        });
      }
    }
    out.push({
      id: Number(plan.id),
      name: plan.name,
      objective: plan.objective,
      rep: { id: Number(plan.rep_id), name: plan.rep_name },
      coach: plan.coach,
      startDate: start?.toISOString() ?? null,
      plannedMeetings: toNumber(plan.planned_meetings),
      completedMeetings: toNumber(plan.completed_meetings),
      estimatedMissedMeetings: toNumber(plan.estimated_missed_meetings),
      skills,
      meetings: meetingViews,
      effect,
    });
  }
  return coachingSchema.parse({ plans: out });
}

/** The Coachboard skill each plan skill (an ExecVision skill name) counts towards: its mapping, else the default one. */
async function unifiedSkillsOf(sql: SqlConnection, names: string[]): Promise<(string | null)[]> {
  const keys = names.map(skillKey);
  const rows = keys.length
    ? await sql.all<{ skill: string; unified_skill: string | null }>(`SELECT skill, unified_skill FROM skill_mappings WHERE skill_set = 'scorecard' AND skill IN (${keys.map(() => "?").join(", ")})`, keys)
    : [];
  const mapped = new Map(rows.map((r) => [r.skill, r.unified_skill]));
  return keys.map((key, i) => (mapped.has(key) ? mapped.get(key)! : defaultMapping("scorecard", key, names[i]).unifiedSkill));
}

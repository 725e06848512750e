import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import type { SqlValue } from "@/lib/db/sql";
import { parseJsonColumn, toDate, toNumber } from "@/lib/db/values";
import { skillKey } from "@/lib/domain/skills";
import { type CoachingPlanView, coachingSchema } from "./dto";
import { repScope } from "./scope";

/** How far before a plan's start its "before" scores reach. */
const BEFORE_WINDOW_MS = 90 * 86_400_000;

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
  const out: CoachingPlanView[] = [];
  for (const plan of plans) {
    const skills = (await sql.all<{ name: string }>(`SELECT name FROM coaching_plan_skills WHERE plan_id = ? ORDER BY id`, [plan.id])).map((s) => s.name);
    const meetings = await sql.all<{ id: number; started_at: unknown; scheduled_at: unknown; comments: string | null }>(
      `SELECT id, started_at, scheduled_at, comments FROM coaching_meetings WHERE vendor = ? AND plan_external_id = ? ORDER BY COALESCE(started_at, scheduled_at)`,
      [plan.vendor, plan.external_id],
    );
    const meetingViews = [];
    for (const m of meetings) {
      const scores = await sql.all<{ skill: string; score: number }>(`SELECT skill, score FROM meeting_skill_scores WHERE meeting_id = ? ORDER BY skill`, [m.id]);
      const reviews = await sql.all<{ call_external_id: string; questions: unknown; call_id: number | null; title: string | null; prospect: string | null }>(
        `SELECT v.call_external_id, v.questions, c.id AS call_id, c.title, COALESCE(c.prospect_company, c.prospect_name) AS prospect
         FROM meeting_call_reviews v LEFT JOIN calls c ON c.vendor = ? AND c.external_id = v.call_external_id AND c.deleted_at IS NULL
         WHERE v.meeting_id = ? ORDER BY v.position`,
        [plan.vendor, m.id],
      );
      meetingViews.push({
        id: Number(m.id),
        at: toDate(m.started_at ?? m.scheduled_at)?.toISOString() ?? null,
        scores: scores.map((s) => ({ skill: s.skill, score: Number(s.score) })),
        comments: m.comments,
        reviews: reviews.map((v) => ({
          callId: v.call_id === null ? null : Number(v.call_id),
          title: v.title ?? v.prospect ?? "A call no longer available",
          questions: (parseJsonColumn<unknown[]>(v.questions) ?? []).length,
        })),
      });
    }
    const start = toDate(plan.start_date) ?? toDate(meetings[0]?.started_at ?? null);
    const effect = [];
    if (start && skills.length) {
      const keys = skills.map(skillKey);
      const rows = await sql.all<{ skill: string; phase: string; score: number | null; calls: number }>(
        `SELECT s.skill, CASE WHEN c.started_at < ? THEN 'before' ELSE 'since' END AS phase, AVG(s.score) AS score, COUNT(DISTINCT c.id) AS calls
         FROM call_scores s JOIN calls c ON c.id = s.call_id
         WHERE c.rep_id = ? AND c.deleted_at IS NULL AND c.started_at >= ? AND s.skill IN (${keys.map(() => "?").join(", ")})
         GROUP BY s.skill, CASE WHEN c.started_at < ? THEN 'before' ELSE 'since' END`,
        [start, plan.rep_id, new Date(start.getTime() - BEFORE_WINDOW_MS), ...keys, start],
      );
      for (const [index, name] of skills.entries()) {
        const before = rows.find((r) => r.skill === keys[index] && r.phase === "before");
        const since = rows.find((r) => r.skill === keys[index] && r.phase === "since");
        effect.push({
          skill: name,
          before: before ? Math.round(Number(before.score) * 10) / 10 : null,
          since: since ? Math.round(Number(since.score) * 10) / 10 : null,
          beforeCalls: Number(before?.calls ?? 0),
          sinceCalls: Number(since?.calls ?? 0),
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

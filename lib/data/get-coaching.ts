import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { placeholders, type SqlValue } from "@/lib/db/sql";
import { parseJsonColumn, toBool, toDate, toNumber } from "@/lib/db/values";
import { callTitle } from "@/lib/domain/call-title";
import { type CoachingPlanView, coachingSchema } from "./dto";
import { CALL_PARTY_COLUMNS, type CallPartyRow, callParties } from "./get-call";
import { getPlanEvidence, planStartSql } from "./coaching-effect";
import { repScope } from "./scope";

/** Plans listed at most, the most recent first; a rep's or one plan's address narrows the list. */
export const MAX_COACHING_PLANS = 100;

/** Coaching plans of the reps the viewer may see: progress, meetings, reviewed calls, and whether it works. */
export async function getCoaching(viewer: Viewer, filter: { repId?: number; planId?: number } = {}, now: Date = new Date()): Promise<{ plans: CoachingPlanView[] }> {
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
    start_at: unknown;
    planned_meetings: number | null;
    completed_meetings: number | null;
    estimated_missed_meetings: number | null;
    rep_id: number;
    rep_name: string;
    coach: string | null;
  }>(
    `SELECT p.id, p.vendor, p.external_id, p.name, p.objective, ${planStartSql("p")} AS start_at, p.planned_meetings, p.completed_meetings, p.estimated_missed_meetings,
            r.id AS rep_id, r.name AS rep_name, cr.name AS coach
     FROM coaching_plans p
     JOIN rep_identities i ON i.vendor = p.vendor AND i.external_id = p.recipient_external_id
     JOIN reps r ON r.id = i.rep_id
     LEFT JOIN rep_identities ci ON ci.vendor = p.vendor AND ci.external_id = p.coach_external_id
     LEFT JOIN reps cr ON cr.id = ci.rep_id
     WHERE ${where.join(" AND ")}
     ORDER BY p.start_date DESC, p.id DESC LIMIT ${MAX_COACHING_PLANS}`,
    params,
  );
  if (!plans.length) return { plans: [] };
  const planIds = plans.map((p) => Number(p.id));
  const skillRows = await sql.all<{ plan_id: number; name: string }>(`SELECT plan_id, name FROM coaching_plan_skills WHERE plan_id IN (${placeholders(planIds.length)}) ORDER BY id`, planIds);
  const meetings = await sql.all<{ id: number; vendor: string; plan_external_id: string; started_at: unknown; scheduled_at: unknown; comments: string | null }>(
    `SELECT id, vendor, plan_external_id, started_at, scheduled_at, comments FROM coaching_meetings
     WHERE plan_external_id IN (${placeholders(plans.length)}) ORDER BY COALESCE(started_at, scheduled_at)`,
    plans.map((p) => p.external_id),
  );
  const meetingIds = meetings.map((m) => Number(m.id));
  const scoreRows = meetingIds.length
    ? await sql.all<{ meeting_id: number; skill: string; score: number }>(`SELECT meeting_id, skill, score FROM meeting_skill_scores WHERE meeting_id IN (${placeholders(meetingIds.length)}) ORDER BY skill`, meetingIds)
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
         WHERE v.meeting_id IN (${placeholders(meetingIds.length)}) ORDER BY v.position`,
        [...visibleCall.params, ...meetingIds],
      )
    : [];
  const evidence = await getPlanEvidence(sql, planIds, now);
  const hiddenCall = viewer.role === "manager" ? "A call outside your teams" : "A call you don't have access to";
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
    out.push({
      id: Number(plan.id),
      name: plan.name,
      objective: plan.objective,
      rep: { id: Number(plan.rep_id), name: plan.rep_name },
      coach: plan.coach,
      startDate: toDate(plan.start_at)?.toISOString() ?? null,
      plannedMeetings: toNumber(plan.planned_meetings),
      completedMeetings: toNumber(plan.completed_meetings),
      estimatedMissedMeetings: toNumber(plan.estimated_missed_meetings),
      skills,
      meetings: meetingViews,
      effect: evidence.get(Number(plan.id))?.effect ?? [],
      activity: evidence.get(Number(plan.id))?.activity ?? null,
    });
  }
  return coachingSchema.parse({ plans: out });
}

// A coaching plan's evidence: the rep's call scores on the plan's skills
// before the plan and since, each with the number of scored calls behind it,
// and the coaching given since the plan began, as totals and weekly rates.
import { z } from "zod";

export const effectSkillSchema = z.object({
  skill: z.string(),
  /** The mean score (0-100) over the window; null when no call was scored on the skill. */
  before: z.number().nullable(),
  since: z.number().nullable(),
  /** Scored calls behind each value: what the "n" beside a bar says. */
  beforeCalls: z.number().int(),
  sinceCalls: z.number().int(),
});
export type EffectSkill = z.infer<typeof effectSkillSchema>;

export const activityFigureSchema = z.object({ total: z.number().int(), perWeek: z.number() });
export type ActivityFigure = z.infer<typeof activityFigureSchema>;

export const planActivitySchema = z.object({
  /** The plan's weeks so far (from its start to now, one at least), to one decimal. */
  weeks: z.number(),
  /** Meetings of the plan that were held (started or ended). */
  meetings: activityFigureSchema,
  /** Managers' and admins' comments on the rep's calls since the plan's start. */
  comments: activityFigureSchema,
  /** Score reviews (overrides and disputes) of the rep's calls since the plan's start. */
  reviews: activityFigureSchema,
});
export type PlanActivity = z.infer<typeof planActivitySchema>;

/** One plan's evidence as the coaching page and the rep page show it. */
export const planEvidenceSchema = z.object({ effect: z.array(effectSkillSchema), activity: planActivitySchema.nullable() });
export type PlanEvidence = z.infer<typeof planEvidenceSchema>;

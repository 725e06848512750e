// Calibration: how far the AI's scores agree with people's on the same calls,
// per Coachboard skill (and the overall score), per AI vendor and per team,
// as the route and the calibration page answer it; and the trust marker the
// call page shows beside an AI score.
import { z } from "zod";

export const calibrationFiguresSchema = z.object({
  /** Calls with a pair: the AI's score and a person's of the same skill on the same call. */
  calls: z.number().int(),
  /** The mean of |AI − person| over those calls, in points; null with no call. */
  meanAbsDiff: z.number().nullable(),
  /** Calls where the two are at most `withinPoints` apart. */
  within: z.number().int(),
  /** within / calls, from 0 to 1; null with no call. */
  withinShare: z.number().nullable(),
  /** Of the calls, those paired through a standing override or accepted dispute of an AI score. */
  fromReviews: z.number().int(),
  /** Of the calls, those paired through ExecVision scorecard skills. */
  fromScorecards: z.number().int(),
  /** Whether there are enough calls (minCalls) to judge by. */
  enough: z.boolean(),
});
export type CalibrationFigures = z.infer<typeof calibrationFiguresSchema>;

export const calibrationVendorSchema = z.object({ vendor: z.string(), label: z.string(), figures: calibrationFiguresSchema });
export type CalibrationVendor = z.infer<typeof calibrationVendorSchema>;

export const calibrationTeamSchema = z.object({ teamId: z.number().int().nullable(), name: z.string(), figures: calibrationFiguresSchema });
export type CalibrationTeam = z.infer<typeof calibrationTeamSchema>;

export const calibrationSkillSchema = z.object({
  /** A Coachboard skill's key; null for the overall score. */
  skill: z.string().nullable(),
  label: z.string(),
  figures: calibrationFiguresSchema,
  /** Per AI vendor (its skill set), most calls first. */
  vendors: z.array(calibrationVendorSchema),
  /** Per team of the call's rep, most calls first. */
  teams: z.array(calibrationTeamSchema),
});
export type CalibrationSkill = z.infer<typeof calibrationSkillSchema>;

export const calibrationSchema = z.object({
  days: z.number().int(),
  /** The period [from, to), whole UTC days. */
  from: z.string(),
  to: z.string(),
  /** all: every call (an admin); teams: the calls of the viewer's teams (a manager). */
  scope: z.enum(["all", "teams"]),
  withinPoints: z.number(),
  minCalls: z.number().int(),
  /** The overall score first, then each Coachboard skill in its order; a skill with no pair has zeros. */
  skills: z.array(calibrationSkillSchema),
  /** All pairs of the period, by where the person's score came from. */
  totals: z.object({ fromReviews: z.number().int(), fromScorecards: z.number().int() }),
  /** More team rows than are answered: the largest teams are kept. */
  truncated: z.boolean(),
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const trustMarkerSchema = z.object({
  /** The Coachboard skill the AI score counts towards; null for the overall score. */
  skill: z.string().nullable(),
  label: z.string(),
  /** The AI vendor (its skill set) that gave the score. */
  vendor: z.string(),
  vendorLabel: z.string(),
  days: z.number().int(),
  /** Whose calls the figure is over: every call, the viewer's teams (a manager), or the rep's own team. */
  scope: z.enum(["all", "teams", "team"]),
  withinPoints: z.number(),
  figures: calibrationFiguresSchema,
});
export type TrustMarker = z.infer<typeof trustMarkerSchema>;

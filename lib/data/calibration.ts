// Calibration for the page and its route, and the trust markers of a call's
// AI scores, each scoped to the viewer. The page is a manager's or an
// admin's: a manager sees his teams' calls, an admin every call. A rep sees
// no page, but the trust marker beside his call's AI scores: an aggregate
// over his own team's calls (his own where he has no team), so he learns how
// far to trust a score without seeing any one call of a teammate.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import {
  type CalibrationScope,
  calibrationReport,
  DEFAULT_DAYS,
  MAX_DAYS,
  periodOf,
  type TrustCall,
  trustKey,
  trustMarkers,
  type TrustScoreRef,
} from "@/lib/coaching/calibration";
import { getSql } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { type Calibration, calibrationSchema, type TrustMarker, trustMarkerSchema } from "./dto-calibration";
import { callScope } from "./scope";

/** The trust markers' period: a year gives a skill enough reviewed calls to judge by. */
export const TRUST_DAYS = 365;

export const calibrationQuery = z.object({
  days: z.coerce
    .number({ message: "must be a number of days" })
    .int({ message: "must be a whole number of days" })
    .min(1, { message: "must be 1 or more" })
    .max(MAX_DAYS, { message: `must be at most ${MAX_DAYS}` })
    .default(DEFAULT_DAYS),
});
export type CalibrationQuery = z.infer<typeof calibrationQuery>;

export const CALIBRATION_REFUSED = "Only a manager or an admin can see how the AI's scores agree with people's";

/** The page's scope: every call for an admin, his teams' for a manager; a rep is refused in words. */
export function calibrationScope(viewer: Viewer): CalibrationScope & { kind: Calibration["scope"] } {
  if (viewer.role === "rep") throw new HttpError(403, "forbidden", CALIBRATION_REFUSED);
  return { ...callScope(viewer), kind: viewer.role === "admin" ? "all" : "teams" };
}

/** The trust markers' scope: as the page's for a manager or an admin; a rep's own team (or his own calls when he has none). */
export function trustScope(viewer: Viewer): CalibrationScope & { kind: TrustMarker["scope"] } {
  if (viewer.role !== "rep") return calibrationScope(viewer);
  if (viewer.repId === null) return { sql: "1 = 0", params: [], kind: "team" };
  return { sql: `(r.id = ? OR r.team_id = (SELECT own.team_id FROM reps own WHERE own.id = ?))`, params: [viewer.repId, viewer.repId], kind: "team" };
}

/** How far the AI's scores agree with people's, per skill, vendor and team, over the last `days` days. */
export async function getCalibration(viewer: Viewer, query: CalibrationQuery, now = new Date()): Promise<Calibration> {
  const scope = calibrationScope(viewer);
  return calibrationSchema.parse(await calibrationReport(await getSql(), scope, periodOf(query.days, now)));
}

/** Each AI score's trust marker among the call's scores, keyed as trustKey names them. The caller has checked the viewer may see the call. */
export async function getTrustMarkers(viewer: Viewer, call: TrustCall, scores: readonly TrustScoreRef[], now = new Date()): Promise<Map<string, TrustMarker>> {
  const markers = await trustMarkers(await getSql(), trustScope(viewer), periodOf(TRUST_DAYS, now), { id: Number(call.id), vendor: call.vendor }, scores);
  return new Map([...markers].map(([key, marker]) => [key, trustMarkerSchema.parse(marker)]));
}

export { trustKey };

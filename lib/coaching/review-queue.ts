// The managers' review queue: the calls of the viewer's scope (a manager's
// teams, or all for an admin) that wait for a look, newest call first, under
// one of four filters: an open dispute of a score, an open feedback request,
// an overall score below the viewer's threshold (the score that stands: the
// latest applied override or accepted dispute, else the vendor's), or no
// "reviewed" mark by anyone yet. Marking a call reviewed answers its open
// feedback requests and tells the rep who asked.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { placeholders, type SqlConnection, type SqlValue } from "@/lib/db/sql";
import { toBool, toDate, toNumber } from "@/lib/db/values";
import { callTitle } from "@/lib/domain/call-title";
import { EFFECTIVE_OVERALL, reviewedScoreLabel } from "@/lib/domain/standing-reviews";
import type { CallReviewState, MarkReviewedResult, QueueItem, ReviewCounts, ReviewQueue, ReviewThreshold } from "@/lib/data/dto-review-queue";
import {
  BELOW_DAYS,
  DEFAULT_QUEUE_PAGE,
  DEFAULT_THRESHOLD,
  MAX_COUNTED,
  MAX_QUEUE_PAGE,
  parseQueueCursor,
  queueCursor,
  QUEUE_FILTERS,
  type QueueFilter,
  UNREVIEWED_DAYS,
} from "@/lib/data/review-queue-filters";
import { CALL_PARTY_COLUMNS, callParties } from "@/lib/data/get-call";
import { DAY_MS } from "@/lib/data/rollup-range";
import { callScope } from "@/lib/data/scope";
import { shortName } from "@/lib/format";
import { callRepUsers, holdCall, notifyUsers } from "./call-notices";
import { callPhrase } from "./comments";
import type { CommentCall } from "./people";

/** Who marked a call, read at most this many. */
const MAX_MARKS_SHOWN = 20;
/** A call's open disputes, read at most this many per call of a page. */
const MAX_DISPUTES_PER_CALL = 50;
const MAX_REQUESTS_RESOLVED = 100;

/** Input a client got wrong: a 400 in these words. */
export class QueueInputError extends Error {}
/** Not this user's to do: a 403. */
export class QueueForbiddenError extends Error {}

export const queueQuerySchema = z.object({
  filter: z.enum(QUEUE_FILTERS, { message: `must be one of ${QUEUE_FILTERS.join(", ")}` }).default("disputes"),
  limit: z.coerce
    .number({ message: "must be a number" })
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be 1 or more" })
    .max(MAX_QUEUE_PAGE, { message: `must be at most ${MAX_QUEUE_PAGE}` })
    .default(DEFAULT_QUEUE_PAGE),
  cursor: z
    .string()
    .max(40, { message: "is not a cursor this queue gave" })
    .refine((text) => parseQueueCursor(text) !== null, { message: "is not a cursor this queue gave" })
    .optional(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const thresholdInputSchema = z
  .object({
    threshold: z
      .number({ message: "must be a whole number from 0 to 100" })
      .int({ message: "must be a whole number from 0 to 100" })
      .min(0, { message: "must be at least 0" })
      .max(100, { message: "must be at most 100" }),
  })
  .strict();
export type ThresholdInput = z.infer<typeof thresholdInputSchema>;

export type Marker = Pick<Viewer, "userId" | "name" | "role">;

function requireReviewer(actor: Pick<Viewer, "role">, what: string): void {
  if (actor.role !== "manager" && actor.role !== "admin") throw new QueueForbiddenError(`Only a manager or an admin can ${what}`);
}

// ─── The threshold ──────────────────────────────────────────────────────────

async function readThreshold(sql: SqlConnection, viewer: Pick<Viewer, "userId">): Promise<ReviewThreshold> {
  const [row] = await sql.all<{ review_threshold: number | null }>(`SELECT review_threshold FROM users WHERE id = ?`, [viewer.userId]);
  const stored = toNumber(row?.review_threshold);
  return stored === null ? { threshold: DEFAULT_THRESHOLD, isDefault: true } : { threshold: Math.min(100, Math.max(0, Math.round(stored))), isDefault: false };
}

/** The viewer's "scored below" threshold (70 until he sets one). */
export async function getThreshold(sql: SqlConnection, viewer: Viewer): Promise<ReviewThreshold> {
  requireReviewer(viewer, "have a review threshold");
  return readThreshold(sql, viewer);
}

/** Sets the viewer's own threshold, 0 to 100. */
export async function setThreshold(sql: SqlConnection, viewer: Viewer, input: ThresholdInput, now = new Date()): Promise<ReviewThreshold> {
  requireReviewer(viewer, "set a review threshold");
  const { threshold } = thresholdInputSchema.parse(input);
  await sql.run(`UPDATE users SET review_threshold = ?, updated_at = ? WHERE id = ?`, [threshold, now, viewer.userId]);
  return readThreshold(sql, viewer);
}

// ─── Marking a call reviewed ────────────────────────────────────────────────

/** Who marked the call reviewed, the latest first, and whether the viewer did. */
export async function reviewState(sql: SqlConnection, call: Pick<CommentCall, "id">, viewer: Pick<Viewer, "userId">): Promise<CallReviewState> {
  const [marks, [mine]] = await Promise.all([
    sql.all<{ user_id: number; name: string | null; created_at: unknown }>(
      `SELECT m.user_id, u.name, m.created_at FROM call_review_marks m LEFT JOIN users u ON u.id = m.user_id WHERE m.call_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT ${MAX_MARKS_SHOWN}`,
      [call.id],
    ),
    sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM call_review_marks WHERE call_id = ? AND user_id = ?`, [call.id, viewer.userId]),
  ]);
  return {
    callId: Number(call.id),
    reviewed: marks.length > 0,
    reviewedByMe: Number(mine?.n ?? 0) > 0,
    marks: marks.map((m) => ({ by: { id: Number(m.user_id), name: m.name }, at: toDate(m.created_at)!.toISOString() })),
  };
}

/**
 * A manager or admin marks the call reviewed (marking it again keeps the first
 * mark); its open feedback requests are answered, and the rep who asked is told.
 */
export async function markReviewed(sql: SqlConnection, call: CommentCall, actor: Marker, now = new Date()): Promise<MarkReviewedResult> {
  requireReviewer(actor, "mark a call reviewed");
  const resolved = await sql.transaction(async (tx) => {
    await holdCall(tx, call);
    await tx.run(`INSERT INTO call_review_marks (call_id, user_id, created_at) VALUES (?, ?, ?) ON CONFLICT (call_id, user_id) DO NOTHING`, [call.id, actor.userId, now]);
    const open = await tx.all<{ requested_by_user_id: number }>(`SELECT requested_by_user_id FROM feedback_requests WHERE call_id = ? AND resolved_at IS NULL LIMIT ${MAX_REQUESTS_RESOLVED}`, [call.id]);
    if (!open.length) return 0;
    await tx.run(`UPDATE feedback_requests SET resolved_at = ?, resolved_by_user_id = ? WHERE call_id = ? AND resolved_at IS NULL`, [now, actor.userId, call.id]);
    // Told only while the asker is still the call's rep's own user (an account moved to another rep no longer sees the call).
    const repUsers = new Set(await callRepUsers(tx, call));
    const words = `${shortName(actor.name)} reviewed ${callPhrase(call, true)}`;
    const asked = open.map((r) => Number(r.requested_by_user_id)).filter((id) => repUsers.has(id));
    await notifyUsers(tx, asked, { kind: "review", callId: call.id, actorUserId: actor.userId, text: words }, now);
    return open.length;
  });
  return { ...(await reviewState(sql, call, actor)), resolvedRequests: resolved };
}

// ─── The queue and its counts ───────────────────────────────────────────────

/** The filter's condition on calls c (joined to reps r). */
function filterWhere(filter: QueueFilter, threshold: number, now: Date): { sql: string; params: SqlValue[] } {
  switch (filter) {
    case "disputes":
      return { sql: `c.id IN (SELECT d.call_id FROM score_reviews d WHERE d.state = 'open')`, params: [] };
    case "feedback":
      return { sql: `c.id IN (SELECT f.call_id FROM feedback_requests f WHERE f.resolved_at IS NULL)`, params: [] };
    case "below":
      return { sql: `c.rep_id IS NOT NULL AND c.started_at >= ? AND ${EFFECTIVE_OVERALL} < ?`, params: [new Date(now.getTime() - BELOW_DAYS * DAY_MS), threshold] };
    case "unreviewed":
      return { sql: `c.started_at >= ? AND NOT EXISTS (SELECT 1 FROM call_review_marks m WHERE m.call_id = c.id)`, params: [new Date(now.getTime() - UNREVIEWED_DAYS * DAY_MS)] };
  }
}

function queueWhere(viewer: Viewer, filter: QueueFilter, threshold: number, now: Date): { sql: string; params: SqlValue[] } {
  const scope = callScope(viewer);
  const where = filterWhere(filter, threshold, now);
  return {
    sql: `FROM calls c LEFT JOIN reps r ON r.id = c.rep_id WHERE c.deleted_at IS NULL AND ${scope.sql} AND ${where.sql}`,
    params: [...scope.params, ...where.params],
  };
}

/** How many calls each filter holds in the viewer's scope, each counted up to MAX_COUNTED (then "more"). */
export async function queueCounts(sql: SqlConnection, viewer: Viewer, now = new Date()): Promise<ReviewCounts> {
  requireReviewer(viewer, "see the review queue");
  const { threshold } = await readThreshold(sql, viewer);
  const count = async (filter: QueueFilter) => {
    const where = queueWhere(viewer, filter, threshold, now);
    const [row] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT c.id ${where.sql} LIMIT ${MAX_COUNTED + 1}) q`, where.params);
    const n = Number(row?.n ?? 0);
    return { count: Math.min(n, MAX_COUNTED), more: n > MAX_COUNTED };
  };
  const [disputes, feedback, below, unreviewed] = await Promise.all(QUEUE_FILTERS.map(count));
  return { threshold, belowDays: BELOW_DAYS, unreviewedDays: UNREVIEWED_DAYS, counts: { disputes, feedback, below, unreviewed } };
}

interface QueueRow {
  id: number;
  vendor: string;
  started_at: unknown;
  rep_id: number | null;
  rep_name: string | null;
  prospect_company: string | null;
  prospect_name: string | null;
  prospect_email: string | null;
  direction: string | null;
  from_number: string | null;
  to_number: string | null;
  score: unknown;
  reviewed: unknown;
  reviewed_by_me: unknown;
}

/** One page of the filter's calls in the viewer's scope, newest call first, after `cursor` if given. */
export async function reviewQueue(sql: SqlConnection, viewer: Viewer, query: QueueQuery, now = new Date()): Promise<ReviewQueue> {
  requireReviewer(viewer, "see the review queue");
  const take = Math.min(MAX_QUEUE_PAGE, Math.max(1, Math.floor(query.limit)));
  const { threshold } = await readThreshold(sql, viewer);
  const where = queueWhere(viewer, query.filter, threshold, now);
  const after = query.cursor === undefined ? null : parseQueueCursor(query.cursor);
  if (query.cursor !== undefined && !after) throw new QueueInputError("cursor is not one this queue gave");
  const keyset = after ? { sql: ` AND (c.started_at < ? OR (c.started_at = ? AND c.id < ?))`, params: [after.startedAt, after.startedAt, after.id] } : { sql: "", params: [] };
  const rows = await sql.all<QueueRow>(
    `SELECT c.id, c.vendor, c.started_at, c.rep_id, r.name AS rep_name, ${CALL_PARTY_COLUMNS},
            ${EFFECTIVE_OVERALL} AS score,
            EXISTS (SELECT 1 FROM call_review_marks m1 WHERE m1.call_id = c.id) AS reviewed,
            EXISTS (SELECT 1 FROM call_review_marks m2 WHERE m2.call_id = c.id AND m2.user_id = ?) AS reviewed_by_me
     ${where.sql}${keyset.sql}
     ORDER BY c.started_at DESC, c.id DESC LIMIT ${take + 1}`,
    [viewer.userId, ...where.params, ...keyset.params],
  );
  const page = rows.slice(0, take);
  const ids = page.map((r) => Number(r.id));
  const [disputes, requests] = await Promise.all([openDisputesOf(sql, ids), openRequestsOf(sql, ids)]);
  const items: QueueItem[] = page.map((r) => {
    const startedAt = toDate(r.started_at)!;
    return {
      callId: Number(r.id),
      title: callTitle(callParties(r)),
      startedAt: startedAt.toISOString(),
      rep: r.rep_id === null ? null : { id: Number(r.rep_id), name: r.rep_name ?? "" },
      vendor: r.vendor,
      score: toNumber(r.score),
      reviewed: toBool(r.reviewed),
      reviewedByMe: toBool(r.reviewed_by_me),
      dispute: disputes.get(Number(r.id)) ?? null,
      feedback: requests.get(Number(r.id)) ?? null,
      cursor: queueCursor(startedAt.toISOString(), Number(r.id)),
    };
  });
  return { filter: query.filter, threshold, items, nextCursor: rows.length > take && items.length ? items[items.length - 1].cursor : null };
}

/** The open disputes of the calls: per call, how many and the latest. */
async function openDisputesOf(sql: SqlConnection, ids: number[]): Promise<Map<number, NonNullable<QueueItem["dispute"]>>> {
  const out = new Map<number, NonNullable<QueueItem["dispute"]>>();
  if (!ids.length) return out;
  const rows = await sql.all<{ call_id: number; skill_set: string | null; skill: string | null; label: string | null; reason: string; quote_start_sec: unknown; creator: string | null; created_at: unknown }>(
    `SELECT sr.call_id, sr.skill_set, sr.skill, cs.label, sr.reason, sr.quote_start_sec, u.name AS creator, sr.created_at
     FROM score_reviews sr
     LEFT JOIN call_scores cs ON cs.call_id = sr.call_id AND cs.skill_set = sr.skill_set AND cs.skill = sr.skill
     LEFT JOIN users u ON u.id = sr.created_by_user_id
     WHERE sr.state = 'open' AND sr.call_id IN (${placeholders(ids.length)})
     ORDER BY sr.created_at DESC, sr.id DESC LIMIT ${ids.length * MAX_DISPUTES_PER_CALL}`,
    ids,
  );
  for (const r of rows) {
    const callId = Number(r.call_id);
    const seen = out.get(callId);
    if (seen) {
      seen.count += 1;
      continue;
    }
    out.set(callId, {
      count: 1,
      label: reviewedScoreLabel(r),
      reason: r.reason,
      quoteStartSec: toNumber(r.quote_start_sec),
      by: r.creator,
      createdAt: toDate(r.created_at)!.toISOString(),
    });
  }
  return out;
}

/** The open feedback request of each call (the latest). */
async function openRequestsOf(sql: SqlConnection, ids: number[]): Promise<Map<number, NonNullable<QueueItem["feedback"]>>> {
  const out = new Map<number, NonNullable<QueueItem["feedback"]>>();
  if (!ids.length) return out;
  const rows = await sql.all<{ call_id: number; note: string; requester: string | null; created_at: unknown }>(
    `SELECT f.call_id, f.note, u.name AS requester, f.created_at
     FROM feedback_requests f LEFT JOIN users u ON u.id = f.requested_by_user_id
     WHERE f.resolved_at IS NULL AND f.call_id IN (${placeholders(ids.length)})
     ORDER BY f.created_at DESC, f.id DESC LIMIT ${ids.length * 2}`,
    ids,
  );
  for (const r of rows) if (!out.has(Number(r.call_id))) out.set(Number(r.call_id), { note: r.note, by: r.requester, createdAt: toDate(r.created_at)!.toISOString() });
  return out;
}

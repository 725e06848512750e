// Reviews of a call's scores: a manager (or admin) overrides a score, the
// call's rep disputes one quoting the transcript, a manager accepts or rejects
// the dispute. The vendor's value is never changed: a score's effective value
// is its latest applied override or accepted dispute, else the vendor's. Each
// change writes its review, an audit row and its notices in one transaction.
// The caller has checked the actor may see the call.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import { toDate, toNumber } from "@/lib/db/values";
import { callTitle } from "@/lib/domain/call-title";
import type { CallReviews, OpenDisputeView, ReviewedScore, ReviewView } from "@/lib/data/dto-score-reviews";
import { CALL_PARTY_COLUMNS, type CallPartyRow, callParties } from "@/lib/data/get-call";
import { callScope } from "@/lib/data/scope";
import { recordAudit } from "@/lib/people/audit";
import { refreshRollups, rollupKeysOfCalls } from "@/lib/sync/store/rollups";
import { callRepManagers, callRepUsers, holdCall, notifyUsers } from "./call-notices";
import { callPhrase } from "./comments";
import type { CommentCall } from "./people";
import { writtenText } from "./written-text";
import { OVERALL_SCORE_LABEL, reviewedScoreLabel } from "@/lib/domain/standing-reviews";

export const MAX_REASON_CHARS = 1000;
export const MAX_QUOTE_CHARS = 500;
export const MAX_OPEN_DISPUTES = 100;
/** More reviews than any call is ever given; past it a call takes no more. */
export const MAX_REVIEWS_PER_CALL = 500;
/** A call's vendor skills, read at most this many. */
const MAX_SKILLS = 200;
const MAX_SEC = 86_400;
const END_SLACK_SEC = 60;

/** Input a client got wrong: a 400 in these words. */
export class ReviewInputError extends Error {}
/** Not this user's to do: a 403. */
export class ReviewForbiddenError extends Error {}
/** No such review on this call: a 404. */
export class ReviewNotFoundError extends Error {}

const score = z.number({ message: "must be a number from 0 to 100" }).min(0, { message: "must be at least 0" }).max(100, { message: "must be at most 100" });
const seconds = z.number({ message: "must be a number of seconds" }).min(0, { message: "must not be negative" }).max(MAX_SEC, { message: `must be at most ${MAX_SEC} seconds` });
/** Both absent: the call's overall score. */
const scoreRef = {
  skillSet: z.string({ message: "must be text" }).min(1, { message: "must not be empty" }).max(64, { message: "must be at most 64 characters" }).optional(),
  skill: z.string({ message: "must be text" }).min(1, { message: "must not be empty" }).max(200, { message: "must be at most 200 characters" }).optional(),
};
function refineRef(r: { skillSet?: string; skill?: string }, ctx: z.RefinementCtx) {
  if ((r.skillSet === undefined) !== (r.skill === undefined)) ctx.addIssue({ code: "custom", message: "name a skill with both skillSet and skill, or neither for the overall score", path: ["skill"] });
}

export const overrideSchema = z
  .object({ kind: z.literal("override"), ...scoreRef, newScore: score, reason: writtenText(MAX_REASON_CHARS) })
  .strict()
  .superRefine(refineRef);
export type OverrideInput = z.infer<typeof overrideSchema>;

export const disputeSchema = z
  .object({
    kind: z.literal("dispute"),
    ...scoreRef,
    reason: writtenText(MAX_REASON_CHARS),
    quote: writtenText(MAX_QUOTE_CHARS),
    quoteStartSec: seconds,
    quoteEndSec: seconds,
    /** The value the rep thinks right, if he names one. */
    newScore: score.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    refineRef(d, ctx);
    if (d.quoteEndSec < d.quoteStartSec) ctx.addIssue({ code: "custom", message: "must not be before quoteStartSec", path: ["quoteEndSec"] });
  });
export type DisputeInput = z.infer<typeof disputeSchema>;

export const createReviewSchema = z.discriminatedUnion("kind", [overrideSchema, disputeSchema], { message: 'kind must be "override" or "dispute"' });
export type CreateReviewInput = z.infer<typeof createReviewSchema>;

export const decisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({ decision: z.literal("accept"), newScore: score, reason: writtenText(MAX_REASON_CHARS).optional() }).strict(),
    z.object({ decision: z.literal("reject"), reason: writtenText(MAX_REASON_CHARS) }).strict(),
  ],
  { message: 'decision must be "accept" (with newScore) or "reject" (with reason)' },
);
export type DecisionInput = z.infer<typeof decisionSchema>;

/** What reviews need of a call (a row of findVisibleCall). */
export interface ReviewCall extends CommentCall {
  overall_score: number | null;
}

export type Reviewer = Pick<Viewer, "userId" | "name" | "role" | "repId">;

interface ScoreRef {
  skillSet: string | null;
  skill: string | null;
}

interface ReviewRow {
  id: number;
  call_id: number;
  skill_set: string | null;
  skill: string | null;
  kind: "override" | "dispute";
  state: "applied" | "open" | "accepted" | "rejected";
  old_score: number | null;
  new_score: number | null;
  reason: string;
  quote: string | null;
  quote_start_sec: number | null;
  quote_end_sec: number | null;
  created_by_user_id: number;
  creator: string | null;
  decided_by_user_id: number | null;
  decider: string | null;
  decision_reason: string | null;
  created_at: unknown;
  decided_at: unknown;
}

const REVIEW_COLUMNS = `sr.id, sr.call_id, sr.skill_set, sr.skill, sr.kind, sr.state, sr.old_score, sr.new_score, sr.reason, sr.quote, sr.quote_start_sec, sr.quote_end_sec,
  sr.created_by_user_id, cu.name AS creator, sr.decided_by_user_id, du.name AS decider, sr.decision_reason, sr.created_at, sr.decided_at`;
const REVIEW_FROM = `score_reviews sr LEFT JOIN users cu ON cu.id = sr.created_by_user_id LEFT JOIN users du ON du.id = sr.decided_by_user_id`;
const EFFECTIVE = ["applied", "accepted"];

function reviewView(r: ReviewRow): ReviewView {
  const decidedAt = toDate(r.decided_at);
  return {
    id: Number(r.id),
    kind: r.kind,
    state: r.state,
    oldScore: toNumber(r.old_score),
    newScore: toNumber(r.new_score),
    reason: r.reason,
    quote: r.quote,
    quoteStartSec: toNumber(r.quote_start_sec),
    quoteEndSec: toNumber(r.quote_end_sec),
    createdBy: { id: Number(r.created_by_user_id), name: r.creator },
    createdAt: toDate(r.created_at)!.toISOString(),
    decidedBy: r.decided_by_user_id === null ? null : { id: Number(r.decided_by_user_id), name: r.decider },
    decidedAt: decidedAt?.toISOString() ?? null,
    decisionReason: r.decision_reason,
  };
}

/** When a review took effect: its decision, else its writing. */
const effectiveAt = (r: ReviewRow) => (toDate(r.decided_at) ?? toDate(r.created_at)!).getTime();

/** The latest applied override or accepted dispute among one score's reviews: by when it took effect, then id. */
function latestEffective(reviews: readonly ReviewRow[]): ReviewRow | null {
  let best: ReviewRow | null = null;
  for (const r of reviews) {
    if (!EFFECTIVE.includes(r.state)) continue;
    if (!best || effectiveAt(r) > effectiveAt(best) || (effectiveAt(r) === effectiveAt(best) && Number(r.id) > Number(best.id))) best = r;
  }
  return best;
}

const refKey = (r: { skill_set: string | null; skill: string | null }) => (r.skill_set === null ? "" : JSON.stringify([r.skill_set, r.skill]));

/** Each score of the call (overall first, then the vendor's skills), with its vendor value, effective value and history. */
export async function listReviews(sql: SqlConnection, call: ReviewCall): Promise<CallReviews> {
  const [[overall], skills, reviews] = await Promise.all([
    sql.all<{ overall_score: number | null }>(`SELECT overall_score FROM calls WHERE id = ?`, [call.id]),
    sql.all<{ skill_set: string; skill: string; label: string; score: number }>(`SELECT skill_set, skill, label, score FROM call_scores WHERE call_id = ? ORDER BY skill_set, id LIMIT ${MAX_SKILLS}`, [call.id]),
    sql.all<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM ${REVIEW_FROM} WHERE sr.call_id = ? ORDER BY sr.created_at DESC, sr.id DESC LIMIT ${MAX_REVIEWS_PER_CALL}`, [call.id]),
  ]);
  const byScore = new Map<string, ReviewRow[]>();
  for (const r of reviews) byScore.set(refKey(r), [...(byScore.get(refKey(r)) ?? []), r]);
  const entry = (skillSet: string | null, skill: string | null, label: string, vendor: number | null): ReviewedScore => {
    const history = byScore.get(refKey({ skill_set: skillSet, skill })) ?? [];
    byScore.delete(refKey({ skill_set: skillSet, skill }));
    const latest = latestEffective(history);
    const open = history.find((r) => r.state === "open");
    return {
      skillSet,
      skill,
      label,
      vendorScore: vendor,
      effectiveScore: latest ? toNumber(latest.new_score) : vendor,
      openDisputeId: open ? Number(open.id) : null,
      history: history.map(reviewView),
    };
  };
  const scores: ReviewedScore[] = [];
  const vendorOverall = toNumber(overall?.overall_score);
  if (vendorOverall !== null || byScore.has("")) scores.push(entry(null, null, OVERALL_SCORE_LABEL, vendorOverall));
  for (const s of skills) scores.push(entry(s.skill_set, s.skill, s.label, toNumber(s.score)));
  // A skill the vendor no longer sends keeps its history in view.
  for (const rows of byScore.values()) if (rows[0].skill_set !== null) scores.push(entry(rows[0].skill_set, rows[0].skill, rows[0].skill!, null));
  return { callId: Number(call.id), scores };
}

interface CurrentScore {
  label: string;
  effective: number;
  open: ReviewRow | null;
}

function refWhere(ref: ScoreRef): { sql: string; params: SqlValue[] } {
  return ref.skillSet === null ? { sql: "sr.skill_set IS NULL AND sr.skill IS NULL", params: [] } : { sql: "sr.skill_set = ? AND sr.skill = ?", params: [ref.skillSet, ref.skill] };
}

/** Holds the call for this transaction, so two reviews of one call are written one after the other; refused in words once the call holds as many reviews as it may. */
async function holdCallForReview(tx: SqlConnection, call: ReviewCall): Promise<void> {
  await holdCall(tx, call);
  const [{ n }] = await tx.all<{ n: number }>(`SELECT COUNT(*) AS n FROM score_reviews WHERE call_id = ?`, [call.id]);
  if (Number(n) >= MAX_REVIEWS_PER_CALL) throw new ReviewInputError(`This call has ${MAX_REVIEWS_PER_CALL} score reviews, as many as one call holds`);
}

/** The score's label and effective value now; refused in words when the call has no such score. */
async function currentScore(tx: SqlConnection, call: ReviewCall, ref: ScoreRef): Promise<CurrentScore> {
  let label = OVERALL_SCORE_LABEL;
  let vendor: number | null;
  if (ref.skillSet === null) {
    const [row] = await tx.all<{ overall_score: number | null }>(`SELECT overall_score FROM calls WHERE id = ?`, [call.id]);
    vendor = toNumber(row?.overall_score);
  } else {
    const [row] = await tx.all<{ label: string; score: number }>(`SELECT label, score FROM call_scores WHERE call_id = ? AND skill_set = ? AND skill = ?`, [call.id, ref.skillSet, ref.skill]);
    if (!row) throw new ReviewInputError(`This call has no ${ref.skillSet} score "${ref.skill}"`);
    label = row.label;
    vendor = toNumber(row.score);
  }
  const where = refWhere(ref);
  const reviews = await tx.all<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM ${REVIEW_FROM} WHERE sr.call_id = ? AND ${where.sql} ORDER BY sr.id DESC LIMIT ${MAX_REVIEWS_PER_CALL}`, [
    call.id,
    ...where.params,
  ]);
  const latest = latestEffective(reviews);
  const effective = latest ? toNumber(latest.new_score) : vendor;
  if (effective === null) throw new ReviewInputError("This call has no overall score");
  return { label, effective, open: reviews.find((r) => r.state === "open") ?? null };
}

const refOf = (input: { skillSet?: string; skill?: string }): ScoreRef => ({ skillSet: input.skillSet ?? null, skill: input.skill ?? null });
const scoreWords = (label: string) => (label === OVERALL_SCORE_LABEL ? "the overall score" : `the ${label} score`);
const figure = (n: number) => String(Math.round(n * 10) / 10);

async function readReview(sql: SqlConnection, call: ReviewCall, reviewId: number): Promise<ReviewRow | null> {
  const [row] = await sql.all<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM ${REVIEW_FROM} WHERE sr.id = ? AND sr.call_id = ?`, [reviewId, call.id]);
  return row ?? null;
}

function requireReviewer(actor: Reviewer, what: string): void {
  if (actor.role !== "manager" && actor.role !== "admin") throw new ReviewForbiddenError(`Only a manager or an admin can ${what}`);
}

function auditDetails(reviewId: number, ref: ScoreRef, old: number | null, next: number | null, reason: string | null, extra: Record<string, unknown> = {}) {
  return { callReviewId: reviewId, skillSet: ref.skillSet, skill: ref.skill, old, new: next, reason, ...extra };
}

/** A manager's or admin's new value for a score, applied at once; the call's rep is told. */
export async function overrideScore(sql: SqlConnection, call: ReviewCall, actor: Reviewer, input: OverrideInput, now = new Date()): Promise<ReviewView> {
  requireReviewer(actor, "override a score");
  const ref = refOf(input);
  const id = await sql.transaction(async (tx) => {
    await holdCallForReview(tx, call);
    const current = await currentScore(tx, call, ref);
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, created_by_user_id, created_at)
       VALUES (?, ?, ?, 'override', 'applied', ?, ?, ?, ?, ?) RETURNING id`,
      [call.id, ref.skillSet, ref.skill, current.effective, input.newScore, input.reason, actor.userId, now],
    );
    const reviewId = Number(row.id);
    // The figures follow in the same transaction: every rollup uses the score that now stands.
    await refreshRollups(tx, await rollupKeysOfCalls(tx, [call.id]));
    await recordAudit(tx, { actorUserId: actor.userId, action: "score.override", targetKind: "score", targetId: call.id, details: auditDetails(reviewId, ref, current.effective, input.newScore, input.reason) }, now);
    const words = `${actor.name} changed ${scoreWords(current.label)} of ${callPhrase(call, true)}: ${figure(current.effective)} → ${figure(input.newScore)}`;
    await notifyUsers(tx, await callRepUsers(tx, call), { kind: "review", callId: call.id, actorUserId: actor.userId, text: words }, now);
    return reviewId;
  });
  return reviewView((await readReview(sql, call, id))!);
}

/** The call's rep disputes a score, quoting the transcript; the managers of his team are told. One open dispute per score. */
export async function disputeScore(sql: SqlConnection, call: ReviewCall, actor: Reviewer, input: DisputeInput, now = new Date()): Promise<ReviewView> {
  if (actor.role !== "rep" || actor.repId === null || call.rep_id === null || Number(call.rep_id) !== Number(actor.repId)) throw new ReviewForbiddenError("Only the call's rep can dispute its scores");
  const latest = call.duration_sec !== null && Number(call.duration_sec) > 0 ? Math.min(MAX_SEC, Number(call.duration_sec) + END_SLACK_SEC) : MAX_SEC;
  if (input.quoteEndSec > latest) throw new ReviewInputError(`A quoted span on this call must be between 0 and ${latest} seconds`);
  const ref = refOf(input);
  const id = await sql.transaction(async (tx) => {
    await holdCallForReview(tx, call);
    const current = await currentScore(tx, call, ref);
    if (current.open) throw new ReviewInputError(`${current.label === OVERALL_SCORE_LABEL ? "The overall score" : `The ${current.label} score`} of this call is already disputed (dispute ${current.open.id}); wait for its decision`);
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO score_reviews (call_id, skill_set, skill, kind, state, old_score, new_score, reason, quote, quote_start_sec, quote_end_sec, created_by_user_id, created_at)
       VALUES (?, ?, ?, 'dispute', 'open', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [call.id, ref.skillSet, ref.skill, current.effective, input.newScore ?? null, input.reason, input.quote, input.quoteStartSec, input.quoteEndSec, actor.userId, now],
    );
    const reviewId = Number(row.id);
    await recordAudit(
      tx,
      { actorUserId: actor.userId, action: "score.dispute", targetKind: "score", targetId: call.id, details: auditDetails(reviewId, ref, current.effective, input.newScore ?? null, input.reason, { quote: input.quote }) },
      now,
    );
    const words = `${actor.name} disputes ${scoreWords(current.label)} (${figure(current.effective)}) of ${callPhrase(call, false)}`;
    await notifyUsers(tx, await callRepManagers(tx, call), { kind: "dispute", callId: call.id, actorUserId: actor.userId, text: words }, now);
    return reviewId;
  });
  return reviewView((await readReview(sql, call, id))!);
}

/** A manager or admin accepts (with the new value) or rejects (with a reason) an open dispute; the rep who disputed is told. */
export async function decideDispute(sql: SqlConnection, call: ReviewCall, actor: Reviewer, reviewId: number, input: DecisionInput, now = new Date()): Promise<ReviewView> {
  requireReviewer(actor, "decide a dispute");
  await sql.transaction(async (tx) => {
    await holdCallForReview(tx, call);
    const review = await readReview(tx, call, reviewId);
    if (!review || review.kind !== "dispute") throw new ReviewNotFoundError("No such dispute on this call");
    if (review.state !== "open") throw new ReviewInputError(`This dispute was already ${review.state}`);
    const ref: ScoreRef = { skillSet: review.skill_set, skill: review.skill };
    const current = await currentScore(tx, call, ref);
    const phrase = `your dispute of ${scoreWords(current.label)} of ${callPhrase(call, true)}`;
    let words: string;
    if (input.decision === "accept") {
      // The value replaced is the one in effect now (an override may have come since the dispute).
      await tx.run(`UPDATE score_reviews SET state = 'accepted', old_score = ?, new_score = ?, decided_by_user_id = ?, decision_reason = ?, decided_at = ? WHERE id = ? AND state = 'open'`, [
        current.effective,
        input.newScore,
        actor.userId,
        input.reason ?? null,
        now,
        review.id,
      ]);
      await refreshRollups(tx, await rollupKeysOfCalls(tx, [call.id]));
      await recordAudit(tx, { actorUserId: actor.userId, action: "score.accept", targetKind: "score", targetId: call.id, details: auditDetails(reviewId, ref, current.effective, input.newScore, input.reason ?? null) }, now);
      words = `${actor.name} accepted ${phrase}: ${figure(current.effective)} → ${figure(input.newScore)}`;
    } else {
      await tx.run(`UPDATE score_reviews SET state = 'rejected', decided_by_user_id = ?, decision_reason = ?, decided_at = ? WHERE id = ? AND state = 'open'`, [actor.userId, input.reason, now, review.id]);
      await recordAudit(tx, { actorUserId: actor.userId, action: "score.reject", targetKind: "score", targetId: call.id, details: auditDetails(reviewId, ref, current.effective, current.effective, input.reason) }, now);
      words = `${actor.name} rejected ${phrase}; it stays ${figure(current.effective)}`;
    }
    // The rep who disputed is told while he is still the call's rep's own user.
    const disputer = Number(review.created_by_user_id);
    const told = (await callRepUsers(tx, call)).includes(disputer) ? [disputer] : [];
    await notifyUsers(tx, told, { kind: "review", callId: call.id, actorUserId: actor.userId, text: words }, now);
  });
  return reviewView((await readReview(sql, call, reviewId))!);
}

/** The disputes waiting for a decision in the viewer's scope (a manager's teams, or all for an admin), newest first. */
export async function openDisputes(sql: SqlConnection, viewer: Viewer, limit = MAX_OPEN_DISPUTES): Promise<OpenDisputeView[]> {
  requireReviewer(viewer, "see the disputes waiting for a decision");
  const take = Math.min(MAX_OPEN_DISPUTES, Math.max(1, Math.floor(limit)));
  const scope = callScope(viewer);
  const rows = await sql.all<ReviewRow & { rep_id: number | null; rep_name: string | null; started_at: unknown; label: string | null } & CallPartyRow>(
    `SELECT ${REVIEW_COLUMNS}, c.rep_id, r.name AS rep_name, c.started_at, cs.label, ${CALL_PARTY_COLUMNS}
     FROM ${REVIEW_FROM}
     JOIN calls c ON c.id = sr.call_id
     LEFT JOIN reps r ON r.id = c.rep_id
     LEFT JOIN call_scores cs ON cs.call_id = sr.call_id AND cs.skill_set = sr.skill_set AND cs.skill = sr.skill
     WHERE sr.state = 'open' AND c.deleted_at IS NULL AND ${scope.sql}
     ORDER BY sr.created_at DESC, sr.id DESC LIMIT ${take}`,
    scope.params,
  );
  return rows.map((r) => ({
    ...reviewView(r),
    callId: Number(r.call_id),
    callTitle: callTitle(callParties(r)),
    callStartedAt: toDate(r.started_at)?.toISOString() ?? null,
    rep: r.rep_id === null ? null : { id: Number(r.rep_id), name: r.rep_name ?? "" },
    skillSet: r.skill_set,
    skill: r.skill,
    label: reviewedScoreLabel(r),
  }));
}

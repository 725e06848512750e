// A rep asking for feedback on one of his calls, with a note: the managers of
// his team are told at once, and the request stays open until a manager or an
// admin marks the call reviewed (review-queue.ts). One open request per call:
// asking again while one is open changes nothing and is refused in words,
// naming the open one. The caller has checked the actor may see the call.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import type { SqlConnection } from "@/lib/db/sql";
import { toDate } from "@/lib/db/values";
import type { FeedbackRequestView } from "@/lib/data/dto-review-queue";
import { MAX_NOTE_CHARS } from "@/lib/data/review-queue-filters";
import { callRepManagers, holdCall, notifyUsers } from "./call-notices";
import { callPhrase } from "./comments";
import type { CommentCall } from "./people";
import { writtenText } from "./written-text";

export { MAX_NOTE_CHARS };
/** How much of the note the managers' notice quotes. */
const NOTICE_NOTE_CHARS = 140;

/** Input a client got wrong: a 400 in these words. */
export class FeedbackInputError extends Error {}
/** Not this user's to do: a 403. */
export class FeedbackForbiddenError extends Error {}

export const requestFeedbackSchema = z
  .object({
    note: writtenText(MAX_NOTE_CHARS, "must not be empty: say what you would like feedback on"),
  })
  .strict();
export type RequestFeedbackInput = z.infer<typeof requestFeedbackSchema>;

export type Requester = Pick<Viewer, "userId" | "name" | "role" | "repId">;

interface RequestRow {
  id: number;
  call_id: number;
  note: string;
  requested_by_user_id: number;
  requester: string | null;
  created_at: unknown;
}

const REQUEST_SELECT = `SELECT f.id, f.call_id, f.note, f.requested_by_user_id, u.name AS requester, f.created_at
  FROM feedback_requests f LEFT JOIN users u ON u.id = f.requested_by_user_id`;

function requestView(r: RequestRow): FeedbackRequestView {
  return {
    id: Number(r.id),
    callId: Number(r.call_id),
    note: r.note,
    requestedBy: { id: Number(r.requested_by_user_id), name: r.requester },
    createdAt: toDate(r.created_at)!.toISOString(),
  };
}

/** The call's open feedback request (the latest, should there ever be two), or null. */
export async function openFeedbackRequest(sql: SqlConnection, call: Pick<CommentCall, "id">): Promise<FeedbackRequestView | null> {
  const [row] = await sql.all<RequestRow>(`${REQUEST_SELECT} WHERE f.call_id = ? AND f.resolved_at IS NULL ORDER BY f.created_at DESC, f.id DESC LIMIT 1`, [call.id]);
  return row ? requestView(row) : null;
}

export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The call's rep asks for feedback on it; the managers of his team are told. Refused in words while a request of the call is open. */
export async function requestFeedback(sql: SqlConnection, call: CommentCall, actor: Requester, input: RequestFeedbackInput, now = new Date()): Promise<FeedbackRequestView> {
  if (actor.role !== "rep" || actor.repId === null || call.rep_id === null || Number(call.rep_id) !== Number(actor.repId)) {
    throw new FeedbackForbiddenError("Only the call's rep can ask for feedback on it");
  }
  const id = await sql.transaction(async (tx) => {
    await holdCall(tx, call);
    const open = await openFeedbackRequest(tx, call);
    if (open) throw new FeedbackInputError(`Feedback on this call was already asked (request ${open.id}); it stays open until a manager marks the call reviewed`);
    const [row] = await tx.all<{ id: number }>(`INSERT INTO feedback_requests (call_id, requested_by_user_id, note, created_at) VALUES (?, ?, ?, ?) RETURNING id`, [
      call.id,
      actor.userId,
      input.note,
      now,
    ]);
    const words = `${actor.name} asks for feedback on ${callPhrase(call, false)}: “${excerpt(input.note, NOTICE_NOTE_CHARS)}”`;
    await notifyUsers(tx, await callRepManagers(tx, call), { kind: "feedback", callId: call.id, actorUserId: actor.userId, text: words }, now);
    return Number(row.id);
  });
  const [row] = await sql.all<RequestRow>(`${REQUEST_SELECT} WHERE f.id = ?`, [id]);
  return requestView(row);
}

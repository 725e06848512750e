// Comments at moments of a call: writing one (a thread's first comment at a
// moment or span, or a reply in a thread), editing and deleting one's own, and
// telling the people concerned in the same transaction: whoever is @mentioned,
// and whoever wrote earlier in the thread. Only users who can open the call may
// be mentioned or told. The caller has checked the author may see the call.
import "server-only";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { toBool, toDate } from "@/lib/db/values";
import { callTitle } from "@/lib/domain/call-title";
import type { CallComments, CommentView } from "@/lib/data/dto-comments";
import { type Notice as CallNotice, writeNotices } from "./call-notices";
import { type CallPerson, callPeople, callPeopleAmong, type CommentCall } from "./people";
import { COMMENT_COLUMNS, COMMENT_FROM, type CommentRow, commentView, listThreads, MAX_COMMENTS_PER_CALL, mentionIds, mentionNames } from "./threads";
import { NO_CONTROL, noControl, writtenText } from "./written-text";

export const MAX_BODY_CHARS = 4000;
export const MAX_QUOTE_CHARS = 500;
export const MAX_MENTIONS = 20;
/** Past the end of a call's recording, a moment may still be this late (durations are rounded by the vendors). */
const END_SLACK_SEC = 60;
const MAX_SEC = 86_400;
const MAX_ID = 2_147_483_647;

/** Input a client got wrong: a 400 in these words. */
export class CommentInputError extends Error {}
/** No such comment on this call: a 404. */
export class CommentNotFoundError extends Error {}
/** Someone else's comment: a 403. */
export class CommentForbiddenError extends Error {}

const id = z.number({ message: "must be a number" }).int({ message: "must be a whole number" }).positive({ message: "must be positive" }).max(MAX_ID, { message: "is not an id we have" });
const seconds = z.number({ message: "must be a number of seconds" }).min(0, { message: "must not be negative" }).max(MAX_SEC, { message: `must be at most ${MAX_SEC} seconds` });
const commentText = writtenText(MAX_BODY_CHARS);
const mentionList = z.array(id, { message: "must be a list of user ids" }).max(MAX_MENTIONS, { message: `may name at most ${MAX_MENTIONS} people` });

export const createCommentSchema = z
  .object({
    body: commentText,
    /** A thread's first comment: where it points. A reply takes its thread's moment; what it sends here is not used. */
    startSec: seconds.optional(),
    endSec: seconds.nullable().optional(),
    quote: z.string({ message: "must be text" }).max(MAX_QUOTE_CHARS, { message: `must be at most ${MAX_QUOTE_CHARS} characters` }).regex(NO_CONTROL, noControl).nullable().optional(),
    /** A reply: the thread's first comment, ours (parentId) or a synced ExecVision one (feedbackId). */
    parentId: id.optional(),
    feedbackId: id.optional(),
    mentions: mentionList.default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const reply = c.parentId !== undefined || c.feedbackId !== undefined;
    if (c.parentId !== undefined && c.feedbackId !== undefined) ctx.addIssue({ code: "custom", message: "a reply names parentId or feedbackId, not both", path: ["feedbackId"] });
    if (!reply && c.startSec === undefined) ctx.addIssue({ code: "custom", message: "a new comment needs its moment, startSec (a reply names parentId or feedbackId instead)", path: ["startSec"] });
    if (c.startSec !== undefined && c.endSec != null && c.endSec < c.startSec) ctx.addIssue({ code: "custom", message: "must not be before startSec", path: ["endSec"] });
  });
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const editCommentSchema = z.object({ body: commentText, mentions: mentionList.optional() }).strict();
export type EditCommentInput = z.infer<typeof editCommentSchema>;

export interface Author {
  userId: number;
  name: string;
}

/** "Marcus Reid's call with Maple Street Outfitters", or "your call with …" to the call's rep. */
export function callPhrase(call: CommentCall, toCallRep: boolean): string {
  const title = callTitle({ company: call.prospect_company, contact: call.prospect_name, email: call.prospect_email, phone: call.direction === "inbound" ? call.from_number : call.to_number });
  const withWhom = title.startsWith("Call with ") ? title.slice("Call with ".length) : title;
  if (toCallRep) return `your call with ${withWhom}`;
  return call.rep_name ? `${call.rep_name}'s call with ${withWhom}` : `the call with ${withWhom}`;
}

/** The call's threads and who may be mentioned on it. */
export async function getCallComments(sql: SqlConnection, call: CommentCall, viewerUserId: number): Promise<CallComments> {
  const [threads, people] = await Promise.all([listThreads(sql, call, viewerUserId), callPeople(sql, call)]);
  return { callId: Number(call.id), threads, people: people.map((p) => ({ id: p.id, name: p.name })) };
}

/** The mentioned users, each of whom must be able to open the call; refused in words otherwise. */
async function mentionedPeople(sql: SqlConnection, call: CommentCall, ids: readonly number[]): Promise<Map<number, CallPerson>> {
  const people = await callPeopleAmong(sql, call, ids);
  const outside = [...new Set(ids)].filter((id) => !people.has(id));
  if (outside.length) {
    throw new CommentInputError(`Only people who can open this call can be mentioned; ${outside.length === 1 ? "user" : "users"} ${outside.join(", ")} cannot`);
  }
  return people;
}

/** A notice before it is written: whom, what kind, what it says. */
type Notice = Pick<CallNotice, "userId" | "kind" | "text">;

async function notify(tx: SqlConnection, call: CommentCall, commentId: number, actor: Author, notices: readonly Notice[], now: Date): Promise<void> {
  await writeNotices(tx, notices.map((n) => ({ ...n, callId: call.id, commentId, actorUserId: actor.userId })), now);
}

function mentionNotices(call: CommentCall, actor: Author, people: Iterable<CallPerson>): Notice[] {
  return [...people].filter((p) => p.id !== actor.userId).map((p) => ({ userId: p.id, kind: "mention", text: `${actor.name} mentioned you on ${callPhrase(call, p.isCallRep)}` }));
}

async function readComment(sql: SqlConnection, call: CommentCall, commentId: number): Promise<CommentRow | null> {
  const [row] = await sql.all<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM ${COMMENT_FROM} WHERE cc.id = ? AND cc.call_id = ?`, [commentId, call.id]);
  return row ?? null;
}

async function viewOf(sql: SqlConnection, row: CommentRow, viewerUserId: number): Promise<CommentView> {
  return commentView(row, viewerUserId, await mentionNames(sql, [row]));
}

interface Thread {
  parentId: number | null;
  feedbackId: number | null;
  startSec: number;
  endSec: number | null;
  /** The users who wrote the thread's first comment: told of a reply "to your comment". */
  rootAuthors: number[];
  kindWord: string;
}

/** The thread a reply joins; a reply to a reply joins its thread. Refused in words when it is not on this call. */
async function threadOf(tx: SqlConnection, call: CommentCall, input: CreateCommentInput): Promise<Thread> {
  if (input.parentId !== undefined) {
    const [parent] = await tx.all<{ id: number; parent_id: number | null; feedback_id: number | null; author_user_id: number; start_sec: number; end_sec: number | null }>(
      `SELECT id, parent_id, feedback_id, author_user_id, start_sec, end_sec FROM call_comments WHERE id = ? AND call_id = ?`,
      [input.parentId, call.id],
    );
    if (!parent) throw new CommentInputError(`parentId ${input.parentId} is not a comment on this call`);
    if (parent.parent_id !== null || parent.feedback_id !== null) {
      return threadOf(tx, call, { ...input, parentId: parent.parent_id === null ? undefined : Number(parent.parent_id), feedbackId: parent.feedback_id === null ? undefined : Number(parent.feedback_id) });
    }
    return {
      parentId: Number(parent.id),
      feedbackId: null,
      startSec: Number(parent.start_sec),
      endSec: parent.end_sec === null ? null : Number(parent.end_sec),
      rootAuthors: [Number(parent.author_user_id)],
      kindWord: "comment",
    };
  }
  const [feedback] = await tx.all<{ id: number; start_sec: number; end_sec: number | null; is_highlight: unknown }>(
    `SELECT id, start_sec, end_sec, is_highlight FROM feedback WHERE id = ? AND vendor = ? AND call_external_id = ?`,
    [input.feedbackId!, call.vendor, call.external_id],
  );
  if (!feedback) throw new CommentInputError(`feedbackId ${input.feedbackId} is not an ExecVision comment or highlight on this call`);
  // The ExecVision author is a vendor user, a rep identity: told through the Coachboard user of its rep (by rep or by email).
  const authors = await tx.all<{ id: number }>(
    `SELECT DISTINCT u.id FROM feedback f
     JOIN rep_identities i ON i.vendor = f.vendor AND i.external_id = f.author_external_id
     JOIN reps r ON r.id = i.rep_id
     JOIN users u ON u.rep_id = r.id OR u.email = r.email
     WHERE f.id = ?`,
    [feedback.id],
  );
  const highlight = toBool(feedback.is_highlight);
  return {
    parentId: null,
    feedbackId: Number(feedback.id),
    startSec: Number(feedback.start_sec),
    endSec: feedback.end_sec === null ? null : Number(feedback.end_sec),
    rootAuthors: authors.map((a) => Number(a.id)),
    kindWord: highlight ? "ExecVision highlight" : "ExecVision comment",
  };
}

/** Those who wrote earlier replies in the thread. */
async function earlierRepliers(tx: SqlConnection, call: CommentCall, thread: Thread): Promise<number[]> {
  const rows =
    thread.parentId !== null
      ? await tx.all<{ author_user_id: number }>(`SELECT DISTINCT author_user_id FROM call_comments WHERE parent_id = ?`, [thread.parentId])
      : await tx.all<{ author_user_id: number }>(`SELECT DISTINCT author_user_id FROM call_comments WHERE call_id = ? AND feedback_id = ?`, [call.id, thread.feedbackId]);
  return rows.map((r) => Number(r.author_user_id));
}

function momentBounds(call: CommentCall): number {
  return call.duration_sec !== null && Number(call.duration_sec) > 0 ? Math.min(MAX_SEC, Number(call.duration_sec) + END_SLACK_SEC) : MAX_SEC;
}

/** Writes a comment or a reply and tells those concerned; answers the comment as its author sees it. */
export async function createComment(sql: SqlConnection, call: CommentCall, author: Author, input: CreateCommentInput, now = new Date()): Promise<CommentView> {
  const reply = input.parentId !== undefined || input.feedbackId !== undefined;
  if (!reply) {
    const latest = momentBounds(call);
    if (input.startSec! > latest || (input.endSec ?? 0) > latest) throw new CommentInputError(`A moment on this call must be between 0 and ${latest} seconds`);
  }
  const commentId = await sql.transaction(async (tx) => {
    const [{ n }] = await tx.all<{ n: number }>(`SELECT COUNT(*) AS n FROM call_comments WHERE call_id = ?`, [call.id]);
    if (Number(n) >= MAX_COMMENTS_PER_CALL) throw new CommentInputError(`This call has ${MAX_COMMENTS_PER_CALL} comments, as many as one call holds`);
    const thread = reply ? await threadOf(tx, call, input) : null;
    const mentioned = await mentionedPeople(tx, call, input.mentions);
    const quote = reply ? null : input.quote?.trim() || null;
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO call_comments (call_id, author_user_id, parent_id, feedback_id, start_sec, end_sec, quote, body, mentions, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        call.id,
        author.userId,
        thread?.parentId ?? null,
        thread?.feedbackId ?? null,
        thread ? thread.startSec : input.startSec!,
        thread ? thread.endSec : (input.endSec ?? null),
        quote,
        input.body,
        mentioned.size ? JSON.stringify([...new Set(input.mentions)]) : null,
        now,
      ],
    );
    const id = Number(row.id);
    const notices = mentionNotices(call, author, mentioned.values());
    if (thread) {
      // Told once: a mention already says more than a reply.
      const told = new Set([author.userId, ...mentioned.keys()]);
      const repliers = await earlierRepliers(tx, call, thread);
      const concerned = await callPeopleAmong(tx, call, [...thread.rootAuthors, ...repliers].filter((u) => !told.has(u)));
      for (const userId of [...thread.rootAuthors, ...repliers]) {
        const person = concerned.get(userId);
        if (!person || told.has(userId)) continue;
        told.add(userId);
        const what = thread.rootAuthors.includes(userId) ? `replied to your ${thread.kindWord} on` : "also replied on";
        notices.push({ userId, kind: "reply", text: `${author.name} ${what} ${callPhrase(call, person.isCallRep)}` });
      }
    }
    await notify(tx, call, id, author, notices, now);
    return id;
  });
  return viewOf(sql, (await readComment(sql, call, commentId))!, author.userId);
}

/** The comment, on this call, written by `author`: refused as missing or as someone else's. */
async function ownComment(sql: SqlConnection, call: CommentCall, author: Author, commentId: number, verb: "edit" | "delete"): Promise<CommentRow> {
  const row = await readComment(sql, call, commentId);
  if (!row) throw new CommentNotFoundError("No such comment on this call");
  if (Number(row.author_user_id) !== author.userId) throw new CommentForbiddenError(`You can only ${verb} your own comments`);
  return row;
}

/** Changes the words of one's own comment; people newly mentioned are told. */
export async function editComment(sql: SqlConnection, call: CommentCall, author: Author, commentId: number, input: EditCommentInput, now = new Date()): Promise<CommentView> {
  await sql.transaction(async (tx) => {
    const row = await ownComment(tx, call, author, commentId, "edit");
    if (toDate(row.deleted_at)) throw new CommentInputError("This comment was deleted; it can no longer be edited");
    const before = new Set(mentionIds(row.mentions));
    const ids = input.mentions ?? [...before];
    // Mentions kept from before are checked again: someone who can no longer open the call is dropped, not refused.
    const added = ids.filter((u) => !before.has(u));
    await mentionedPeople(tx, call, added);
    const kept = await callPeopleAmong(tx, call, ids);
    const mentions = [...new Set(ids)].filter((u) => kept.has(u));
    await tx.run(`UPDATE call_comments SET body = ?, mentions = ?, edited_at = ? WHERE id = ?`, [input.body, mentions.length ? JSON.stringify(mentions) : null, now, row.id]);
    await notify(tx, call, Number(row.id), author, mentionNotices(call, author, [...kept.values()].filter((p) => !before.has(p.id))), now);
  });
  return viewOf(sql, (await readComment(sql, call, commentId))!, author.userId);
}

/** Deletes one's own comment: the row stays (its thread stays whole), its words go. Deleting again changes nothing. */
export async function deleteComment(sql: SqlConnection, call: CommentCall, author: Author, commentId: number, now = new Date()): Promise<CommentView> {
  await sql.transaction(async (tx) => {
    const row = await ownComment(tx, call, author, commentId, "delete");
    if (toDate(row.deleted_at)) return;
    await tx.run(`UPDATE call_comments SET body = '', quote = NULL, mentions = NULL, deleted_at = ? WHERE id = ?`, [now, row.id]);
  });
  return viewOf(sql, (await readComment(sql, call, commentId))!, author.userId);
}

// Comments at moments of a call, for the call page and its routes. Every read
// and write first finds the call through the viewer's scope: a call he cannot
// open is "No such call", exactly as the call itself answers.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import {
  CommentForbiddenError,
  CommentInputError,
  CommentNotFoundError,
  createComment,
  type createCommentSchema,
  deleteComment,
  editComment,
  type editCommentSchema,
  getCallComments as readCallComments,
} from "@/lib/coaching/comments";
import type { CommentCall } from "@/lib/coaching/people";
import { getSql } from "@/lib/db";
import { type CallComments, callCommentsSchema, type CommentView, commentSchema } from "./dto-comments";
import { toldAs } from "./admin-only";
import { requireVisibleCall } from "./get-call";

const visibleCall = requireVisibleCall;

/** The coaching module's refusals as HTTP answers in words: 400, 403, 404. */
const told = <T>(work: () => Promise<T>) => toldAs(work, { input: CommentInputError, refused: CommentForbiddenError, missing: CommentNotFoundError });

const author = (viewer: Viewer) => ({ userId: viewer.userId, name: viewer.name });

/** The call's threads (ours and ExecVision's) and who the viewer may mention on it. */
export async function getCallComments(viewer: Viewer, callId: number): Promise<CallComments> {
  const call = await visibleCall(viewer, callId);
  return callCommentsSchema.parse(await readCallComments(await getSql(), call, viewer.userId));
}

/**
 * What a change answers: the call's threads as they now are (the page replaces
 * its list with them), and the comment written, edited or deleted (`changed`).
 */
export const callCommentsChangeSchema = callCommentsSchema.extend({ changed: commentSchema });
export type CallCommentsChange = z.infer<typeof callCommentsChangeSchema>;

async function afterChange(viewer: Viewer, call: CommentCall, changed: CommentView): Promise<CallCommentsChange> {
  const comments = await readCallComments(await getSql(), call, viewer.userId);
  return callCommentsChangeSchema.parse({ ...comments, changed });
}

export async function createCallComment(viewer: Viewer, callId: number, input: z.infer<typeof createCommentSchema>): Promise<CallCommentsChange> {
  const call = await visibleCall(viewer, callId);
  return afterChange(viewer, call, await told(async () => createComment(await getSql(), call, author(viewer), input)));
}

export async function editCallComment(viewer: Viewer, callId: number, commentId: number, input: z.infer<typeof editCommentSchema>): Promise<CallCommentsChange> {
  const call = await visibleCall(viewer, callId);
  return afterChange(viewer, call, await told(async () => editComment(await getSql(), call, author(viewer), commentId, input)));
}

export async function deleteCallComment(viewer: Viewer, callId: number, commentId: number): Promise<CallCommentsChange> {
  const call = await visibleCall(viewer, callId);
  return afterChange(viewer, call, await told(async () => deleteComment(await getSql(), call, author(viewer), commentId)));
}

// Comments at moments of a call and the in-app inbox: what the routes answer
// and the pages render. Coachboard's own comments and the synced ExecVision
// comments and highlights come in the same threads, each marked with its source.
import { z } from "zod";

const iso = z.string();
export const personSchema = z.object({ id: z.number().int(), name: z.string() });

export const commentSchema = z.object({
  /** "c<id>" for a Coachboard comment, "f<id>" for a synced ExecVision comment or highlight. */
  key: z.string(),
  /** The Coachboard comment's id (what edits, deletes and replies name); null for a synced one. */
  id: z.number().int().nullable(),
  /** The synced feedback row's id, for a reply to it; null for ours. */
  feedbackId: z.number().int().nullable(),
  source: z.enum(["coachboard", "execvision"]),
  kind: z.enum(["comment", "highlight"]),
  /** The author's user for ours; for a synced one the ExecVision user's name as synced (id null). */
  author: z.object({ id: z.number().int().nullable(), name: z.string() }),
  startSec: z.number(),
  endSec: z.number().nullable(),
  /** The transcript words the span covered, as the author saw them. */
  quote: z.string().nullable(),
  /** null once deleted (the thread stays whole, marked deleted). */
  body: z.string().nullable(),
  deleted: z.boolean(),
  createdAt: iso,
  editedAt: iso.nullable(),
  mentions: z.array(personSchema),
  /** The viewer wrote it (and it is not deleted): he may edit or delete it. */
  mine: z.boolean(),
});
export type CommentView = z.infer<typeof commentSchema>;

export const threadSchema = commentSchema.extend({ replies: z.array(commentSchema) });
export type ThreadView = z.infer<typeof threadSchema>;

export const callCommentsSchema = z.object({
  callId: z.number().int(),
  /** Oldest moment first. */
  threads: z.array(threadSchema),
  /** Who the viewer may @mention here: the users who can open this call. */
  people: z.array(personSchema),
});
export type CallComments = z.infer<typeof callCommentsSchema>;

export const notificationSchema = z.object({
  id: z.number().int(),
  /** mention, reply (comments); dispute (a rep disputed a score, to his managers); review (a score of the rep's call changed or his dispute decided). */
  kind: z.enum(["mention", "reply", "dispute", "review", "feedback"]),
  text: z.string(),
  actor: z.string().nullable(),
  callId: z.number().int().nullable(),
  /** Where the link opens: /calls/<id>?comment=c<id> (the call at the comment's moment). */
  href: z.string().nullable(),
  createdAt: iso,
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const inboxSchema = z.object({ unread: z.number().int(), items: z.array(notificationSchema) });
export type Inbox = z.infer<typeof inboxSchema>;

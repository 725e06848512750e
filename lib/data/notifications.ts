// The signed-in user's inbox (mentions and replies), and marking it read.
// Only his own notices, and only those about calls he can still open.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/roles";
import { DEFAULT_INBOX, getInbox as readInbox, MAX_INBOX, MAX_MARK_READ, markRead } from "@/lib/coaching/notifications";
import { getSql } from "@/lib/db";
import { type Inbox, inboxSchema } from "./dto-comments";

export const inboxQuery = z.object({
  limit: z.coerce
    .number({ message: "must be a number" })
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be 1 or more" })
    .max(MAX_INBOX, { message: `must be at most ${MAX_INBOX}` })
    .default(DEFAULT_INBOX),
});

const notificationId = z.number({ message: "must be a number" }).int({ message: "must be a whole number" }).positive({ message: "must be positive" }).max(2_147_483_647, { message: "is not an id we have" });

export const markReadSchema = z
  .object({
    ids: z.array(notificationId, { message: "must be a list of notification ids" }).min(1, { message: "must name at least one notification" }).max(MAX_MARK_READ, { message: `may name at most ${MAX_MARK_READ} notifications` }).optional(),
    all: z.literal(true, { message: "must be true" }).optional(),
  })
  .strict()
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), { message: `send ids (at most ${MAX_MARK_READ}) or all: true, one of them` });

export async function getInbox(viewer: Viewer, limit = DEFAULT_INBOX): Promise<Inbox> {
  return inboxSchema.parse(await readInbox(await getSql(), viewer, limit));
}

/** Marks the named notices (the viewer's own; others' ids change nothing), or all, read; answers the inbox as it now is. */
export async function markNotificationsRead(viewer: Viewer, body: z.infer<typeof markReadSchema>): Promise<Inbox> {
  await markRead(await getSql(), viewer, body.all ? { all: true } : { ids: body.ids ?? [] });
  return getInbox(viewer);
}

// Where Coachboard's comments show besides their panel: on the transcript line
// they point at (as the synced ExecVision notes do), and which thread a deep
// link (?comment=c12 or f34) names.
import type { CallNote } from "@/lib/data/dto";
import type { CommentView, ThreadView } from "@/lib/data/dto-comments";

/**
 * Our comments as notes for the transcript's lines. The synced ones are among
 * the call's notes already; deleted ones and replies (at their thread's
 * moment, read in the panel) stay off the lines.
 */
export function commentNotes(threads: readonly ThreadView[]): CallNote[] {
  return threads
    .filter((t) => t.source === "coachboard" && !t.deleted)
    .map((t) => ({ kind: "comment", author: t.author.name, givenAt: t.createdAt, startSec: t.startSec, endSec: t.endSec, text: t.body }));
}

/** A comment key as a deep link carries it: "c" or "f" and digits. */
export function parseCommentKey(value: string | null | undefined): string | null {
  return value && /^[cf][0-9]{1,12}$/.test(value) ? value : null;
}

/** The thread holding the comment with this key (itself or one of its replies), and the comment. */
export function findComment(threads: readonly ThreadView[], key: string): { thread: ThreadView; comment: CommentView } | null {
  for (const thread of threads) {
    if (thread.key === key) return { thread, comment: thread };
    const reply = thread.replies.find((r) => r.key === key);
    if (reply) return { thread, comment: reply };
  }
  return null;
}

"use client";

// One thread of the comments panel: the comment at its moment (a click plays
// it), the words it quotes, its replies under it, and a box to reply. Synced
// ExecVision comments and highlights say so; one's own can be edited or deleted.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EventTime } from "@/components/ui/time-zone";
import { splitMentions } from "@/lib/client/comment-mentions";
import { useCommentChange } from "@/lib/client/use-comment-change";
import type { CommentView, ThreadView } from "@/lib/data/dto-comments";
import { CommentForm } from "./comment-form";
import { formatClock } from "./format";

export const commentElementId = (key: string) => `comment-${key}`;

/** "1:23", or "1:23–1:30" for a span. */
export function momentLabel(comment: Pick<CommentView, "startSec" | "endSec">): string {
  const start = formatClock(comment.startSec);
  const end = comment.endSec !== null ? formatClock(comment.endSec) : start;
  return end === start ? start : `${start}–${end}`;
}

function Body({ comment }: { comment: CommentView }) {
  if (comment.deleted || comment.body === null) return <p className="text-sm italic text-slate-500">This comment was deleted.</p>;
  return (
    <p className="whitespace-pre-wrap break-words text-sm text-slate-800">
      {splitMentions(comment.body, comment.mentions).map((part, i) =>
        "person" in part ? (
          <span key={i} data-mention={part.person.id} className="rounded-sm bg-brand-50 px-0.5 font-medium text-brand-700">
            @{part.person.name}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

function OwnActions({ callId, comment, onEdit }: { callId: number; comment: CommentView; onEdit: () => void }) {
  const remove = useCommentChange(callId);
  const [confirming, setConfirming] = useState(false);
  const id = comment.id!;
  const small = "px-2 py-0.5 text-xs";
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1">
      {confirming ? (
        <>
          <span className="text-xs text-slate-700">Delete this comment?</span>
          <Button type="button" variant="secondary" className={small} disabled={remove.isPending} onClick={() => remove.mutate({ action: "delete", id }, { onSuccess: () => setConfirming(false) })}>
            {remove.isPending ? "Deleting…" : "Delete"}
          </Button>
          <Button type="button" variant="ghost" className={small} onClick={() => setConfirming(false)}>
            Keep
          </Button>
        </>
      ) : (
        <>
          <Button type="button" variant="ghost" className={small} onClick={onEdit} aria-label={`Edit your comment at ${formatClock(comment.startSec)}`}>
            Edit
          </Button>
          <Button type="button" variant="ghost" className={small} onClick={() => setConfirming(true)} aria-label={`Delete your comment at ${formatClock(comment.startSec)}`}>
            Delete
          </Button>
        </>
      )}
      {remove.isError && (
        <p role="alert" className="w-full text-sm text-red-700">
          {remove.error.message}
        </p>
      )}
    </div>
  );
}

function EditForm({ callId, comment, people, onDone }: { callId: number; comment: CommentView; people: ThreadView["mentions"]; onDone: () => void }) {
  const edit = useCommentChange(callId);
  return (
    <CommentForm
      label="Edit your comment"
      initial={comment.body ?? ""}
      people={people}
      submitLabel="Save"
      autoFocus
      pending={edit.isPending}
      error={edit.isError ? edit.error.message : null}
      onSubmit={({ body, mentions }) => edit.mutateAsync({ action: "edit", id: comment.id!, body, mentions }).then(onDone)}
      onCancel={onDone}
    />
  );
}

export interface CommentItemProps {
  callId: number;
  comment: CommentView;
  people: ThreadView["mentions"];
  marked: boolean;
  /** The thread's root shows its moment and quote; a reply is at its thread's moment. */
  onSeek?: (seconds: number) => void;
}

export function CommentItem({ callId, comment, people, marked, onSeek }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const kind = comment.kind === "highlight" ? "highlight" : "comment";
  const moment = momentLabel(comment);
  return (
    <article id={commentElementId(comment.key)} tabIndex={marked ? -1 : undefined} aria-label={`${kind === "highlight" ? "Highlight" : "Comment"} by ${comment.author.name}`} className={`scroll-mt-24 rounded-md px-2 py-1.5 ${marked ? "bg-brand-50 ring-2 ring-brand-500" : ""}`}>
      <p className="flex flex-wrap items-baseline gap-x-1.5 gap-y-0.5 text-xs text-slate-600">
        {onSeek && (
          <button
            type="button"
            onClick={() => onSeek(comment.startSec)}
            aria-label={`Play from ${moment}: ${kind} by ${comment.author.name}`}
            className="-my-0.5 h-6 rounded px-1 font-medium tabular-nums text-brand-700 hover:bg-slate-100 hover:underline"
          >
            {moment}
          </button>
        )}
        <span className="font-semibold text-slate-800">{comment.author.name}</span>
        {comment.source === "execvision" && <span className="rounded bg-violet-50 px-1.5 py-px text-[11px] font-medium text-violet-800 ring-1 ring-inset ring-violet-200">ExecVision</span>}
        {comment.kind === "highlight" && <span className="font-medium text-yellow-800">Highlight</span>}
        <span aria-hidden="true">·</span>
        <EventTime iso={comment.createdAt} />
        {comment.editedAt && !comment.deleted && <span title={comment.editedAt}>(edited)</span>}
      </p>
      {onSeek && comment.quote && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm italic text-slate-600">“{comment.quote}”</blockquote>}
      <div className="mt-1">
        {editing ? <EditForm callId={callId} comment={comment} people={people} onDone={() => setEditing(false)} /> : <Body comment={comment} />}
      </div>
      {comment.mine && comment.id !== null && !comment.deleted && !editing && <OwnActions callId={callId} comment={comment} onEdit={() => setEditing(true)} />}
    </article>
  );
}

function ReplyBox({ callId, thread, people }: { callId: number; thread: ThreadView; people: ThreadView["mentions"] }) {
  const [open, setOpen] = useState(false);
  const reply = useCommentChange(callId);
  const to = thread.id !== null ? { parentId: thread.id } : thread.feedbackId !== null ? { feedbackId: thread.feedbackId } : null;
  if (!to) return null;
  if (!open) {
    return (
      <Button type="button" variant="ghost" className="ml-1 px-2 py-0.5 text-xs" aria-label={`Reply to ${thread.author.name} at ${formatClock(thread.startSec)}`} onClick={() => setOpen(true)}>
        Reply
      </Button>
    );
  }
  return (
    <div className="ml-4 border-l-2 border-slate-200 pl-3">
      <CommentForm
        label={`Reply to ${thread.author.name}`}
        people={people}
        submitLabel="Reply"
        autoFocus
        pending={reply.isPending}
        error={reply.isError ? reply.error.message : null}
        onSubmit={({ body, mentions }) => reply.mutateAsync({ action: "create", comment: { body, mentions, startSec: thread.startSec, ...to } }).then(() => setOpen(false))}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}

export function CommentThread({ callId, thread, people, marked, onSeek }: { callId: number; thread: ThreadView; people: ThreadView["mentions"]; marked: string | null; onSeek: (seconds: number) => void }) {
  return (
    <li className="rounded-md border border-slate-100 bg-slate-50/60 p-1.5">
      <CommentItem callId={callId} comment={thread} people={people} marked={marked === thread.key} onSeek={onSeek} />
      {thread.replies.length > 0 && (
        <ul aria-label={`Replies to ${thread.author.name}`} className="ml-4 mt-1 space-y-1 border-l-2 border-slate-200 pl-2">
          {thread.replies.map((reply) => (
            <li key={reply.key}>
              <CommentItem callId={callId} comment={reply} people={people} marked={marked === reply.key} />
            </li>
          ))}
        </ul>
      )}
      <ReplyBox callId={callId} thread={thread} people={people} />
    </li>
  );
}

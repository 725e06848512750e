"use client";

// Feedback on a call: its rep asks for it with a note ("Request feedback"),
// and once asked the call says when and what, until a manager marks the call
// reviewed. A manager or admin sees the open request; asking is the rep's.
import { useId, useState } from "react";
import { useCallFeedbackQuery, useRequestFeedback } from "@/components/reviews/use-review-queue";
import { Button } from "@/components/ui/button";
import { controlClass, invalidProps } from "@/components/ui/field";
import { EventTime } from "@/components/ui/time-zone";
import type { Role } from "@/lib/auth/roles";
import type { FeedbackRequestView } from "@/lib/data/dto-review-queue";
import { MAX_NOTE_CHARS } from "@/lib/data/review-queue-filters";

/** What is wrong with a note, in words; null when it can be sent. */
export function noteProblem(note: string): string | null {
  const text = note.trim();
  if (!text) return "Write a note: what would you like feedback on?";
  if (text.length > MAX_NOTE_CHARS) return `Keep the note to ${MAX_NOTE_CHARS} characters (it has ${text.length.toLocaleString("en-US")})`;
  return null;
}

function Asked({ request, own }: { request: FeedbackRequestView; own: boolean }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm text-slate-800">
      <span className="font-medium">
        {own ? "Feedback asked" : `${request.requestedBy.name ?? "The rep"} asked for feedback`} on <EventTime iso={request.createdAt} day />:
      </span>{" "}
      {request.note}
    </p>
  );
}

export interface RequestFeedbackViewProps {
  role: Role;
  open: FeedbackRequestView | null;
  pending?: boolean;
  /** The server's refusal, in its words. */
  error?: string | null;
  onSubmit: (note: string) => void;
  /** The form shown from the start (the rep pressed "Request feedback"). */
  initialFormOpen?: boolean;
  initialNote?: string;
}

export function RequestFeedbackView({ role, open, pending = false, error = null, onSubmit, initialFormOpen = false, initialNote = "" }: RequestFeedbackViewProps) {
  const id = useId();
  const [formOpen, setFormOpen] = useState(initialFormOpen);
  const [note, setNote] = useState(initialNote);
  const [problem, setProblem] = useState<string | null>(null);
  const own = role === "rep";
  if (!own && !open) return null;
  const shown = problem ?? error;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <h2 id={`${id}-title`} className="sr-only">
        Feedback
      </h2>
      {open ? (
        <Asked request={open} own={own} />
      ) : formOpen ? (
        <form
          noValidate
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            const wrong = noteProblem(note);
            setProblem(wrong);
            if (!wrong) onSubmit(note.trim());
          }}
        >
          <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
            What would you like feedback on?
          </label>
          <textarea
            id={`${id}-note`}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={3}
            maxLength={MAX_NOTE_CHARS}
            required
            {...invalidProps(`${id}-note`, shown ?? undefined)}
            className={controlClass(Boolean(shown))}
          />
          <p id={`${id}-note-error`} aria-live="polite" className={shown ? "text-xs text-red-700" : "text-xs text-slate-500"}>
            {shown ?? `Your managers are told. Up to ${MAX_NOTE_CHARS} characters.`}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Send request"}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setFormOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-700">Want your manager to look at this call?</p>
          <Button type="button" variant="secondary" onClick={() => setFormOpen(true)}>
            Request feedback
          </Button>
        </div>
      )}
    </section>
  );
}

export function RequestFeedback({ callId, role }: { callId: number; role: Role }) {
  const query = useCallFeedbackQuery(callId);
  const request = useRequestFeedback(callId);
  if (!query.data) return null;
  return <RequestFeedbackView role={role} open={query.data.open} pending={request.isPending} error={request.error?.message ?? null} onSubmit={(note) => request.mutate(note)} />;
}

"use client";

// The one form for writing a comment, a reply or an edit: a labelled box that
// offers @mentions, what is wrong in words, and Ctrl/⌘+Enter to send.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { mentionedIds, type Person } from "@/lib/client/comment-mentions";
import { MAX_BODY, MentionInput } from "./comment-mention-input";

export interface CommentFormProps {
  label: React.ReactNode;
  people: readonly Person[];
  submitLabel: string;
  initial?: string;
  pending: boolean;
  error: string | null;
  /** Resolves once saved, when the box empties; a failure shows as `error`. */
  onSubmit: (input: { body: string; mentions: number[] }) => Promise<unknown>;
  onCancel?: () => void;
  rows?: number;
  autoFocus?: boolean;
}

export function CommentForm({ label, people, submitLabel, initial = "", pending, error, onSubmit, onCancel, rows = 2, autoFocus }: CommentFormProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const body = text.trim();
  const submit = () => {
    if (!body || pending) return;
    onSubmit({ body, mentions: mentionedIds(body, people) }).then(
      () => setText(""),
      () => {},
    );
  };
  return (
    <form
      className="space-y-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <MentionInput
        id={id}
        value={text}
        onChange={setText}
        people={people}
        rows={rows}
        autoFocus={autoFocus}
        placeholder="Type @ to mention someone"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            submit();
          }
          if (event.key === "Escape" && onCancel) onCancel();
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" className="px-3 py-1.5" disabled={!body || pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" className="px-3 py-1.5" onClick={onCancel}>
            Cancel
          </Button>
        )}
        {text.length > MAX_BODY - 200 && (
          <span className="ml-auto text-xs tabular-nums text-slate-500">
            {text.length} of {MAX_BODY} characters
          </span>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

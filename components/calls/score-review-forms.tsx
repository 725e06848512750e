"use client";

// The small forms of the score-review panel: a new value (0–100) and a reason,
// each required or optional by the form; what is wrong shows in words, the
// server's own when it refuses.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { parseScore } from "./score-review-model";

/** The server takes reasons up to this long. */
export const MAX_REASON = 1000;

export interface ReviewFormInput {
  score: number | null;
  reason: string;
}

export interface ReviewFormProps {
  /** The form's name for screen readers: "Override Discovery". */
  label: string;
  /** Whether the form asks for a new value, and whether it must be given. */
  score?: { label: string; required: boolean; initial?: number | null };
  reason: { label: string; required: boolean };
  submitLabel: string;
  pending: boolean;
  /** The server's refusal, in its words. */
  error: string | null;
  /** Something that must be in place before sending (the quoted words), or null when it is. */
  blocker?: string | null;
  children?: React.ReactNode;
  /** Resolves once saved; a failure shows as `error`. */
  onSubmit: (input: ReviewFormInput) => Promise<unknown>;
  onCancel: () => void;
}

export function ReviewForm({ label, score, reason, submitLabel, pending, error, blocker = null, children, onSubmit, onCancel }: ReviewFormProps) {
  const id = useId();
  const [scoreText, setScoreText] = useState(score?.initial != null ? String(Math.round(score.initial)) : "");
  const [reasonText, setReasonText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (pending) return;
    const value = parseScore(scoreText);
    const why = reasonText.trim();
    if (blocker) return setProblem(blocker);
    if (score && (scoreText.trim() || score.required) && value === null) return setProblem(`${score.label} must be a number from 0 to 100.`);
    if (reason.required && !why) return setProblem(`${reason.label} must not be empty.`);
    setProblem(null);
    onSubmit({ score: value, reason: why }).catch(() => {});
  };
  const shown = problem ?? error;
  return (
    <form
      aria-label={label}
      className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {children}
      {score && (
        <div>
          <label htmlFor={`${id}-score`} className="block text-xs font-medium text-slate-600">
            {score.label}
            {!score.required && " (optional)"}
          </label>
          <input
            id={`${id}-score`}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            required={score.required}
            value={scoreText}
            onChange={(event) => setScoreText(event.target.value)}
            className={`${controlClass(false)} max-w-[8rem]`}
          />
        </div>
      )}
      <div>
        <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-slate-600">
          {reason.label}
          {!reason.required && " (optional)"}
        </label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={MAX_REASON}
          required={reason.required}
          value={reasonText}
          onChange={(event) => setReasonText(event.target.value)}
          className={controlClass(false)}
        />
      </div>
      {shown && (
        <p role="alert" className="text-sm text-red-700">
          {shown}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="px-3 py-1.5" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Button type="button" variant="ghost" className="px-3 py-1.5" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

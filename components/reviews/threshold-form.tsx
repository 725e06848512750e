"use client";

// The manager's "scored below" threshold, 0 to 100, set from the review queue.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass, invalidProps } from "@/components/ui/field";
import { BELOW_DAYS } from "@/lib/data/review-queue-filters";
import { useSetThreshold } from "./use-review-queue";

/** What is wrong with a threshold as typed, in words; null when it can be saved. */
export function thresholdProblem(text: string): string | null {
  if (!/^\d{1,3}$/.test(text.trim())) return "Enter a whole number from 0 to 100";
  const value = Number(text.trim());
  return value > 100 ? "Enter a whole number from 0 to 100" : null;
}

export function ThresholdForm({ threshold }: { threshold: number }) {
  const id = useId();
  const [text, setText] = useState(String(threshold));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetThreshold();
  const shown = problem ?? save.error?.message ?? null;
  return (
    <form
      noValidate
      className="mb-4 flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const wrong = thresholdProblem(text);
        setProblem(wrong);
        if (!wrong) save.mutate(Number(text.trim()));
      }}
    >
      <div>
        <label htmlFor={`${id}-threshold`} className="block text-xs font-medium text-slate-600">
          Below threshold (0–100)
        </label>
        <input
          id={`${id}-threshold`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...invalidProps(`${id}-threshold`, shown ?? undefined)}
          className={`${controlClass(Boolean(shown))} w-24`}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save threshold"}
      </Button>
      <p id={`${id}-threshold-error`} aria-live="polite" className={shown ? "w-full text-xs text-red-700" : "w-full text-xs text-slate-500"}>
        {shown ?? (save.isSuccess ? "Saved." : `Calls of the last ${BELOW_DAYS} days whose overall score is below this are listed under Below.`)}
      </p>
    </form>
  );
}

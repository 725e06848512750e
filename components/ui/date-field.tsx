"use client";

import { type KeyboardEvent, useState } from "react";
import { isWholeDay } from "@/lib/client/filter-validation";
import { controlClass, FieldShell, invalidProps } from "./field";

const INCOMPLETE = "Enter a whole date: day, month and year.";

/**
 * A date input that keeps what is typed. A native date input reports a value
 * from the first digit of the year (year 0002), so sending every change to the
 * address and back reset it mid-typing. Here the text lives in the field: a
 * whole, valid day is handed on as soon as it is typed; blur and Enter hand on
 * what is there (an empty field clears the filter); a half-typed date stays as
 * it is, with a word about what is missing.
 */
export function DateField({
  id,
  label,
  value,
  error,
  onCommit,
  min = "1900-01-01",
  max = "2999-12-31",
}: {
  id: string;
  label: string;
  /** The day the form holds, 2026-03-31, or "". */
  value: string;
  error?: string;
  onCommit: (day: string) => void;
  min?: string;
  max?: string;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  // A new value from outside (back, a link, another field's reset) shows, unless the user is typing here.
  if (seen !== value) {
    setSeen(value);
    if (!focused) setText(value);
  }

  const commit = (input: HTMLInputElement) => {
    // A half-typed date reads as "" with badInput set: keep it, say what is missing.
    if (input.validity.badInput) return setIncomplete(true);
    setIncomplete(false);
    if (input.value !== value) onCommit(input.value);
  };
  const message = incomplete ? INCOMPLETE : error;

  return (
    <FieldShell id={id} label={label} error={message}>
      <input
        id={id}
        type="date"
        min={min}
        max={max}
        value={text}
        {...invalidProps(id, message)}
        className={controlClass(Boolean(message))}
        onFocus={() => setFocused(true)}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.validity.badInput) setIncomplete(false);
          if (e.target.value !== value && isWholeDay(e.target.value)) onCommit(e.target.value);
        }}
        onBlur={(e) => {
          setFocused(false);
          commit(e.currentTarget);
        }}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key !== "Enter") return;
          // Enter applies this date; it does not also submit the form around it.
          e.preventDefault();
          commit(e.currentTarget);
        }}
      />
    </FieldShell>
  );
}

"use client";

import { type KeyboardEvent, useState } from "react";
import { controlClass, FieldShell, invalidProps } from "@/components/ui/field";

/**
 * A text filter on CRM names that keeps what is typed: choosing one of the
 * suggested names applies it at once; blur and Enter apply what is there (an
 * empty field clears the filter). Half a name is never sent, so the list does
 * not flicker through "no calls" while someone types.
 */
export function CrmNameField({
  id,
  label,
  value,
  error,
  options = [],
  maxLength,
  placeholder,
  onCommit,
}: {
  id: string;
  label: string;
  /** The applied value, or "". */
  value: string;
  error?: string;
  /** Names to suggest; a typed name need not be one of them. */
  options?: string[];
  maxLength: number;
  placeholder?: string;
  onCommit: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  // A new value from outside (back, a link) shows, unless the user is typing here.
  if (seen !== value) {
    setSeen(value);
    if (!focused) setText(value);
  }
  const commit = (next: string) => {
    if (next.trim() !== value) onCommit(next.trim());
  };
  const listId = options.length ? `${id}-options` : undefined;

  return (
    <FieldShell id={id} label={label} error={error}>
      <input
        id={id}
        type="search"
        autoComplete="off"
        list={listId}
        maxLength={maxLength}
        placeholder={placeholder}
        value={text}
        {...invalidProps(id, error)}
        className={controlClass(Boolean(error))}
        onFocus={() => setFocused(true)}
        onChange={(e) => {
          setText(e.target.value);
          const chosen = e.target.value.trim().toLowerCase();
          if (chosen && options.some((o) => o.toLowerCase() === chosen)) commit(e.target.value);
        }}
        onBlur={(e) => {
          setFocused(false);
          commit(e.currentTarget.value);
        }}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key !== "Enter") return;
          // Enter applies this field; it does not also submit the transcript search around it.
          e.preventDefault();
          commit(e.currentTarget.value);
        }}
      />
      {listId && (
        <datalist id={listId}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
    </FieldShell>
  );
}

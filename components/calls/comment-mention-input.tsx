"use client";

// A comment box that offers the people in the viewer's scope after an "@":
// a list under the box, stepped through with the arrow keys and taken with
// Enter or Tab (or a click); Escape closes it. The box stays a text box with
// the list as its autocomplete (aria-activedescendant), so typing never stops.
import { useEffect, useId, useRef, useState } from "react";
import { insertMention, matchPeople, mentionQueryAt, type Person } from "@/lib/client/comment-mentions";

export const MAX_BODY = 4000;

type TextareaProps = Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange" | "maxLength">;

export function MentionInput({ value, onChange, people, onKeyDown, className = "", ...props }: TextareaProps & { value: string; onChange: (value: string) => void; people: readonly Person[] }) {
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  // The "@" whose list was closed with Escape: it stays closed until another is typed.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const typed = caret === null ? null : mentionQueryAt(value, caret);
  const options = typed && typed.start !== dismissed ? matchPeople(people, typed.query) : [];
  const open = options.length > 0;
  const current = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const readCaret = (element: HTMLTextAreaElement) => setCaret(element.selectionStart === element.selectionEnd ? element.selectionStart : null);

  const choose = (person: Person) => {
    if (!typed || caret === null) return;
    const next = insertMention(value, typed.start, caret, person);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    onChange(next.text);
  };

  return (
    <div className="relative">
      <textarea
        {...props}
        ref={ref}
        value={value}
        maxLength={MAX_BODY}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(current) : undefined}
        className={`block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 ${className}`}
        onChange={(event) => {
          onChange(event.target.value);
          readCaret(event.target);
          setActive(0);
        }}
        onSelect={(event) => readCaret(event.currentTarget)}
        onBlur={() => setCaret(null)}
        onKeyDown={(event) => {
          if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
            event.preventDefault();
            setActive((current + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
            return;
          }
          if (open && (event.key === "Enter" || event.key === "Tab") && !event.shiftKey && !event.metaKey && !event.ctrlKey) {
            event.preventDefault();
            choose(options[current]);
            return;
          }
          if (open && event.key === "Escape") {
            event.preventDefault();
            setDismissed(typed!.start);
            return;
          }
          onKeyDown?.(event);
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="People to mention" className="absolute left-0 z-20 mt-1 max-h-56 w-full max-w-xs overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {options.map((person, i) => (
            <li
              key={person.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              // Pressed, not clicked: the box keeps its focus and caret.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
              className={`cursor-pointer px-3 py-1.5 ${i === current ? "bg-brand-50 text-brand-700" : "text-slate-800 hover:bg-slate-50"}`}
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="sr-only">
        {open ? `${options.length} ${options.length === 1 ? "person matches" : "people match"}; up and down arrows to choose, Enter to mention.` : ""}
      </p>
    </div>
  );
}

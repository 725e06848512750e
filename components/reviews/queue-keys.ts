// The review queue's keys on the call page: R marks the call reviewed and goes
// on, N goes on without marking. Never while typing (an input, a textarea, a
// select, anything editable), never with a modifier, never a held key's repeats.

export type QueueKeyAction = "mark" | "next";

/** What the focused element is, as the DOM gives it (read by duck typing, so a test can hand in a plain target). */
interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
  getAttribute?: (name: string) => string | null;
}

interface KeyEventLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
  target?: unknown;
}

const TYPING_ROLES = new Set(["textbox", "combobox", "searchbox"]);
/** Inputs that take no typing: pressing R on a checkbox or a slider is still the queue's key. */
const NOT_TYPING_INPUTS = new Set(["checkbox", "radio", "range", "button", "submit", "reset", "color", "file", "image"]);

export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== "object") return false;
  const t = target as TargetLike;
  if (t.isContentEditable) return true;
  const tag = (t.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NOT_TYPING_INPUTS.has((t.type ?? "text").toLowerCase());
  const role = typeof t.getAttribute === "function" ? t.getAttribute("role") : null;
  return role !== null && TYPING_ROLES.has(role);
}

export function resolveQueueKey(event: KeyEventLike): QueueKeyAction | null {
  if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === "r" || event.key === "R") return "mark";
  if (event.key === "n" || event.key === "N") return "next";
  return null;
}

/** Listens for the queue's keys on `target` (the window); answers how to stop. */
export function attachQueueKeys(target: EventTarget, handlers: Record<QueueKeyAction, () => void>): () => void {
  const onKeyDown = (event: Event) => {
    const action = resolveQueueKey(event as unknown as KeyEventLike);
    if (!action) return;
    event.preventDefault();
    handlers[action]();
  };
  target.addEventListener("keydown", onKeyDown);
  return () => target.removeEventListener("keydown", onKeyDown);
}

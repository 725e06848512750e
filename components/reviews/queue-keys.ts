// The review queue's keys on the call page: R marks the call reviewed and goes
// on, N goes on without marking. Never while typing (an input, a textarea, a
// select, anything editable), never with a modifier, never a held key's repeats.
import { isTyping } from "@/components/calls/shortcuts";

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

/** isTyping (the player's shortcuts' rule) for an event's target, read by duck typing. */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== "object") return false;
  const t = target as TargetLike;
  const tagName = (t.tagName ?? "").toUpperCase();
  return isTyping({
    tagName,
    isContentEditable: t.isContentEditable,
    role: typeof t.getAttribute === "function" ? t.getAttribute("role") : null,
    inputType: tagName === "INPUT" ? t.type : undefined,
  });
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

// Which key does what on the call page, decided apart from the DOM so the
// rules (never while typing, never with a modifier) are tested.

export type ShortcutAction = "toggle" | "back" | "forward" | "previous-segment" | "next-segment";

export interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The focused element's tag name, upper case as the DOM gives it. */
  tagName?: string;
  role?: string | null;
  isContentEditable?: boolean;
  /** For inputs: their type; a range slider or a checkbox is not "typing". */
  inputType?: string;
}

const TEXT_INPUT_TYPES = new Set(["text", "search", "email", "number", "password", "tel", "url", "date", "time", "datetime-local", "month", "week"]);
const CONTROL_ROLES = new Set(["button", "link", "checkbox", "switch", "menuitem", "option", "tab", "slider"]);

/** Whether the focused element takes typing: every shortcut of the call page (the player's, the review queue's) stays out of its way. */
export function isTyping(input: Pick<KeyInput, "tagName" | "role" | "isContentEditable" | "inputType">): boolean {
  if (input.isContentEditable) return true;
  if (input.tagName === "TEXTAREA" || input.tagName === "SELECT") return true;
  if (input.tagName === "INPUT") return TEXT_INPUT_TYPES.has((input.inputType ?? "text").toLowerCase());
  return input.role === "textbox" || input.role === "combobox" || input.role === "searchbox";
}

/**
 * Controls that use space (to activate) themselves. The seek slider is not
 * one: on it, space and the arrows do what they do everywhere else here.
 */
function ownsSpace(input: KeyInput): boolean {
  if (input.tagName === "BUTTON" || input.tagName === "A" || input.tagName === "SUMMARY") return true;
  if (input.tagName === "INPUT") return (input.inputType ?? "").toLowerCase() !== "range";
  return CONTROL_ROLES.has(input.role ?? "");
}

/** Inputs that move with the arrows: checkboxes and radios in a group. */
function ownsArrows(input: KeyInput): boolean {
  return input.tagName === "INPUT" && (input.inputType ?? "").toLowerCase() !== "range";
}

export function resolveShortcut(input: KeyInput): ShortcutAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  if (isTyping(input)) return null;
  switch (input.key) {
    case " ":
    case "Spacebar":
      return ownsSpace(input) ? null : "toggle";
    case "ArrowLeft":
      return ownsArrows(input) ? null : "back";
    case "ArrowRight":
      return ownsArrows(input) ? null : "forward";
    case "j":
    case "J":
      return "previous-segment";
    case "k":
    case "K":
      return "next-segment";
    default:
      return null;
  }
}

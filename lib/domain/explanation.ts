// A skill score's "why". The call analyses API explains each score with a
// pair, what went well and what to change; those read as two labelled lines,
// never one run-on paragraph. Other vendors send one text, shown as sent.

export interface ExplanationParts {
  strength: string | null;
  fix: string | null;
}

export interface ExplanationLine {
  label: "Strength" | "Fix" | null;
  text: string;
}

const NONE: ExplanationParts = { strength: null, fix: null };

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * The strength and the fix behind a score, from the details stored with it:
 * the analyses API's feedback_v5 entry, `{ positive, negative }`.
 */
export function explanationParts(skillSet: string, details: unknown): ExplanationParts {
  if (skillSet !== "analyses" || details === null || typeof details !== "object" || Array.isArray(details)) return NONE;
  const feedback = details as Record<string, unknown>;
  return { strength: text(feedback.positive), fix: text(feedback.negative) };
}

/** What the page shows for a score's explanation: the labelled pair when there is one, else the text as sent. */
export function explanationLines(score: { explanation: string | null; strength?: string | null; fix?: string | null }): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  if (score.strength) lines.push({ label: "Strength", text: score.strength });
  if (score.fix) lines.push({ label: "Fix", text: score.fix });
  if (lines.length) return lines;
  const whole = text(score.explanation);
  return whole ? [{ label: null, text: whole }] : [];
}

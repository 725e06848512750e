// Skills: the six Salesfinity facets, the analyses API's six scores, and the
// free-form skills ExecVision scorecard questions are tagged with.
export const SKILL_SETS = ["salesfinity", "analyses", "scorecard"] as const;
export type SkillSet = (typeof SKILL_SETS)[number];

export const SKILL_SET_LABELS: Record<SkillSet, string> = {
  salesfinity: "Salesfinity facets",
  analyses: "Call analysis scores",
  scorecard: "Scorecard skills",
};

export const SALESFINITY_FACETS = [
  { skill: "intro", label: "Intro", weight: 10 },
  { skill: "discovery", label: "Discovery", weight: 25 },
  { skill: "pitch", label: "Pitch", weight: 20 },
  { skill: "tonality", label: "Tonality", weight: 15 },
  { skill: "objection_handling", label: "Objection handling", weight: 15 },
  { skill: "cta", label: "Call to action", weight: 15 },
] as const;

export const ANALYSIS_SCORES = [
  { skill: "clarity", label: "Clarity" },
  { skill: "influence", label: "Influence" },
  { skill: "objection", label: "Objection handling" },
  { skill: "discovery", label: "Discovery" },
  { skill: "delivery", label: "Delivery" },
  { skill: "close", label: "Close" },
] as const;

/** A stable key for a free-form skill name: "Pre-call Research" → "pre_call_research". */
export function skillKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * ExecVision's scoring schemes: answer → percent, exactly as the documented
 * table (OneToThree's thirds are 33 and 66, not rounded up).
 */
export const SCHEME_PERCENTS: Record<string, { answer: number; raw: number; percent: number }[]> = {
  OneToFive: [0, 1, 2, 3, 4, 5].map((n) => ({ answer: n, raw: n, percent: n * 20 })),
  OneToThree: [
    { answer: 0, raw: 0, percent: 0 },
    { answer: 1, raw: 1, percent: 33 },
    { answer: 2, raw: 3, percent: 66 },
    { answer: 3, raw: 5, percent: 100 },
  ],
  OneTwo: [
    { answer: 0, raw: 0, percent: 0 },
    { answer: 1, raw: 3, percent: 50 },
    { answer: 2, raw: 5, percent: 100 },
  ],
  YesNo: [
    { answer: 0, raw: 0, percent: 0 },
    { answer: 1, raw: 5, percent: 100 },
  ],
  PassFail: [
    { answer: 0, raw: 0, percent: 0 },
    { answer: 1, raw: 5, percent: 100 },
  ],
};

/** The documented percent for an answer, by raw answer first (unambiguous per scheme), else by answer. */
export function schemePercent(scheme: string, answer: number | null | undefined, rawAnswer: number | null | undefined): number | null {
  const table = SCHEME_PERCENTS[scheme];
  if (!table) return null;
  const byRaw = rawAnswer === null || rawAnswer === undefined ? undefined : table.find((row) => row.raw === rawAnswer);
  if (byRaw) return byRaw.percent;
  const byAnswer = answer === null || answer === undefined ? undefined : table.find((row) => row.answer === answer);
  return byAnswer ? byAnswer.percent : null;
}

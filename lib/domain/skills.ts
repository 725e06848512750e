// Skills: Coachboard's own skills ("unified"), and the vendors' three sets
// mapped onto them: the six Salesfinity facets, the analyses API's six
// scores, and the free-form skills ExecVision scorecard questions are tagged with.
export const SKILL_SETS = ["unified", "salesfinity", "analyses", "scorecard"] as const;
export type SkillSet = (typeof SKILL_SETS)[number];
/** The vendors' own sets, the ones call scores are stored in. */
export const VENDOR_SKILL_SETS = ["salesfinity", "analyses", "scorecard"] as const satisfies readonly SkillSet[];
export type VendorSkillSet = (typeof VENDOR_SKILL_SETS)[number];

export const SKILL_SET_LABELS: Record<SkillSet, string> = {
  unified: "All sources (Coachboard skills)",
  salesfinity: "Salesfinity facets",
  analyses: "Call analysis scores",
  scorecard: "Scorecard skills",
};

/**
 * Coachboard's skills, in a call's order: how it opens, what it learns, what
 * it offers, how it meets pushback, how it ends, and two that run through all
 * of it (how the rep sounds, how he listens). Every vendor's skill lands on
 * one of these; the stages follow a call so a radar reads like one, and the
 * two delivery skills are kept apart because reps are coached on them apart.
 */
export const DEFAULT_SKILLS = [
  { key: "opening", label: "Opening", description: "Intro, reason for the call, rapport" },
  { key: "discovery", label: "Discovery", description: "Questions that uncover needs, pain and fit" },
  { key: "value_pitch", label: "Value & pitch", description: "A clear, relevant message tied to what was found" },
  { key: "objection_handling", label: "Objection handling", description: "Acknowledging and answering pushback" },
  { key: "closing", label: "Closing & next step", description: "Asking for the commitment or a concrete next step" },
  { key: "delivery", label: "Delivery", description: "Tone, pace, clarity and confidence" },
  { key: "active_listening", label: "Active listening", description: "Letting the prospect talk and building on it" },
] as const;

/** The shipped mapping of the two fixed vendor sets; scorecard skills are matched by name (guessUnifiedSkill). */
export const DEFAULT_MAPPING: Record<"salesfinity" | "analyses", Record<string, string>> = {
  salesfinity: { intro: "opening", discovery: "discovery", pitch: "value_pitch", tonality: "delivery", objection_handling: "objection_handling", cta: "closing" },
  // Clarity and influence both judge the message (was it clear, did it persuade): Value & pitch.
  analyses: { clarity: "value_pitch", influence: "value_pitch", objection: "objection_handling", discovery: "discovery", delivery: "delivery", close: "closing" },
};

/** Word starts that name each skill ("clos" matches "Closing", not "disclosure"), first match wins. */
const NAME_RULES: [RegExp, string][] = [
  [/\b(listen|empath|interrupt|paraphras)/, "active_listening"],
  [/\b(objection|pushback|concern|rebuttal)/, "objection_handling"],
  [/\b(discover|question|qualif|need|pain|research)/, "discovery"],
  [/\b(clos|next step|cta\b|call to action|commit|booking|book a|ask for)/, "closing"],
  [/\b(open|intro|rapport|greet|lead in|hook)/, "opening"],
  [/\b(pitch|value|demo|present|messag|influence|clarity|storytell|positioning)/, "value_pitch"],
  [/\b(deliver|tone|tonal|tonality|pace|energy|confiden|voice|filler)/, "delivery"],
];

/**
 * The fallback for a vendor skill nobody mapped: a Coachboard skill whose
 * words its name carries ("Objection Handling", "Pre-call Research"), or
 * null (not counted until an admin maps it).
 */
export function guessUnifiedSkill(name: string): string | null {
  const text = name.toLowerCase().replace(/[_-]+/g, " ");
  for (const [pattern, key] of NAME_RULES) if (pattern.test(text)) return key;
  return null;
}

/** The default mapping of one vendor skill, and where it came from. */
export function defaultMapping(skillSet: string, skill: string, label: string): { unifiedSkill: string | null; origin: "default" | "guess" | "none" } {
  const fixed = skillSet === "salesfinity" || skillSet === "analyses" ? DEFAULT_MAPPING[skillSet][skill] : undefined;
  if (fixed) return { unifiedSkill: fixed, origin: "default" };
  const guess = guessUnifiedSkill(label) ?? guessUnifiedSkill(skill);
  return guess ? { unifiedSkill: guess, origin: "guess" } : { unifiedSkill: null, origin: "none" };
}

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

// Who works at the demo org, what they sell, how good they are at each part of
// a call, and which vendors record them. Skill drives everything generated
// about a call, so leaderboards and radar charts differ for real reasons.

export const FACETS = ["intro", "discovery", "pitch", "tonality", "objection", "cta"] as const;
export type Facet = (typeof FACETS)[number];
export type Skills = Record<Facet, number>;

export const DOMAIN = "northbeam.example";
export const DAY_MS = 86_400_000;

export interface TeamDef {
  name: string;
  department: "New Business" | "Account Management";
  manager: { first: string; last: string };
  products: string[];
}

export const TEAMS: TeamDef[] = [
  { name: "Finance & Risk", department: "New Business", manager: { first: "Rebecca", last: "Holt" }, products: ["ledgerline", "sentrylane"] },
  { name: "Operations Software", department: "Account Management", manager: { first: "Sanjay", last: "Patel" }, products: ["shiftwise", "fieldnote", "stackwell"] },
  { name: "Revenue Tech", department: "New Business", manager: { first: "Olivia", last: "Grant" }, products: ["tallyforge", "pipeloop"] },
];

export interface CoachingPlanDef {
  /** ExecVision skill names improved by the plan */
  skills: string[];
  facets: Facet[];
  startDaysBeforeAnchor: number;
  /** facet points gained once the plan has run its course */
  gain: number;
  /** days after start when the plan closed; null while open */
  closedAfterDays: number | null;
}

export interface RepDef {
  first: string;
  last: string;
  team: number;
  product: string;
  /** 0..100 per facet before any coaching */
  skills: Skills;
  /** rep speaking rate, words per minute */
  wpm: number;
  vendors: { salesfinity: boolean; analyses: boolean; revont: boolean };
  plan: CoachingPlanDef | null;
  /** the recording (manifest id) this rep is heard on, if any */
  recording: string | null;
}

const s = (intro: number, discovery: number, pitch: number, tonality: number, objection: number, cta: number): Skills => ({
  intro, discovery, pitch, tonality, objection, cta,
});

export const REPS: RepDef[] = [
  // Finance & Risk
  { first: "Marcus", last: "Reid", team: 0, product: "ledgerline", skills: s(88, 84, 82, 80, 78, 86), wpm: 152, vendors: { salesfinity: true, analyses: true, revont: false }, plan: null, recording: "ledgerline-cold-call" },
  { first: "Alicia", last: "Gomez", team: 0, product: "sentrylane", skills: s(76, 70, 78, 79, 87, 84), wpm: 148, vendors: { salesfinity: false, analyses: true, revont: true }, plan: null, recording: "sentrylane-pricing" },
  { first: "Hannah", last: "Cole", team: 0, product: "ledgerline", skills: s(82, 64, 68, 72, 62, 66), wpm: 158, vendors: { salesfinity: true, analyses: false, revont: false }, plan: null, recording: null },
  { first: "Luis", last: "Ortega", team: 0, product: "sentrylane", skills: s(66, 62, 70, 46, 60, 64), wpm: 171, vendors: { salesfinity: true, analyses: false, revont: true },
    plan: { skills: ["Delivery"], facets: ["tonality"], startDaysBeforeAnchor: 52, gain: 20, closedAfterDays: null }, recording: null },
  // Operations Software
  { first: "Priya", last: "Nandakumar", team: 1, product: "shiftwise", skills: s(80, 90, 74, 82, 83, 78), wpm: 146, vendors: { salesfinity: true, analyses: true, revont: true }, plan: null, recording: "shiftwise-discovery" },
  { first: "Jordan", last: "Blake", team: 1, product: "fieldnote", skills: s(72, 70, 81, 58, 72, 74), wpm: 163, vendors: { salesfinity: false, analyses: true, revont: true },
    plan: { skills: ["Delivery", "Discovery"], facets: ["tonality", "discovery"], startDaysBeforeAnchor: 84, gain: 14, closedAfterDays: 49 }, recording: "fieldnote-renewal-upsell" },
  { first: "Grace", last: "Liu", team: 1, product: "stackwell", skills: s(70, 68, 86, 76, 66, 70), wpm: 150, vendors: { salesfinity: true, analyses: false, revont: false }, plan: null, recording: null },
  { first: "Omar", last: "Haddad", team: 1, product: "fieldnote", skills: s(68, 66, 64, 70, 63, 48), wpm: 155, vendors: { salesfinity: false, analyses: false, revont: true },
    plan: { skills: ["Closing"], facets: ["cta"], startDaysBeforeAnchor: 45, gain: 22, closedAfterDays: null }, recording: null },
  // Revenue Tech
  { first: "Kevin", last: "Marsh", team: 2, product: "tallyforge", skills: s(58, 42, 62, 48, 50, 46), wpm: 172, vendors: { salesfinity: true, analyses: true, revont: false },
    plan: { skills: ["Discovery", "Active Listening"], facets: ["discovery", "tonality"], startDaysBeforeAnchor: 40, gain: 18, closedAfterDays: null }, recording: "tallyforge-demo-follow-up" },
  { first: "Derek", last: "Stone", team: 2, product: "pipeloop", skills: s(50, 40, 58, 60, 38, 55), wpm: 166, vendors: { salesfinity: true, analyses: true, revont: true },
    plan: { skills: ["Objection Handling", "Discovery"], facets: ["objection", "discovery"], startDaysBeforeAnchor: 60, gain: 20, closedAfterDays: null }, recording: "pipeloop-objection-heavy" },
  { first: "Tessa", last: "Morgan", team: 2, product: "pipeloop", skills: s(84, 78, 80, 88, 74, 80), wpm: 149, vendors: { salesfinity: true, analyses: false, revont: true }, plan: null, recording: null },
  { first: "Ben", last: "Adeyemi", team: 2, product: "tallyforge", skills: s(44, 60, 64, 66, 58, 42), wpm: 160, vendors: { salesfinity: true, analyses: false, revont: true },
    plan: { skills: ["Opening", "Closing"], facets: ["intro", "cta"], startDaysBeforeAnchor: 35, gain: 22, closedAfterDays: null }, recording: null },
];

export function repName(rep: { first: string; last: string }): string {
  return `${rep.first} ${rep.last}`;
}

export function emailOf(person: { first: string; last: string }): string {
  return `${person.first}.${person.last}@${DOMAIN}`.toLowerCase();
}

/** The rep's skill in each facet at a moment: base plus the coaching plan's progress. */
export function skillsAt(rep: RepDef, atMs: number, anchorMs: number): Skills {
  const out = { ...rep.skills };
  const plan = rep.plan;
  if (!plan) return out;
  const startMs = anchorMs - plan.startDaysBeforeAnchor * DAY_MS;
  if (atMs <= startMs) return out;
  // Gains build over about six weeks of coaching, then hold.
  const progress = Math.min(1, (atMs - startMs) / (42 * DAY_MS));
  for (const facet of plan.facets) out[facet] = Math.min(97, out[facet] + plan.gain * progress);
  return out;
}

export function meanSkill(skills: Skills): number {
  return FACETS.reduce((sum, facet) => sum + skills[facet], 0) / FACETS.length;
}

/** Skill catalog shared by ExecVision scorecards and coaching plans. */
export const EV_SKILLS: { skillId: number; skillName: string; facet: Facet }[] = [
  { skillId: 44, skillName: "Opening", facet: "intro" },
  { skillId: 102, skillName: "Discovery", facet: "discovery" },
  { skillId: 131, skillName: "Value Proposition", facet: "pitch" },
  { skillId: 207, skillName: "Delivery", facet: "tonality" },
  { skillId: 218, skillName: "Active Listening", facet: "tonality" },
  { skillId: 310, skillName: "Objection Handling", facet: "objection" },
  { skillId: 415, skillName: "Closing", facet: "cta" },
];

export const SKILL_FACET: Record<string, Facet> = Object.fromEntries(EV_SKILLS.map((k) => [k.skillName, k.facet]));

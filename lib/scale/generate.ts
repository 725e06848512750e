// A deterministic, realistic dataset at scale: reps with skill profiles that
// drift over time, calls over months across the five vendors, scores,
// talk stats, coaching notes, and transcripts for a share of the calls.
// Generated in batches so a million calls never sit in memory at once.
import { ANALYSIS_SCORES, SALESFINITY_FACETS } from "@/lib/domain/skills";
import type { Segment, WordTimings } from "@/lib/domain/transcript";
import { VENDORS, type Vendor } from "@/lib/domain/vendors";

export interface ScaleOptions {
  calls: number;
  reps: number;
  teams: number;
  days: number;
  /** Share of calls with a transcript. */
  transcriptShare: number;
  wordsPerTranscript: number;
  seed: number;
  now: Date;
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jon", "Kira", "Leo", "Maya", "Nico", "Olga", "Pablo", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zane"];
const LAST = ["Adler", "Brooks", "Castro", "Dietz", "Evans", "Fischer", "Garcia", "Hale", "Ito", "Jensen", "Khan", "Lopez", "Moreau", "Nakamura", "Okafor", "Park", "Quint", "Rossi", "Silva", "Tan", "Usman", "Vance", "Weber", "Xu", "Young", "Zhou"];
const REGIONS = ["East", "West", "Central", "North", "South", "EMEA", "APAC", "LATAM", "Enterprise", "Mid-Market"];
const SEGMENTS = ["SMB", "Commercial", "Strategic", "Growth", "Expansion", "Renewals", "Outbound", "Inbound", "Partners", "Public Sector"];
export const SCORECARD_SKILLS = ["Rapport", "Discovery", "Objection Handling", "Next Steps"];
const OUTCOMES: Record<Vendor, string[]> = {
  salesfinity: ["accepted", "declined", "follow_up"],
  execvision: [],
  analyses: [],
  "voice-agent": [],
  revont: ["won", "lost", "follow_up", "no_outcome"],
};

const REP_LINES = [
  "thanks for taking the time today", "what does your current process look like", "how are you handling pipeline reviews today",
  "what would it mean for the team if forecasting were accurate", "our customers usually cut ramp time in half", "let me share how pricing works for a team your size",
  "would a thirty minute demo on Tuesday work", "who else should be part of the evaluation", "what is driving the timeline on your side",
  "we integrate with Salesforce and HubSpot out of the box", "I hear budget is tight this quarter", "can I send over a short proposal with the renewal options",
  "how do you measure coaching today", "what happens if nothing changes this year", "let me make sure I understood the main pain",
];
const PROSPECT_LINES = [
  "we mostly use spreadsheets for that right now", "pricing is the main concern for us", "our contract with the current vendor renews in March",
  "honestly the team is stretched thin", "I would need my director to sign off", "the integration with our CRM matters most",
  "send me an email and I will take a look", "we looked at a competitor last year", "timing is not great with the reorg",
  "that sounds interesting, tell me more", "what does onboarding look like", "we have about forty reps across two regions",
  "security review usually takes a few weeks", "can you share a customer reference", "the budget conversation happens in the fall",
];

export const COMPETITORS = ["Gongwise", "Chorusly", "Clari", "Outreachly", "Salesloft", "Mindtickle", "Wingman", "Avoma", "Fireflies", "Jiminny", "Refract", "Allego", "Highspot", "Seismic", "Showpad", "Brainshark", "Lavender", "Dooly", "Attention", "Sybill"];
const INDUSTRIES = ["logistics", "fintech", "healthcare", "insurance", "manufacturing", "retail", "education", "hospitality", "construction", "cybersecurity", "biotech", "telecom", "energy", "media", "legal", "agriculture", "aerospace", "automotive", "gaming", "real estate"];
const COMPANY_A = ["North", "Blue", "Iron", "Silver", "Bright", "Red", "Green", "Summit", "Harbor", "Cedar", "Atlas", "Nova", "Pine", "Maple", "Falcon", "Orbit", "Prism", "Vertex", "Willow", "Zenith"];
const COMPANY_B = ["field", "stone", "wave", "path", "forge", "line", "point", "gate", "works", "leaf", "bridge", "spark", "core", "peak", "grove", "labs", "shift", "scale", "ridge", "cloud"];

export interface Org {
  teams: { id: number; name: string; vendor: Vendor }[];
  reps: { id: number; teamId: number; name: string; email: string; vendor: Vendor; externalId: string; skill: number; growth: number }[];
}

export function generateOrg(options: ScaleOptions): Org {
  const random = prng(options.seed);
  const teams = Array.from({ length: options.teams }, (_, i) => ({
    id: i + 1,
    name: `${REGIONS[i % REGIONS.length]} ${SEGMENTS[Math.floor(i / REGIONS.length) % SEGMENTS.length]}${i >= REGIONS.length * SEGMENTS.length ? ` ${Math.floor(i / 100) + 1}` : ""}`,
    // Each team records its calls with one vendor, as an org's teams tend to.
    vendor: VENDORS[i % VENDORS.length],
  }));
  const reps = Array.from({ length: options.reps }, (_, i) => {
    const team = teams[i % teams.length];
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    return {
      id: i + 1,
      teamId: team.id,
      name: `${first} ${last}`,
      email: `${first}.${last}.${i + 1}@scale.example`.toLowerCase(),
      vendor: team.vendor,
      externalId: `${team.vendor}-rep-${i + 1}`,
      skill: 45 + random() * 40,
      growth: (random() - 0.3) * 12,
    };
  });
  return { teams, reps };
}

export interface ScaleCall {
  id: number;
  repId: number;
  vendor: Vendor;
  externalId: string;
  startedAt: Date;
  durationSec: number;
  outcome: string | null;
  overallScore: number | null;
  talkRatio: number;
  questionsAsked: number;
  fillerWords: number;
  scores: { skillSet: "salesfinity" | "analyses" | "scorecard"; skill: string; label: string; score: number }[];
  coaching: { kind: "win" | "opportunity" | "drill"; facet: string; text: string }[];
  transcript: { segments: Segment[]; words: WordTimings | null; text: string } | null;
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

function transcriptFor(random: () => number, words: number, withWords: boolean): NonNullable<ScaleCall["transcript"]> {
  const company = `${COMPANY_A[Math.floor(random() * COMPANY_A.length)]}${COMPANY_B[Math.floor(random() * COMPANY_B.length)]}`;
  const opening = [
    `we are a ${INDUSTRIES[Math.floor(random() * INDUSTRIES.length)]} company called ${company}`,
    `right now we use ${COMPETITORS[Math.floor(random() * COMPETITORS.length)]} for call recording`,
  ];
  const segments: Segment[] = [];
  const timings: WordTimings | null = withWords ? { startMs: [], endMs: [], text: [], punct: [], speaker: [] } : null;
  let at = 500;
  let count = 0;
  let turn = 0;
  while (count < words) {
    const rep = turn % 2 === 0;
    const lines = rep ? REP_LINES : PROSPECT_LINES;
    // The prospect says who they are and what they use early on: the words a search looks for.
    const sentence = !rep && opening.length ? opening.shift()! : `${lines[Math.floor(random() * lines.length)]} ${lines[Math.floor(random() * lines.length)]}`;
    const tokens = sentence.split(" ");
    const start = at;
    for (const [i, token] of tokens.entries()) {
      const length = 180 + token.length * 35;
      if (timings) {
        timings.startMs.push(at);
        timings.endMs.push(at + length);
        timings.text.push(token);
        timings.punct.push(i === tokens.length - 1 ? (rep && random() < 0.5 ? "?" : ".") : "");
        timings.speaker.push(rep ? 0 : 1);
      }
      at += length + 60;
    }
    count += tokens.length;
    segments.push({ speaker: rep ? "rep" : "prospect", label: rep ? "Rep" : "Prospect", startMs: start, endMs: at - 60, text: `${sentence}${rep && random() < 0.5 ? "?" : "."}`, voice: rep ? 0 : 1 });
    at += 400 + Math.floor(random() * 600);
    turn++;
  }
  return { segments, words: timings, text: segments.map((s) => s.text).join("\n") };
}

/** Calls [first, first + count) of the dataset: the same calls whatever the batch size. */
export function generateCalls(options: ScaleOptions, org: Org, first: number, count: number): ScaleCall[] {
  const calls: ScaleCall[] = [];
  const end = options.now.getTime();
  const span = options.days * 86_400_000;
  for (let n = first; n < first + count && n < options.calls; n++) {
    const random = prng(options.seed * 1_000_003 + n);
    const rep = org.reps[n % org.reps.length];
    // Spread over the period, during working hours.
    const dayOffset = Math.floor(random() * options.days);
    const startedAt = new Date(end - span + dayOffset * 86_400_000 + (13 + random() * 9) * 3_600_000);
    const progress = dayOffset / options.days;
    const level = rep.skill + rep.growth * progress + (random() - 0.5) * 20;
    const scores: ScaleCall["scores"] = [];
    if (rep.vendor === "salesfinity") for (const f of SALESFINITY_FACETS) scores.push({ skillSet: "salesfinity", skill: f.skill, label: f.label, score: clamp(level + (random() - 0.5) * 30) });
    if (rep.vendor === "analyses") for (const s of ANALYSIS_SCORES) scores.push({ skillSet: "analyses", skill: s.skill, label: s.label, score: clamp(level + (random() - 0.5) * 30) });
    if (rep.vendor === "execvision" && random() < 0.4) {
      for (const skill of SCORECARD_SKILLS) scores.push({ skillSet: "scorecard", skill: skill.toLowerCase().replace(/ /g, "_"), label: skill, score: [0, 33, 66, 100][Math.min(3, Math.floor((level / 100) * 3 + random()))] });
    }
    const overall = rep.vendor === "voice-agent" ? null : scores.length ? clamp(scores.reduce((a, s) => a + s.score, 0) / scores.length) : rep.vendor === "revont" ? clamp(level) : null;
    const coaching: ScaleCall["coaching"] = [];
    if (rep.vendor === "salesfinity" || rep.vendor === "analyses") {
      const sorted = [...scores].sort((a, b) => b.score - a.score);
      coaching.push({ kind: "win", facet: sorted[0].skill, text: `Strong ${sorted[0].label.toLowerCase()}` });
      coaching.push({ kind: "opportunity", facet: sorted.at(-1)!.skill, text: `Work on ${sorted.at(-1)!.label.toLowerCase()}` });
      if (random() < 0.5) coaching.push({ kind: "drill", facet: sorted.at(-1)!.skill, text: `Role-play ${sorted.at(-1)!.label.toLowerCase()} with a peer` });
    }
    const withTranscript = random() < options.transcriptShare;
    calls.push({
      id: n + 1,
      repId: rep.id,
      vendor: rep.vendor,
      externalId: `${rep.vendor}-call-${n + 1}`,
      startedAt,
      durationSec: Math.round(120 + random() * 1800),
      outcome: OUTCOMES[rep.vendor].length ? OUTCOMES[rep.vendor][Math.floor(random() * OUTCOMES[rep.vendor].length)] : null,
      overallScore: overall,
      talkRatio: Math.round((0.35 + random() * 0.35 + (70 - level) / 400) * 1000) / 1000,
      questionsAsked: Math.round(2 + (level / 100) * 12 + random() * 4),
      fillerWords: Math.round(2 + ((100 - level) / 100) * 20 + random() * 5),
      scores,
      coaching,
      transcript: withTranscript ? transcriptFor(random, options.wordsPerTranscript, rep.vendor === "execvision" || rep.vendor === "analyses") : null,
    });
  }
  return calls;
}

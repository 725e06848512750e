// The words of a plan's evidence: the n behind each score, the mark of a score
// from too few calls, and coaching as totals and weekly rates.
import type { EffectSkill } from "@/lib/data/dto-coaching-effect";
import { FEW_CALLS } from "@/lib/charts/shape";

/** The mark of a score resting on fewer than FEW_CALLS scored calls. */
export const FEW_CALLS_MARK = `n<${FEW_CALLS}: too few calls`;

export type EffectPhase = "before" | "since";
export const PHASE_LABELS: Record<EffectPhase, string> = { before: "Before the plan", since: "Since" };

/** A plan skill's score and its scored calls in one phase. */
export function phaseFigures(phase: EffectPhase, e: EffectSkill): [score: number | null, calls: number] {
  return phase === "before" ? [e.before, e.beforeCalls] : [e.since, e.sinceCalls];
}

/** Whether a value rests on too few calls to go by (a missing value is not marked: there is nothing to read). */
export function isFew(score: number | null, calls: number): boolean {
  return score !== null && calls < FEW_CALLS;
}

/** The label under a score: "n=12", "n=1 · n<3: too few calls". */
export function callsLabel(score: number | null, calls: number): string {
  return isFew(score, calls) ? `n=${calls} · ${FEW_CALLS_MARK}` : `n=${calls}`;
}

/** The n above a bar, short enough to fit over it: "n=12", "n=2<3" when too few. */
export function barCallsText(score: number | null, calls: number): string {
  return `n=${calls}${isFew(score, calls) ? `<${FEW_CALLS}` : ""}`;
}

/** One value in words: "50 (n=3)", "70 (n=2, n<3: too few calls)", "no scored calls". */
export function describeValue(score: number | null, calls: number): string {
  if (score === null) return "no scored calls";
  return `${Math.round(score)} (n=${calls}${isFew(score, calls) ? `, ${FEW_CALLS_MARK}` : ""})`;
}

/** The change from before to since, rounded: "+20", "-4"; null without both. */
export function effectChange(e: EffectSkill): string | null {
  if (e.before === null || e.since === null) return null;
  const change = Math.round(e.since - e.before);
  return `${change >= 0 ? "+" : ""}${change}`;
}

/** The whole comparison in words, for the chart's name. */
export function describeEvidence(effect: EffectSkill[]): string {
  return effect
    .map((e) => {
      const change = effectChange(e);
      return `${e.skill}: before the plan ${describeValue(e.before, e.beforeCalls)}, since ${describeValue(e.since, e.sinceCalls)}${change ? `, ${change}` : ""}`;
    })
    .join("; ");
}

/** The values from too few calls, each named: what the note under the chart lists. */
export function fewValues(effect: EffectSkill[]): { skill: string; phase: EffectPhase; calls: number }[] {
  return effect.flatMap((e) =>
    (Object.keys(PHASE_LABELS) as EffectPhase[]).flatMap((phase) => {
      const [score, calls] = phaseFigures(phase, e);
      return isFew(score, calls) ? [{ skill: e.skill, phase, calls }] : [];
    }),
  );
}

/** "1.5 per week", "0 per week". */
export function describePerWeek(perWeek: number): string {
  return `${perWeek.toLocaleString("en-US", { maximumFractionDigits: 1 })} per week`;
}

/** "over the plan's 2 weeks so far", "over the plan's first week". */
export function describeWeeks(weeks: number): string {
  return weeks <= 1 ? "over the plan's first week" : `over the plan's ${weeks.toLocaleString("en-US", { maximumFractionDigits: 1 })} weeks so far`;
}

export const ACTIVITY_KINDS = [
  { key: "meetings", label: "Meetings held", noun: "meeting" },
  { key: "comments", label: "Coach comments", noun: "comment" },
  { key: "reviews", label: "Score reviews", noun: "score review" },
] as const;

import { BEFORE_WINDOW_DAYS } from "@/lib/charts/shape";
import type { PlanEvidence } from "@/lib/data/dto-coaching-effect";
import { EffectChart } from "./effect-chart";
import { ACTIVITY_KINDS, describePerWeek, describeValue, describeWeeks, FEW_CALLS_MARK, fewValues, PHASE_LABELS } from "./plan-effect-text";

const HEADING = "text-xs font-semibold uppercase tracking-wide text-slate-500";

/** Under the chart, in words: which values rest on too few calls, so the mark does not live in the drawing alone. */
function FewNote({ effect }: Pick<PlanEvidence, "effect">) {
  const few = fewValues(effect);
  if (!few.length) return null;
  return (
    <p className="mt-2 text-xs text-amber-800">
      <span className="font-semibold">{FEW_CALLS_MARK}:</span>{" "}
      {few.map((v) => `${v.skill} ${PHASE_LABELS[v.phase].toLowerCase()} (n=${v.calls})`).join(", ")}. Read these as a hint, not a result.
    </p>
  );
}

/** Every value as text, for screen readers (the chart is one image named by the same figures). */
function FiguresForScreenReaders({ effect }: Pick<PlanEvidence, "effect">) {
  return (
    <ul className="sr-only">
      {effect.map((e) => (
        <li key={e.skill}>
          {e.skill}: before the plan {describeValue(e.before, e.beforeCalls)}; since {describeValue(e.since, e.sinceCalls)}.
        </li>
      ))}
    </ul>
  );
}

/** The coaching given so far: each kind as a total and a weekly rate. */
function Activity({ activity }: Pick<PlanEvidence, "activity">) {
  if (!activity) return <p className="mt-2 text-sm text-slate-500">The plan has no start date yet: nothing to count from.</p>;
  return (
    <>
      <dl className="mt-2 grid grid-cols-3 gap-2">
        {ACTIVITY_KINDS.map(({ key, label }) => (
          <div key={key} className="rounded-md border border-slate-100 px-2 py-1.5">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900">{activity[key].total.toLocaleString("en-US")}</dd>
            <dd className="text-xs tabular-nums text-slate-600">{describePerWeek(activity[key].perWeek)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-xs text-slate-500">
        Since the plan began, {describeWeeks(activity.weeks)}. Comments are managers&apos; and admins&apos; on the rep&apos;s calls; reviews are score overrides and disputes.
      </p>
    </>
  );
}

/**
 * Whether a plan works and how much coaching it had: the rep's call scores on the plan's skills before and since,
 * each with its n and a mark where it rests on too few calls, and the meetings, comments and score reviews so far.
 * The coaching page and the rep page both show it.
 */
export function PlanEffect({ effect, activity, level = 3 }: PlanEvidence & { level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  const scored = effect.some((e) => e.before !== null || e.since !== null);
  return (
    <div className="space-y-4">
      <div>
        <Heading className={HEADING}>Is it working? Call scores on the plan&apos;s skills</Heading>
        {scored ? (
          <>
            <EffectChart effect={effect} />
            <FiguresForScreenReaders effect={effect} />
            <FewNote effect={effect} />
            <p className="mt-1 text-xs text-slate-500">Before: the {BEFORE_WINDOW_DAYS} days before the plan began. Since: from its start to today. n: scored calls behind a bar.</p>
          </>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{effect.length ? "No scored calls on these skills yet." : "Nothing to compare yet: the plan has no skills or no start date."}</p>
        )}
      </div>
      <div>
        <Heading className={HEADING}>Coaching so far</Heading>
        <Activity activity={activity} />
      </div>
    </div>
  );
}

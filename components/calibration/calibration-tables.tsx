// The calibration tables: one row per skill (the overall score first) with
// its calls, mean difference and share within the agreement band; then, per
// skill with calls, the same figures per AI vendor and per team. Fewer calls
// than the page's minimum are marked as too few to judge by.
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/responsive-table";
import type { Calibration, CalibrationFigures, CalibrationSkill } from "@/lib/data/dto-calibration";
import { formatCount } from "@/lib/plural";
import { madText, originText, shareText } from "./format";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TH_NUM = `${TH} text-right`;
const TD = "px-3 py-2 align-top";
const TD_NUM = `${TD} text-right tabular-nums`;

function TooFew() {
  return <span className="ml-1 whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">Too few</span>;
}

/** The three figures' cells; too few calls are shown muted and marked. */
function FigureCells({ figures }: { figures: CalibrationFigures }) {
  const muted = figures.enough ? "text-slate-900" : "text-slate-500";
  return (
    <>
      <td className={`${TD_NUM} ${muted}`}>
        {figures.calls.toLocaleString("en-US")}
        {!figures.enough && figures.calls > 0 && <TooFew />}
      </td>
      <td className={`${TD_NUM} ${muted}`}>{madText(figures)}</td>
      <td className={`${TD_NUM} ${muted}`}>{shareText(figures)}</td>
    </>
  );
}

function FigureHead({ first, withinPoints }: { first: string; withinPoints: number }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        <th scope="col" className={TH}>
          {first}
        </th>
        <th scope="col" className={TH_NUM}>
          Calls
        </th>
        <th scope="col" className={TH_NUM}>
          Mean difference
        </th>
        <th scope="col" className={TH_NUM}>
          Within {withinPoints} points
        </th>
      </tr>
    </thead>
  );
}

/** One row per skill: the summary. */
export function SkillsTable({ data }: { data: Calibration }) {
  return (
    <ScrollRegion label="Agreement per skill">
      <table className="w-full min-w-[22rem] text-sm">
        <caption className="sr-only">How far the AI&apos;s scores agree with people&apos;s, per skill</caption>
        <FigureHead first="Skill" withinPoints={data.withinPoints} />
        <tbody className="divide-y divide-slate-100">
          {data.skills.map((s) => (
            <tr key={s.skill ?? "overall"} data-skill={s.skill ?? "overall"}>
              <th scope="row" className={`${TD} text-left font-medium text-slate-900`}>
                {s.label}
                {originText(s.figures) && <span className="block text-xs font-normal text-slate-500">{originText(s.figures)}</span>}
              </th>
              <FigureCells figures={s.figures} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function BreakdownTable({ title, first, rows, withinPoints }: { title: string; first: string; rows: { key: string; name: string; figures: CalibrationFigures }[]; withinPoints: number }) {
  return (
    <ScrollRegion label={title}>
      <table className="w-full min-w-[22rem] text-sm">
        <caption className="px-3 pb-1 text-left text-xs font-semibold text-slate-700">{title}</caption>
        <FigureHead first={first} withinPoints={withinPoints} />
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={`${TD} text-left font-medium text-slate-900`}>
                {row.name}
              </th>
              <FigureCells figures={row.figures} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A skill's figures per AI vendor and per team. */
export function SkillBreakdown({ skill, withinPoints }: { skill: CalibrationSkill; withinPoints: number }) {
  return (
    <Card title={`${skill.label}: ${formatCount(skill.figures.calls, "call")}`}>
      <div data-breakdown={skill.skill ?? "overall"} className="-mx-4 -my-2 space-y-4">
        <BreakdownTable
          title={`${skill.label} by AI vendor`}
          first="AI vendor"
          withinPoints={withinPoints}
          rows={skill.vendors.map((v) => ({ key: v.vendor, name: v.label, figures: v.figures }))}
        />
        <BreakdownTable
          title={`${skill.label} by team`}
          first="Team"
          withinPoints={withinPoints}
          rows={skill.teams.map((t) => ({ key: String(t.teamId ?? "none"), name: t.name, figures: t.figures }))}
        />
      </div>
    </Card>
  );
}

/** What is compared, in words, with the count of pairs each way. */
export function CalibrationExplanation({ data }: { data: Calibration }) {
  const cards = data.totals.fromScorecards;
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        Each row counts calls where the AI scored a skill and a person scored the same skill of the same call. The mean difference is in points (0–100); two scores agree when they are at
        most {data.withinPoints} points apart. Fewer than {data.minCalls} calls are too few to judge by.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <span className="font-medium">Reviews</span>: a manager&apos;s override, or an accepted dispute, of an AI score (Salesfinity facets, call analysis scores, and those calls&apos; overall
          score) that still stands: the AI&apos;s value against the person&apos;s. {formatCount(data.totals.fromReviews, "call")} in this period.
        </li>
        <li>
          <span className="font-medium">Scorecards</span>: ExecVision scorecard skills filled in by people, against the AI&apos;s scores of the same skill on the same call. ExecVision&apos;s calls
          are stored apart from the AI vendors&apos; calls, so today no call has both; calls paired this way in this period: {cards.toLocaleString("en-US")}.
        </li>
      </ul>
      <p className="text-xs text-slate-500">
        Vendor skills count towards a Coachboard skill as mapped by an admin; several on one call make one pair (the mean of each side). AI scores given on too little evidence are left out.
        {data.scope === "teams" ? " Only your teams' calls are counted." : " Every team's calls are counted."}
      </p>
    </div>
  );
}

// The scorecards reviewers filled out on this call (ExecVision): per question
// the answer as its scheme reads it (Yes, Pass, 3 of 5) with its percentage,
// the reason and the comment, grouped by the skill the question is tagged
// with. Rendered on the server; nothing here moves with playback.
import type { ScorecardAnswerView, ScorecardResultView } from "@/lib/data/dto-call-extras";
import { CallDateTime } from "./call-date-time";
import { formatNumber } from "./format";
import { ScoreChip } from "./score-chip";
import { SectionCard } from "./section-card";

const SPELLED: Record<string, [string, string]> = { YesNo: ["No", "Yes"], PassFail: ["Fail", "Pass"] };
const OUT_OF: Record<string, number> = { OneToFive: 5, OneToThree: 3, OneTwo: 2 };

/** An answer as its scheme gives it: "Yes", "Fail", "3 of 5"; a scheme the docs do not list shows the number sent. */
export function answerText(answer: Pick<ScorecardAnswerView, "scheme" | "answer" | "rawAnswer">): string {
  const value = answer.answer ?? answer.rawAnswer;
  if (value === null) return "Not answered";
  const spelled = SPELLED[answer.scheme];
  if (spelled && (value === 0 || value === 1)) return spelled[value];
  const outOf = OUT_OF[answer.scheme];
  return outOf ? `${formatNumber(value, 1)} of ${outOf}` : formatNumber(value, 2);
}

/** Answers under the first skill each question is tagged with, in the scorecard's order; untagged ones last. */
function bySkill(answers: ScorecardAnswerView[]): [string | null, ScorecardAnswerView[]][] {
  const groups = new Map<string | null, ScorecardAnswerView[]>();
  for (const a of answers) {
    const skill = a.skills[0] ?? null;
    groups.set(skill, [...(groups.get(skill) ?? []), a]);
  }
  return [...groups.entries()].sort(([a], [b]) => Number(a === null) - Number(b === null));
}

function Answer({ answer }: { answer: ScorecardAnswerView }) {
  const shown = answerText(answer);
  return (
    <li className="py-2.5 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <p className="min-w-0 flex-1 basis-48 break-words text-sm text-slate-800">{answer.question}</p>
        <span className="flex shrink-0 items-center gap-1.5">
          <span className="rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{shown}</span>
          {answer.percent !== null && <ScoreChip score={answer.percent} label={`${answer.question}: ${shown}, percent`} />}
        </span>
      </div>
      {answer.skills.length > 1 && <p className="mt-1 text-xs text-slate-500">Also: {answer.skills.slice(1).join(", ")}</p>}
      {answer.reason && (
        <p className="mt-1 break-words text-sm text-slate-600">
          <span className="mr-1.5 font-medium text-slate-700">Reason:</span>
          {answer.reason}
        </p>
      )}
      {answer.comment && (
        <p className="mt-1 break-words text-sm text-slate-600">
          <span className="mr-1.5 font-medium text-slate-700">Comment:</span>
          {answer.comment}
        </p>
      )}
    </li>
  );
}

function Result({ result }: { result: ScorecardResultView }) {
  const groups = bySkill(result.answers);
  const grouped = groups.some(([skill]) => skill !== null);
  const reviewer = result.reviewer?.name ?? result.reviewer?.email ?? "Unknown reviewer";
  return (
    <article className="rounded-md border border-slate-100 p-3">
      <h3 className="break-words text-sm font-semibold text-slate-800">{result.name}</h3>
      <p className="mt-0.5 flex flex-wrap gap-x-1.5 text-xs text-slate-600">
        <span>
          Scored by <span className="font-medium text-slate-800">{reviewer}</span>
        </span>
        <span aria-hidden="true">·</span>
        <CallDateTime iso={result.scoredAt} />
      </p>
      <div className="mt-3 space-y-4">
        {groups.map(([skill, answers]) => (
          <div key={skill ?? ""}>
            {grouped && <h4 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{skill ?? "Other questions"}</h4>}
            <ul className="divide-y divide-slate-100">
              {answers.map((a, i) => (
                <Answer key={i} answer={a} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </article>
  );
}

export function ScorecardAnswersCard({ scorecards }: { scorecards: ScorecardResultView[] }) {
  if (scorecards.length === 0) return null;
  return (
    <SectionCard title="Scorecards" aside={<span className="text-xs text-slate-500">{scorecards.length === 1 ? "1 review" : `${scorecards.length} reviews`}</span>}>
      <div className="space-y-4">
        {scorecards.map((r) => (
          <Result key={r.resultId} result={r} />
        ))}
      </div>
    </SectionCard>
  );
}

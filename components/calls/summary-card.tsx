// The AI summary, the next steps and the questions asked with their answers.
import type { CallDetail } from "@/lib/data/dto";
import { stripQaPrefix, summaryParts } from "./format";
import { CheckIcon } from "./icons";
import { Muted, SectionCard } from "./section-card";

export function SummaryCard({ call }: { call: CallDetail }) {
  const empty = !call.summary && call.nextSteps.length === 0 && call.questionsAndAnswers.length === 0;
  return (
    <SectionCard title="Summary" aside={call.sentiment ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs capitalize text-slate-600">{call.sentiment}</span> : undefined}>
      {empty && <Muted>No summary for this call yet.</Muted>}
      {call.summary && (
        <div className="space-y-2">
          {summaryParts(call.summary).map((part, i) =>
            part.label ? (
              <p key={i} className="text-[15px] leading-relaxed text-slate-700">
                <span className="font-semibold text-slate-900">{part.label}: </span>
                {part.text}
              </p>
            ) : (
              <p key={i} className="text-[15px] leading-relaxed text-slate-700">
                {part.text}
              </p>
            ),
          )}
        </div>
      )}
      {call.nextSteps.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Next steps</h3>
          <ul className="mt-2 space-y-1.5">
            {call.nextSteps.map((step, i) => (
              <li key={i} className="flex gap-2 text-sm text-slate-700">
                <CheckIcon className="mt-0.5 h-4 w-4 shrink-0 text-emerald-600" />
                {step}
              </li>
            ))}
          </ul>
        </div>
      )}
      {call.questionsAndAnswers.length > 0 && (
        <div className="mt-4">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Questions and answers</h3>
          <dl className="mt-2 space-y-3">
            {call.questionsAndAnswers.map((qa, i) => (
              <div key={i} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
                <dt className="font-medium text-slate-800">{stripQaPrefix(qa.question)}</dt>
                <dd className="mt-0.5 text-slate-600">{stripQaPrefix(qa.answer)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </SectionCard>
  );
}

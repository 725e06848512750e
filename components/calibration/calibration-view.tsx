"use client";

// The calibration page: how far the AI's scores agree with people's, per
// skill, then per AI vendor and team. The server renders the first period;
// choosing another asks the route and keeps the address in step.
import { useState } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/field";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { replaceAddress } from "@/lib/client/replace-address";
import type { Calibration } from "@/lib/data/dto-calibration";
import { DAY_MS } from "@/lib/http/query-bounds";
import { CalibrationExplanation, SkillBreakdown, SkillsTable } from "./calibration-tables";
import { periodChoices } from "./format";
import { useCalibrationQuery } from "./use-calibration-query";

/** A day of the period as a calendar day: periods are whole UTC days. */
const formatDay = (iso: string) => new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

export function CalibrationReport({ data }: { data: Calibration }) {
  const judged = data.skills.filter((s) => s.figures.calls > 0);
  return (
    <div className="space-y-5">
      <CalibrationExplanation data={data} />
      {judged.length === 0 ? (
        <Empty title="No call has both an AI score and a person's score in this period" body="Pairs appear as managers override or accept disputes of AI scores. Try a longer period." />
      ) : (
        <>
          <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <SkillsTable data={data} />
          </div>
          <h2 className="text-base font-semibold text-slate-900">Per AI vendor and team</h2>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {judged.map((skill) => (
              <SkillBreakdown key={skill.skill ?? "overall"} skill={skill} withinPoints={data.withinPoints} />
            ))}
          </div>
          {data.truncated && <p className="text-xs text-slate-500">Only the teams with the most calls are listed.</p>}
        </>
      )}
    </div>
  );
}

export function CalibrationView({ initial, initialDays }: { initial: Calibration | null; initialDays: number }) {
  const [days, setDays] = useState(initialDays);
  const query = useCalibrationQuery(days, initial);
  const choose = (next: number) => {
    setDays(next);
    replaceAddress(`/calibration?days=${next}`);
  };
  return (
    <div>
      <PageHeader
        title="Calibration"
        subtitle={query.data ? `How far the AI's scores agree with people's · ${formatDay(query.data.from)} – ${formatDay(new Date(Date.parse(query.data.to) - DAY_MS).toISOString())}` : "How far the AI's scores agree with people's"}
        actions={
          <div className="w-48">
            <SelectField id="calibration-period" label="Period" value={days} onChange={(e) => choose(Number(e.target.value))}>
              {periodChoices(days).map((p) => (
                <option key={p.days} value={p.days}>
                  {p.label}
                </option>
              ))}
            </SelectField>
          </div>
        }
      />
      {query.isPending && <Loading label="Comparing scores…" />}
      {query.isError && <ErrorState error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <div aria-busy={query.isFetching}>
          <CalibrationReport data={query.data} />
        </div>
      )}
    </div>
  );
}

// The vendor's read on the lead, the messaging and the targeting, and the
// gap it found, in words rather than raw JSON.
import type { CallDetail } from "@/lib/data/dto";
import { FieldRows } from "./field-rows";
import { SectionCard } from "./section-card";
import { describeFields } from "./vendor-fields";

function Part({ title, record }: { title: string; record: Record<string, unknown> | null }) {
  const rows = describeFields(record);
  if (rows.length === 0) return null;
  return (
    <div>
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      <FieldRows rows={rows} />
    </div>
  );
}

function Gap({ label, value }: { label: string; value: number | null }) {
  if (value === null) return null;
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2">
      <p className="text-xs text-slate-500">{label}</p>
      <p className="text-lg font-semibold tabular-nums text-slate-900">{Math.round(value)}</p>
    </div>
  );
}

export function InsightCard({ insight }: { insight: NonNullable<CallDetail["insight"]> }) {
  const hasGap = insight.gapSkill !== null || insight.gapPlaybook !== null || insight.gapRationale;
  return (
    <SectionCard title="Lead and messaging insight">
      <div className="space-y-5">
        {hasGap && (
          <div>
            <div className="flex gap-2">
              <Gap label="Skill gap" value={insight.gapSkill} />
              <Gap label="Playbook gap" value={insight.gapPlaybook} />
            </div>
            {insight.gapRationale && <p className="mt-2 text-sm text-slate-700">{insight.gapRationale}</p>}
          </div>
        )}
        <Part title="Lead" record={insight.lead} />
        <Part title="Messaging" record={insight.messaging} />
        <Part title="Targeting" record={insight.targeting} />
        <Part title="Action plan" record={insight.actionPlan} />
      </div>
    </SectionCard>
  );
}

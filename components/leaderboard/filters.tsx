"use client";

import type { Leaderboard } from "@/lib/data/dto";
import { customRangeOf, type FilterErrors } from "@/lib/client/filter-validation";
import type { LeaderboardFilters } from "@/lib/client/use-leaderboard-query";
import { VENDOR_LABELS, VENDORS } from "@/lib/domain/vendors";
import { DateField } from "@/components/ui/date-field";
import { InputField, SelectField } from "@/components/ui/field";

export function LeaderboardFilterBar({
  filters,
  errors,
  board,
  onChange,
}: {
  filters: LeaderboardFilters;
  errors: FilterErrors;
  board: Leaderboard | undefined;
  onChange: (next: Partial<LeaderboardFilters>) => void;
}) {
  // A custom range starts as the period shown, so it is valid from the first moment; leaving it drops the days.
  const choosePeriod = (period: string) =>
    onChange(period === "custom" ? { period, ...(filters.period === "custom" ? {} : customRangeOf(filters.period)) } : { period, from: undefined, to: undefined });
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
      <SelectField id="period" label="Period" value={filters.period} error={errors.period} onChange={(e) => choosePeriod(e.target.value)}>
        <option value="7">Last 7 days</option>
        <option value="30">Last 30 days</option>
        <option value="90">Last 90 days</option>
        <option value="custom">Custom range</option>
      </SelectField>
      {filters.period === "custom" && (
        <>
          <DateField id="from" label="From" value={filters.from ?? ""} error={errors.from} onCommit={(from) => onChange({ from: from || undefined })} />
          <DateField id="to" label="To" value={filters.to ?? ""} error={errors.to} onCommit={(to) => onChange({ to: to || undefined })} />
        </>
      )}
      <SelectField id="team" label="Team" value={filters.team ?? ""} error={errors.team} onChange={(e) => onChange({ team: e.target.value || undefined })}>
        <option value="">All teams</option>
        {board?.teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="vendor" label="Source" value={filters.vendor ?? ""} error={errors.vendor} onChange={(e) => onChange({ vendor: e.target.value || undefined })}>
        <option value="">All sources</option>
        {VENDORS.map((v) => (
          <option key={v} value={v}>
            {VENDOR_LABELS[v]}
          </option>
        ))}
      </SelectField>
      <InputField
        id="minCalls"
        label="Minimum scored calls"
        inputMode="numeric"
        autoComplete="off"
        value={filters.minCalls}
        error={errors.minCalls}
        onChange={(e) => onChange({ minCalls: e.target.value })}
      />
      <SelectField id="skillSet" label="Skill columns" value={filters.skillSet} error={errors.skillSet} onChange={(e) => onChange({ skillSet: e.target.value })}>
        {(board?.skillSets ?? [{ value: filters.skillSet, label: filters.skillSet }]).map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

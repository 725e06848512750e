"use client";

import type { Leaderboard } from "@/lib/data/dto";
import type { LeaderboardFilters } from "@/lib/client/use-leaderboard-query";
import { VENDOR_LABELS, VENDORS } from "@/lib/domain/vendors";
import { InputField, SelectField } from "@/components/ui/field";

export function LeaderboardFilterBar({ filters, board, onChange }: { filters: LeaderboardFilters; board: Leaderboard | undefined; onChange: (next: Partial<LeaderboardFilters>) => void }) {
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
      <SelectField id="period" label="Period" value={filters.period} onChange={(e) => onChange({ period: e.target.value })}>
        <option value="7">Last 7 days</option>
        <option value="30">Last 30 days</option>
        <option value="90">Last 90 days</option>
        <option value="custom">Custom range</option>
      </SelectField>
      {filters.period === "custom" && (
        <>
          <InputField id="from" label="From" type="date" value={filters.from ?? ""} onChange={(e) => onChange({ from: e.target.value })} />
          <InputField id="to" label="To" type="date" value={filters.to ?? ""} onChange={(e) => onChange({ to: e.target.value })} />
        </>
      )}
      <SelectField id="team" label="Team" value={filters.team ?? ""} onChange={(e) => onChange({ team: e.target.value || undefined })}>
        <option value="">All teams</option>
        {board?.teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="vendor" label="Source" value={filters.vendor ?? ""} onChange={(e) => onChange({ vendor: e.target.value || undefined })}>
        <option value="">All sources</option>
        {VENDORS.map((v) => (
          <option key={v} value={v}>
            {VENDOR_LABELS[v]}
          </option>
        ))}
      </SelectField>
      <InputField id="minCalls" label="Minimum calls" type="number" min={0} max={1000} value={filters.minCalls} onChange={(e) => onChange({ minCalls: e.target.value || "0" })} />
      <SelectField id="skillSet" label="Skill columns" value={filters.skillSet} onChange={(e) => onChange({ skillSet: e.target.value })}>
        {(board?.skillSets ?? [{ value: filters.skillSet, label: filters.skillSet }]).map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { customRangeOf, validateRepFilters } from "@/lib/client/filter-validation";
import { toSearch } from "@/lib/client/fetch-json";
import { useFilterDraft } from "@/lib/client/use-filter-draft";
import { DateField } from "@/components/ui/date-field";
import { SelectField } from "@/components/ui/field";

export type TopicsFilters = { period: string; from?: string; to?: string };

/**
 * The period, as the leaderboard picks it. The page renders its report on the
 * server, so a valid change asks the server for the page again (there is no
 * client-side query to refetch). Without script the form is a plain GET form.
 */
export function TopicsFilterBar({ filters }: { filters: TopicsFilters }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const form = useFilterDraft<TopicsFilters>(filters, validateRepFilters, (next) =>
    startTransition(() => router.replace(`${pathname}${toSearch({ period: next.period, from: next.period === "custom" ? next.from : undefined, to: next.period === "custom" ? next.to : undefined })}`, { scroll: false })),
  );
  const { draft, errors } = form;
  // A custom range starts as the period shown, so it is valid from the first moment; leaving it drops the days.
  const choosePeriod = (period: string) =>
    form.change(period === "custom" ? { period, ...(draft.period === "custom" ? {} : customRangeOf(draft.period)) } : { period, from: undefined, to: undefined });
  return (
    <form method="get" action={pathname} aria-busy={pending} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="w-44">
        <SelectField id="period" name="period" label="Period" value={draft.period} error={errors.period} onChange={(e) => choosePeriod(e.target.value)}>
          <option value="7">Last 7 days</option>
          <option value="30">Last 30 days</option>
          <option value="90">Last 90 days</option>
          <option value="180">Last 180 days</option>
          <option value="custom">Custom range</option>
        </SelectField>
      </div>
      {draft.period === "custom" && (
        <>
          <div className="w-44">
            <DateField id="from" label="From" value={draft.from ?? ""} error={errors.from} onCommit={(from) => form.change({ from: from || undefined })} />
            <input type="hidden" name="from" value={draft.from ?? ""} />
          </div>
          <div className="w-44">
            <DateField id="to" label="To" value={draft.to ?? ""} error={errors.to} onCommit={(to) => form.change({ to: to || undefined })} />
            <input type="hidden" name="to" value={draft.to ?? ""} />
          </div>
        </>
      )}
      {/* Applies the form where script has not loaded; with script, a change applies itself. */}
      <noscript>
        <button type="submit" className="mb-5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800">
          Apply
        </button>
      </noscript>
      {pending && (
        <p role="status" className="mb-5 text-sm text-slate-600">
          Updating the report…
        </p>
      )}
    </form>
  );
}

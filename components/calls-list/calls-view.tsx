"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import type { CallList } from "@/lib/data/dto";
import type { FilterOptions } from "@/lib/data/get-filter-options";
import { toSearch } from "@/lib/client/fetch-json";
import { useCallsQuery } from "@/lib/client/use-calls-query";
import { VENDOR_LABELS, VENDORS } from "@/lib/domain/vendors";
import { humanize } from "@/lib/format";
import { InputField, SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { CallsTable } from "./calls-table";
import { Pagination } from "./pagination";

const KEYS = ["rep", "team", "vendor", "from", "to", "minScore", "maxScore", "outcome", "q", "page"] as const;

export function CallsView({ options, initial, initialKey, title }: { options: FilterOptions; initial: CallList | null; initialKey: string; title: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const [search, setSearch] = useState(filters.q ?? "");
  const query = useCallsQuery(filters, JSON.stringify(filters) === initialKey && initial ? initial : undefined);
  const update = (next: Record<string, string | undefined>) => {
    const merged = { ...filters, page: undefined, ...next };
    router.replace(`${pathname}${toSearch(merged)}`, { scroll: false });
  };

  return (
    <div>
      <PageHeader
        title={title}
        subtitle={query.data ? `${query.data.total.toLocaleString("en-US")}${query.data.totalCapped ? "+" : ""} calls` : undefined}
        actions={
          <a href={`/api/calls/export${toSearch({ ...filters, page: undefined })}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50" download>
            Export CSV
          </a>
        }
      />
      <form
        role="search"
        className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 lg:grid-cols-8"
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: search.trim() || undefined });
        }}
      >
        <div className="col-span-2">
          <InputField id="q" label="Search transcripts" type="search" placeholder="pricing, renewal…" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {options.reps.length > 1 && (
          <SelectField id="rep" label="Rep" value={filters.rep ?? ""} onChange={(e) => update({ rep: e.target.value || undefined })}>
            <option value="">All reps</option>
            {options.reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
        )}
        {options.teams.length > 0 && (
          <SelectField id="team" label="Team" value={filters.team ?? ""} onChange={(e) => update({ team: e.target.value || undefined })}>
            <option value="">All teams</option>
            {options.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField id="vendor" label="Source" value={filters.vendor ?? ""} onChange={(e) => update({ vendor: e.target.value || undefined })}>
          <option value="">All sources</option>
          {VENDORS.map((v) => (
            <option key={v} value={v}>
              {VENDOR_LABELS[v]}
            </option>
          ))}
        </SelectField>
        <SelectField id="outcome" label="Outcome" value={filters.outcome ?? ""} onChange={(e) => update({ outcome: e.target.value || undefined })}>
          <option value="">Any outcome</option>
          {options.outcomes.map((o) => (
            <option key={o} value={o}>
              {humanize(o)}
            </option>
          ))}
        </SelectField>
        <InputField id="from" label="From" type="date" value={filters.from ?? ""} onChange={(e) => update({ from: e.target.value || undefined })} />
        <InputField id="to" label="To" type="date" value={filters.to ?? ""} onChange={(e) => update({ to: e.target.value || undefined })} />
        <InputField id="minScore" label="Min score" type="number" min={0} max={100} value={filters.minScore ?? ""} onChange={(e) => update({ minScore: e.target.value || undefined })} />
        <InputField id="maxScore" label="Max score" type="number" min={0} max={100} value={filters.maxScore ?? ""} onChange={(e) => update({ maxScore: e.target.value || undefined })} />
        <button type="submit" className="sr-only">
          Search
        </button>
      </form>
      {query.isPending && <Loading label="Loading calls…" />}
      {query.isError && <ErrorState error={query.error} retry={() => query.refetch()} />}
      {query.data &&
        (query.data.calls.length === 0 ? (
          <Empty title="No calls match" body={filters.q ? "No transcript mentions every word of that search. Try fewer words." : "Try another period or fewer filters."} />
        ) : (
          <div aria-busy={query.isFetching}>
            <CallsTable calls={query.data.calls} showRep={options.reps.length > 1} />
            <Pagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPage={(page) => update({ ...filters, page: String(page) })} />
          </div>
        ))}
    </div>
  );
}

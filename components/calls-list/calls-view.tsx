"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import type { CallList } from "@/lib/data/dto";
import type { TopicOption } from "@/lib/data/dto-topics";
import type { FilterOptions } from "@/lib/data/get-filter-options";
import { toSearch } from "@/lib/client/fetch-json";
import { replaceAddress } from "@/lib/client/replace-address";
import { hasErrors, MAX_CRM_NAME, MAX_CRM_SEARCH, readableError, validateCallFilters } from "@/lib/client/filter-validation";
import { useCallsQuery } from "@/lib/client/use-calls-query";
import { useFilterDraft } from "@/lib/client/use-filter-draft";
import { VENDOR_LABELS, VENDORS } from "@/lib/domain/vendors";
import { humanize } from "@/lib/format";
import { DateField } from "@/components/ui/date-field";
import { InputField, SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { FilterStatus } from "@/components/ui/filter-status";
import { Empty } from "@/components/ui/states";
import { formatCount } from "@/lib/plural";
import { CallsTable } from "./calls-table";
import { CrmNameField } from "./crm-name-field";
import { Pagination } from "./pagination";

const KEYS = ["rep", "team", "vendor", "from", "to", "minScore", "maxScore", "outcome", "topic", "account", "opportunity", "crm", "q", "page"] as const;
/** The form's names for the query's fields, to put a refusal from the server in words. */
const LABELS: Record<string, string> = {
  rep: "Rep",
  team: "Team",
  vendor: "Source",
  from: "From",
  to: "To",
  minScore: "Min score",
  maxScore: "Max score",
  outcome: "Outcome",
  topic: "Topic",
  account: "Account",
  opportunity: "Opportunity",
  crm: "CRM search",
  q: "Search",
  page: "Page",
  pageSize: "Page size",
};

export function CallsView({
  options,
  topics = [],
  initial,
  initialKey,
  title,
}: {
  options: FilterOptions;
  /** The topics to filter by; a topic in the address that is not among them (a link from the topics page) is offered too. */
  topics?: TopicOption[];
  initial: CallList | null;
  initialKey: string;
  title: string;
}) {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const [search, setSearch] = useState(filters.q ?? "");
  const replace = (next: Record<string, string | undefined>) => replaceAddress(`${pathname}${toSearch(next)}`);
  // The form edits a draft; only valid filters reach the address, and so a request. A new filter starts at page 1.
  const form = useFilterDraft(filters, validateCallFilters, (next) => replace({ ...next, page: undefined }));
  const update = (next: Record<string, string | undefined>) => form.change({ ...next, page: undefined });
  const draft = form.draft;
  const errors = form.errors;
  // Filters in the address that the form refuses (a link typed by hand) are not asked for either.
  const refused = validateCallFilters(filters);
  const blocked = hasErrors(refused);
  const query = useCallsQuery(filters, JSON.stringify(filters) === initialKey && initial ? initial : undefined, !blocked);
  const failure = query.isError ? readableError(query.error, LABELS) : null;

  return (
    <div>
      <PageHeader
        title={title}
        subtitle={!blocked && query.data ? query.data.totalCapped ? `${query.data.total.toLocaleString("en-US")}+ calls` : formatCount(query.data.total, "call") : undefined}
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
          <InputField id="q" label="Search transcripts" type="search" placeholder="pricing, renewal…" maxLength={200} value={search} error={errors.q} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {options.reps.length > 1 && (
          <SelectField id="rep" label="Rep" value={draft.rep ?? ""} error={errors.rep} onChange={(e) => update({ rep: e.target.value || undefined })}>
            <option value="">All reps</option>
            {options.reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
        )}
        {options.teams.length > 0 && (
          <SelectField id="team" label="Team" value={draft.team ?? ""} error={errors.team} onChange={(e) => update({ team: e.target.value || undefined })}>
            <option value="">All teams</option>
            {options.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField id="vendor" label="Source" value={draft.vendor ?? ""} error={errors.vendor} onChange={(e) => update({ vendor: e.target.value || undefined })}>
          <option value="">All sources</option>
          {VENDORS.map((v) => (
            <option key={v} value={v}>
              {VENDOR_LABELS[v]}
            </option>
          ))}
        </SelectField>
        <SelectField id="outcome" label="Outcome" value={draft.outcome ?? ""} error={errors.outcome} onChange={(e) => update({ outcome: e.target.value || undefined })}>
          <option value="">Any outcome</option>
          {options.outcomes.map((o) => (
            <option key={o} value={o}>
              {humanize(o)}
            </option>
          ))}
        </SelectField>
        {(topics.length > 0 || draft.topic) && (
          <SelectField id="topic" label="Topic" value={draft.topic ?? ""} error={errors.topic} onChange={(e) => update({ topic: e.target.value || undefined })}>
            <option value="">Any topic</option>
            {draft.topic && !topics.some((t) => t.externalId === draft.topic) && <option value={draft.topic}>{draft.topic}</option>}
            {topics.map((t) => (
              <option key={t.externalId} value={t.externalId}>
                {t.name}
              </option>
            ))}
          </SelectField>
        )}
        <CrmNameField id="account" label="Account" value={draft.account ?? ""} error={errors.account} options={options.accounts} maxLength={MAX_CRM_NAME} onCommit={(account) => update({ account: account || undefined })} />
        <CrmNameField id="opportunity" label="Opportunity" value={draft.opportunity ?? ""} error={errors.opportunity} options={options.opportunities} maxLength={MAX_CRM_NAME} onCommit={(opportunity) => update({ opportunity: opportunity || undefined })} />
        <CrmNameField id="crm" label="CRM search" placeholder="account, contact, field…" value={draft.crm ?? ""} error={errors.crm} maxLength={MAX_CRM_SEARCH} onCommit={(crm) => update({ crm: crm || undefined })} />
        <DateField id="from" label="From" value={draft.from ?? ""} error={errors.from} onCommit={(from) => update({ from: from || undefined })} />
        <DateField id="to" label="To" value={draft.to ?? ""} error={errors.to} onCommit={(to) => update({ to: to || undefined })} />
        <InputField id="minScore" label="Min score" inputMode="decimal" autoComplete="off" value={draft.minScore ?? ""} error={errors.minScore} onChange={(e) => update({ minScore: e.target.value || undefined })} />
        <InputField id="maxScore" label="Max score" inputMode="decimal" autoComplete="off" value={draft.maxScore ?? ""} error={errors.maxScore} onChange={(e) => update({ maxScore: e.target.value || undefined })} />
        <button type="submit" className="sr-only">
          Search
        </button>
      </form>
      <FilterStatus refused={refused} pending={form.pending} updates="the list" loading={query.isPending ? "Loading calls…" : null} failure={failure} retry={() => void query.refetch()} />
      {!blocked &&
        query.data &&
        (query.data.calls.length === 0 ? (
          <Empty title="No calls match" body={filters.q ? "No transcript mentions every word of that search. Try fewer words." : filters.topic ? "No call in these filters mentions that topic. Try another period or fewer filters." : filters.account || filters.opportunity || filters.crm ? "No call in these filters is matched to that CRM name. Check its spelling, or try fewer filters." : "Try another period or fewer filters."} />
        ) : (
          <div aria-busy={query.isFetching}>
            <CallsTable calls={query.data.calls} showRep={options.reps.length > 1} search={filters.q} />
            <Pagination page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPage={(page) => replace({ ...filters, page: String(page) })} />
          </div>
        ))}
    </div>
  );
}

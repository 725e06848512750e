"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import type { Leaderboard } from "@/lib/data/dto";
import { toSearch } from "@/lib/client/fetch-json";
import { replaceAddress } from "@/lib/client/replace-address";
import { appliedLeaderboardFilters, hasErrors, readableError, validateLeaderboardFilters } from "@/lib/client/filter-validation";
import { useFilterDraft } from "@/lib/client/use-filter-draft";
import { type LeaderboardFilters, useLeaderboardQuery } from "@/lib/client/use-leaderboard-query";
import type { LeaderboardSort } from "@/lib/leaderboard/sort";
import { formatCount } from "@/lib/plural";
import { PageHeader } from "@/components/ui/page-header";
import { FilterStatus } from "@/components/ui/filter-status";
import { Empty } from "@/components/ui/states";
import { LeaderboardFilterBar } from "./filters";
import { AgentList, LeaderboardTable } from "./leaderboard-table";

const DEFAULTS: LeaderboardFilters = { period: "30", minCalls: "3", skillSet: "unified" };

function readFilters(params: URLSearchParams): LeaderboardFilters {
  return {
    period: params.get("period") ?? DEFAULTS.period,
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    team: params.get("team") ?? undefined,
    vendor: params.get("vendor") ?? undefined,
    minCalls: params.get("minCalls") ?? DEFAULTS.minCalls,
    skillSet: params.get("skillSet") ?? DEFAULTS.skillSet,
  };
}

/** The form's names for the query's fields, to put a refusal from the server in words. */
const LABELS: Record<string, string> = { period: "Period", from: "From", to: "To", team: "Team", vendor: "Source", minCalls: "Minimum scored calls", skillSet: "Skill columns", sort: "Sort", dir: "Sort order" };

/** A day of the period as a calendar day: periods are whole UTC days, whatever the viewer's zone. */
const formatDay = (iso: string) => new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

export function LeaderboardView({ initial, initialKey }: { initial: Leaderboard | null; initialKey: string }) {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  const sort: LeaderboardSort = { sort: params.get("sort") ?? "rank", dir: params.get("dir") === "desc" ? "desc" : "asc" };
  const update = (next: Partial<LeaderboardFilters & LeaderboardSort>) => {
    const merged = { ...Object.fromEntries(params.entries()), ...next };
    replaceAddress(`${pathname}${toSearch(merged)}`);
  };
  // The form edits a draft; only valid filters reach the address, and so a request.
  const form = useFilterDraft(filters, validateLeaderboardFilters, (next) => update(appliedLeaderboardFilters(next)));
  // Filters in the address that the form refuses (a link typed by hand) are not asked for either.
  const refused = validateLeaderboardFilters(filters);
  const blocked = hasErrors(refused);
  const query = useLeaderboardQuery(filters, JSON.stringify(filters) === initialKey && initial ? initial : undefined, !blocked);
  const failure = query.isError ? readableError(query.error, LABELS) : null;
  const exportHref = `/api/leaderboard/export${toSearch({ ...filters, ...sort })}`;

  return (
    <div>
      <PageHeader
        title="Leaderboard"
        subtitle={!blocked && query.data ? `${formatCount(query.data.rows.length, "rep")} · ${formatDay(query.data.from)} – ${formatDay(query.data.to)}` : "Reps ranked by average call score"}
        actions={
          <a href={exportHref} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50" download>
            Export CSV
          </a>
        }
      />
      <LeaderboardFilterBar filters={form.draft} errors={form.errors} board={query.data} onChange={form.change} />
      <FilterStatus refused={refused} pending={form.pending} updates="the leaderboard" loading={query.isPending ? "Ranking reps…" : null} failure={failure} retry={() => void query.refetch()} />
      {!blocked && query.data && (
        <div aria-busy={query.isFetching}>
          {query.data.rows.length === 0 ? (
            <Empty title="No reps match these filters" body="Try a longer period, another team or source, or a lower minimum number of calls (only scored calls count)." />
          ) : (
            <LeaderboardTable board={query.data} sort={sort} onSort={(s) => update(s)} />
          )}
          {/* Agents are listed apart, never ranked among people: shown whether or not any person matches. */}
          <AgentList agents={query.data.agents} sort={sort} />
        </div>
      )}
    </div>
  );
}

"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import type { Leaderboard } from "@/lib/data/dto";
import { toSearch } from "@/lib/client/fetch-json";
import { type LeaderboardFilters, useLeaderboardQuery } from "@/lib/client/use-leaderboard-query";
import { leaderboardQuery } from "@/lib/leaderboard/query";
import type { LeaderboardSort } from "@/lib/leaderboard/sort";
import { PageHeader } from "@/components/ui/page-header";
import { Empty, ErrorState, Loading } from "@/components/ui/states";
import { LeaderboardFilterBar } from "./filters";
import { LeaderboardTable } from "./leaderboard-table";

const DEFAULTS: LeaderboardFilters = { period: "30", minCalls: "3", skillSet: "salesfinity" };

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

/** Why the filters in the address cannot be ranked, in words (a period past two years, a day that does not exist); null when they can. */
function filterProblem(filters: LeaderboardFilters): string | null {
  const parsed = leaderboardQuery.safeParse(filters);
  if (parsed.success) return null;
  return `These filters cannot be shown: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "filters"}: ${issue.message}`).join("; ")}.`;
}

export function LeaderboardView({ initial, initialKey }: { initial: Leaderboard | null; initialKey: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  const sort: LeaderboardSort = { sort: params.get("sort") ?? "rank", dir: params.get("dir") === "desc" ? "desc" : "asc" };
  const queryFilters = filters.period === "custom" && (!filters.from || !filters.to) ? { ...filters, period: "30" } : filters;
  const query = useLeaderboardQuery(queryFilters, JSON.stringify(queryFilters) === initialKey && initial ? initial : undefined);
  const problem = filterProblem(queryFilters);

  const update = (next: Partial<LeaderboardFilters & LeaderboardSort>) => {
    const merged = { ...Object.fromEntries(params.entries()), ...next };
    router.replace(`${pathname}${toSearch(merged)}`, { scroll: false });
  };
  const exportHref = `/api/leaderboard/export${toSearch({ ...queryFilters, ...sort })}`;

  return (
    <div>
      <PageHeader
        title="Leaderboard"
        subtitle={query.data ? `${query.data.rows.length} reps · ${new Date(query.data.from).toLocaleDateString()} – ${new Date(query.data.to).toLocaleDateString()}` : "Reps ranked by average call score"}
        actions={
          <a href={exportHref} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50" download>
            Export CSV
          </a>
        }
      />
      <LeaderboardFilterBar filters={filters} board={query.data} onChange={update} />
      {problem && <ErrorState error={new Error(problem)} />}
      {!problem && query.isPending && <Loading label="Ranking reps…" />}
      {!problem && query.isError && <ErrorState error={query.error} retry={() => query.refetch()} />}
      {!problem &&
        query.data &&
        (query.data.rows.length === 0 ? (
          <Empty title="No reps match these filters" body="Try a longer period, another team or source, or a lower minimum number of calls." />
        ) : (
          <div aria-busy={query.isFetching}>
            <LeaderboardTable board={query.data} sort={sort} onSort={(s) => update(s)} />
          </div>
        ))}
    </div>
  );
}

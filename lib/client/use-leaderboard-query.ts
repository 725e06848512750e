"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Leaderboard } from "@/lib/data/dto";
import { fetchJson, toSearch } from "./fetch-json";
import { queryKeys } from "./query-keys";

export type LeaderboardFilters = { period: string; from?: string; to?: string; team?: string; vendor?: string; minCalls: string; skillSet: string };

/** `enabled` is false while the filters are invalid: nothing is asked that the form already refused. */
export function useLeaderboardQuery(filters: LeaderboardFilters, initialData?: Leaderboard, enabled = true) {
  return useQuery({
    queryKey: queryKeys.leaderboard(filters),
    queryFn: () => fetchJson<Leaderboard>(`/api/leaderboard${toSearch(filters)}`),
    initialData,
    enabled,
    placeholderData: keepPreviousData,
  });
}

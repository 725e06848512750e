"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type Leaderboard, leaderboardSchema } from "@/lib/data/dto";
import { fetchJson, toSearch } from "./fetch-json";
import { queryKeys } from "./query-keys";

export type LeaderboardFilters = { period: string; from?: string; to?: string; team?: string; vendor?: string; minCalls: string; skillSet: string };

export function useLeaderboardQuery(filters: LeaderboardFilters, initialData?: Leaderboard) {
  return useQuery({
    queryKey: queryKeys.leaderboard(filters),
    queryFn: () => fetchJson(`/api/leaderboard${toSearch(filters)}`, leaderboardSchema),
    initialData,
    placeholderData: keepPreviousData,
  });
}

"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RepOverview } from "@/lib/data/dto";
import { fetchJson, toSearch } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function useRepQuery(repId: number, params: { period: string; skillSet?: string }, initialData?: RepOverview) {
  return useQuery({
    queryKey: queryKeys.rep(repId, params),
    queryFn: () => fetchJson<RepOverview>(`/api/reps/${repId}${toSearch(params)}`),
    initialData,
    placeholderData: keepPreviousData,
  });
}

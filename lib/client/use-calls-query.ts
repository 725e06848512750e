"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type CallList, callListSchema } from "@/lib/data/dto";
import { fetchJson, toSearch } from "./fetch-json";
import { queryKeys } from "./query-keys";

export type CallFilters = Record<string, string | undefined>;

export function useCallsQuery(filters: CallFilters, initialData?: CallList) {
  return useQuery({
    queryKey: queryKeys.calls(filters),
    queryFn: () => fetchJson(`/api/calls${toSearch(filters)}`, callListSchema),
    initialData,
    placeholderData: keepPreviousData,
  });
}

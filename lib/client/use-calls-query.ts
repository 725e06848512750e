"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CallList } from "@/lib/data/dto";
import { fetchJson, toSearch } from "./fetch-json";
import { queryKeys } from "./query-keys";

export type CallFilters = Record<string, string | undefined>;

/** `enabled` is false while the filters are invalid: nothing is asked that the form already refused. */
export function useCallsQuery(filters: CallFilters, initialData?: CallList, enabled = true) {
  return useQuery({
    queryKey: queryKeys.calls(filters),
    queryFn: () => fetchJson<CallList>(`/api/calls${toSearch(filters)}`),
    initialData,
    enabled,
    placeholderData: keepPreviousData,
  });
}

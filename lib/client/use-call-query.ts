"use client";

import { useQuery } from "@tanstack/react-query";
import type { CallDetail } from "@/lib/data/dto";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function useCallQuery(callId: number, initialData?: CallDetail) {
  return useQuery({ queryKey: queryKeys.call(callId), queryFn: () => fetchJson<CallDetail>(`/api/calls/${callId}`), initialData });
}

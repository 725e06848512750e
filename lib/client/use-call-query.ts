"use client";

import { useQuery } from "@tanstack/react-query";
import type { ClientCall } from "@/lib/data/dto";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function useCallQuery(callId: number, initialData?: ClientCall) {
  return useQuery<ClientCall>({ queryKey: queryKeys.call(callId), queryFn: () => fetchJson<ClientCall>(`/api/calls/${callId}`), initialData });
}

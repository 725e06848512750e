"use client";

import { useQuery } from "@tanstack/react-query";
import { transcriptResponseSchema } from "@/lib/data/dto";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function useTranscriptQuery(callId: number) {
  return useQuery({
    queryKey: queryKeys.transcript(callId),
    queryFn: () => fetchJson(`/api/calls/${callId}/transcript`, transcriptResponseSchema),
    staleTime: Infinity,
    // "Not available yet, but coming" is worth asking again a little later.
    refetchInterval: (query) => (query.state.data?.status === "unavailable" && query.state.data.pending ? 20_000 : false),
  });
}

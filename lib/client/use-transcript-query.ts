"use client";

import { useQuery } from "@tanstack/react-query";
import type { TranscriptResponse } from "@/lib/data/dto";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

/**
 * `initial`: what the page came with. The whole transcript never changes, so it is not asked
 * for again; its first screen only (`complete` false) shows until the whole one has come.
 */
export function useTranscriptQuery(callId: number, initial?: TranscriptResponse, complete = true) {
  return useQuery({
    queryKey: queryKeys.transcript(callId),
    queryFn: () => fetchJson<TranscriptResponse>(`/api/calls/${callId}/transcript`),
    initialData: complete ? initial : undefined,
    placeholderData: complete ? undefined : initial,
    staleTime: Infinity,
    // A transcript is one document read whole: comparing 20,000 words with the previous answer to
    // keep unchanged parts shared costs a long task while the page loads, and nothing reuses them.
    structuralSharing: false,
    // "Not available yet, but coming" is worth asking again a little later.
    refetchInterval: (query) => (query.state.data?.status === "unavailable" && query.state.data.pending ? 20_000 : false),
  });
}

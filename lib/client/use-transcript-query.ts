"use client";

import { useQuery } from "@tanstack/react-query";
import { type TranscriptResponse, transcriptResponseSchema } from "@/lib/data/dto";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

/** `initialData`: the transcript the page came with; it never changes, so it is not asked for again. */
export function useTranscriptQuery(callId: number, initialData?: TranscriptResponse) {
  return useQuery({
    queryKey: queryKeys.transcript(callId),
    queryFn: () => fetchJson(`/api/calls/${callId}/transcript`, transcriptResponseSchema),
    initialData,
    staleTime: Infinity,
    // "Not available yet, but coming" is worth asking again a little later.
    refetchInterval: (query) => (query.state.data?.status === "unavailable" && query.state.data.pending ? 20_000 : false),
  });
}

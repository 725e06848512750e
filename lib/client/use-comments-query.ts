"use client";

// A call's comment threads, ours and ExecVision's (changes to them: use-comment-change.ts).
import { useQuery } from "@tanstack/react-query";
import type { CallComments } from "@/lib/data/dto-comments";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function useCommentsQuery(callId: number) {
  return useQuery({
    queryKey: queryKeys.comments(callId),
    queryFn: () => fetchJson<CallComments>(`/api/calls/${callId}/comments`),
  });
}

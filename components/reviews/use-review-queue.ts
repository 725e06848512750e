"use client";

// The review queue's requests from the browser: a filter's calls a page at a
// time, the filters' counts, the viewer's threshold, a call's feedback request
// and "reviewed" marks, and the changes to them. Every change asks for the
// queue, its counts and the inbox again.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson, toSearch } from "@/lib/client/fetch-json";
import { queryKeys } from "@/lib/client/query-keys";
import type { CallFeedback, CallReviewState, MarkReviewedResult, QueueItem, ReviewCounts, ReviewQueue, ReviewThreshold } from "@/lib/data/dto-review-queue";
import { DEFAULT_QUEUE_PAGE, type QueueFilter } from "@/lib/data/review-queue-filters";

export function queueUrl(filter: QueueFilter, cursor?: string | null, limit = DEFAULT_QUEUE_PAGE): string {
  return `/api/reviews/queue${toSearch({ filter, limit, cursor })}`;
}

export function useReviewQueueQuery(filter: QueueFilter, initial?: ReviewQueue) {
  return useInfiniteQuery({
    queryKey: queryKeys.reviewQueue(filter),
    queryFn: ({ pageParam }) => fetchJson<ReviewQueue>(queueUrl(filter, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial && initial.filter === filter ? { pages: [initial], pageParams: [null] } : undefined,
  });
}

export function useReviewCountsQuery(initial?: ReviewCounts) {
  return useQuery({ queryKey: queryKeys.reviewCounts(), queryFn: () => fetchJson<ReviewCounts>("/api/reviews/counts"), initialData: initial });
}

/**
 * The call to open after the one at `cursor`: the next of the filter, else
 * (at the end) the first still waiting from the top, never the same call;
 * null when the queue holds no other call.
 */
export async function fetchNextQueueCall(filter: QueueFilter, cursor: string, current: number): Promise<QueueItem | null> {
  const after = await fetchJson<ReviewQueue>(queueUrl(filter, cursor, 1));
  if (after.items[0]) return after.items[0];
  const top = await fetchJson<ReviewQueue>(queueUrl(filter, null, 2));
  return top.items.find((item) => item.callId !== current) ?? null;
}

export function useSetThreshold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (threshold: number) => fetchJson<ReviewThreshold>("/api/reviews/threshold", { method: "PUT", body: JSON.stringify({ threshold }) }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.reviewCounts() });
      void client.invalidateQueries({ queryKey: queryKeys.reviewQueue("below") });
    },
  });
}

export function useCallFeedbackQuery(callId: number) {
  return useQuery({ queryKey: queryKeys.callFeedback(callId), queryFn: () => fetchJson<CallFeedback>(`/api/calls/${callId}/feedback`) });
}

export function useRequestFeedback(callId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => fetchJson<CallFeedback>(`/api/calls/${callId}/feedback`, { method: "POST", body: JSON.stringify({ note }) }),
    onSuccess: (feedback) => client.setQueryData(queryKeys.callFeedback(callId), feedback),
  });
}

export function useCallReviewStateQuery(callId: number) {
  return useQuery({ queryKey: queryKeys.callReviewState(callId), queryFn: () => fetchJson<CallReviewState>(`/api/calls/${callId}/reviewed`) });
}

export function useMarkReviewed(callId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<MarkReviewedResult>(`/api/calls/${callId}/reviewed`, { method: "POST" }),
    onSuccess: ({ resolvedRequests: _, ...state }) => {
      client.setQueryData(queryKeys.callReviewState(callId), state);
      void client.invalidateQueries({ queryKey: queryKeys.reviewQueues() });
      void client.invalidateQueries({ queryKey: queryKeys.reviewCounts() });
      void client.invalidateQueries({ queryKey: queryKeys.callFeedback(callId) });
      void client.invalidateQueries({ queryKey: queryKeys.inbox() });
    },
  });
}

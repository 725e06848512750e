"use client";

// A call's score reviews (a manager's overrides, a rep's disputes) and the
// changes to them. Every change answers with the call's scores as they now
// are, which replace the cached ones; the leaderboard, the inbox (where the
// other side is told), the review queue and calibration are asked for again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CallReviews, CallReviewsChange } from "@/lib/data/dto-score-reviews";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

/** Which score: both absent for the call's overall score. */
export interface ScoreRef {
  skillSet?: string;
  skill?: string;
}

export type ReviewChange =
  | { action: "override"; ref: ScoreRef; newScore: number; reason: string }
  | { action: "dispute"; ref: ScoreRef; reason: string; quote: string; quoteStartSec: number; quoteEndSec: number; newScore?: number }
  | { action: "accept"; reviewId: number; newScore: number; reason?: string }
  | { action: "reject"; reviewId: number; reason: string };

/** The request for a change: POST a review of the call, or a decision on one of its disputes. */
export function sendReviewChange(callId: number, change: ReviewChange): Promise<CallReviewsChange> {
  const base = `/api/calls/${callId}/reviews`;
  const post = (url: string, body: unknown) => fetchJson<CallReviewsChange>(url, { method: "POST", body: JSON.stringify(body) });
  switch (change.action) {
    case "override":
      return post(base, { kind: "override", ...change.ref, newScore: change.newScore, reason: change.reason });
    case "dispute": {
      const { action: _, ref, ...rest } = change;
      return post(base, { kind: "dispute", ...ref, ...rest });
    }
    case "accept":
      return post(`${base}/${change.reviewId}/decision`, { decision: "accept", newScore: change.newScore, ...(change.reason ? { reason: change.reason } : {}) });
    case "reject":
      return post(`${base}/${change.reviewId}/decision`, { decision: "reject", reason: change.reason });
  }
}

export function useCallReviewsQuery(callId: number) {
  return useQuery({
    queryKey: queryKeys.callReviews(callId),
    queryFn: () => fetchJson<CallReviews>(`/api/calls/${callId}/reviews`),
  });
}

/** One form's change; each has its own, so its error shows beside it. */
export function useReviewChange(callId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ReviewChange) => sendReviewChange(callId, change),
    onSuccess: ({ changed: _, ...reviews }) => {
      client.setQueryData<CallReviews>(queryKeys.callReviews(callId), reviews);
      void client.invalidateQueries({ queryKey: ["leaderboard"] });
      void client.invalidateQueries({ queryKey: queryKeys.inbox() });
      void client.invalidateQueries({ queryKey: queryKeys.reviewQueues() });
      void client.invalidateQueries({ queryKey: queryKeys.reviewCounts() });
      void client.invalidateQueries({ queryKey: ["calibration"] });
    },
  });
}

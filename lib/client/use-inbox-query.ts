"use client";

// The viewer's notifications (mentions, replies): asked for again every
// minute while the tab is in view, and marked read from the header or the page.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Inbox } from "@/lib/data/dto-comments";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export const INBOX_LIMIT = 20;
export const INBOX_POLL_MS = 60_000;

export function useInboxQuery() {
  return useQuery({
    queryKey: queryKeys.inbox(),
    queryFn: () => fetchJson<Inbox>(`/api/me/notifications?limit=${INBOX_LIMIT}`),
    // React Query holds the interval while the document is hidden.
    refetchInterval: INBOX_POLL_MS,
    refetchIntervalInBackground: false,
    // Back in the tab after a while: the count is brought up to date at once.
    refetchOnWindowFocus: true,
    // A badge that cannot load says nothing rather than asking again at once.
    retry: false,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: number[] } | { all: true }) => fetchJson<Inbox>("/api/me/notifications/read", { method: "POST", body: JSON.stringify(which) }),
    onSuccess: (data) => client.setQueryData(queryKeys.inbox(), data),
  });
}

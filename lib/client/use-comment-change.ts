"use client";

// Writing, editing and deleting comments. Every change answers with the call's
// whole list again, which replaces the cached one. Apart from the query so the
// call page's first script carries none of this (the panel loads it later).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CallComments } from "@/lib/data/dto-comments";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

/** A new comment at a moment or span, or a reply: to one of ours (parentId) or to a synced ExecVision one (feedbackId). */
export interface NewComment {
  body: string;
  startSec: number;
  endSec?: number;
  quote?: string;
  mentions: number[];
  parentId?: number;
  feedbackId?: number;
}

export type CommentChange =
  | { action: "create"; comment: NewComment }
  | { action: "edit"; id: number; body: string; mentions: number[] }
  | { action: "delete"; id: number };

/** The request for a change: POST a new one, PATCH or DELETE one of ours by its id. */
export function sendCommentChange(callId: number, change: CommentChange): Promise<CallComments> {
  const base = `/api/calls/${callId}/comments`;
  if (change.action === "create") return fetchJson<CallComments>(base, { method: "POST", body: JSON.stringify(change.comment) });
  if (change.action === "edit") return fetchJson<CallComments>(`${base}/${change.id}`, { method: "PATCH", body: JSON.stringify({ body: change.body, mentions: change.mentions }) });
  return fetchJson<CallComments>(`${base}/${change.id}`, { method: "DELETE" });
}

/** One form's or button's change; each has its own, so its error shows beside it. */
export function useCommentChange(callId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: CommentChange) => sendCommentChange(callId, change),
    onSuccess: (data) => client.setQueryData(queryKeys.comments(callId), data),
  });
}

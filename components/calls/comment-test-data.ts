// Comment threads the comments tests share: one of ours with a reply and a
// mention, a synced ExecVision highlight, and a deleted one of ours.
import type { CallComments, CommentView, ThreadView } from "@/lib/data/dto-comments";

const base: CommentView = {
  key: "c1",
  id: 1,
  feedbackId: null,
  source: "coachboard",
  kind: "comment",
  author: { id: 5, name: "Rebecca Holt" },
  startSec: 83,
  endSec: null,
  quote: null,
  body: "Nice",
  deleted: false,
  createdAt: "2026-01-07T16:30:00.000Z",
  editedAt: null,
  mentions: [],
  mine: false,
};

export const PEOPLE = [
  { id: 5, name: "Rebecca Holt" },
  { id: 7, name: "Marcus Reid" },
  { id: 8, name: "Ana Ruiz" },
];

export const OURS: ThreadView = {
  ...base,
  key: "c12",
  id: 12,
  startSec: 6,
  endSec: 9,
  quote: "How do invoices get approved today?",
  body: "@Marcus Reid ask who signs off.",
  mentions: [{ id: 7, name: "Marcus Reid" }],
  mine: true,
  editedAt: "2026-01-07T16:40:00.000Z",
  replies: [{ ...base, key: "c13", id: 13, author: { id: 7, name: "Marcus Reid" }, body: "Will do, thanks @rebecca holt", mentions: [{ id: 5, name: "Rebecca Holt" }], createdAt: "2026-01-07T17:00:00.000Z" }],
};

export const SYNCED: ThreadView = {
  ...base,
  key: "f34",
  id: null,
  feedbackId: 34,
  source: "execvision",
  kind: "highlight",
  author: { id: null, name: "Jo Banks" },
  startSec: 62,
  body: "Great recovery here",
  replies: [],
};

export const DELETED: ThreadView = { ...base, key: "c20", id: 20, startSec: 120, body: null, deleted: true, mine: false, replies: [{ ...base, key: "c21", id: 21, body: "Agreed", mine: true }] };

export const COMMENTS: CallComments = { callId: 7, threads: [OURS, SYNCED, DELETED], people: PEOPLE };

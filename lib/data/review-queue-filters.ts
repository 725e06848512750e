// The review queue's filters and bounds, shared by the server and the pages
// (no zod, no database: the call page's script imports it).

/** Open disputes; open feedback requests; a rep's calls scored below the viewer's threshold; calls nobody marked reviewed. */
export const QUEUE_FILTERS = ["disputes", "feedback", "below", "unreviewed"] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

/** A manager's "scored below" threshold until he sets one. */
export const DEFAULT_THRESHOLD = 70;
/** "Scored below" looks at the calls of this many days back. */
export const BELOW_DAYS = 90;
/** "Not reviewed yet" looks at the calls of this many days back. */
export const UNREVIEWED_DAYS = 30;
export const MAX_QUEUE_PAGE = 100;
export const DEFAULT_QUEUE_PAGE = 25;
/** Each filter's count stops here (shown as "999+"); counting further costs reads for nothing. */
export const MAX_COUNTED = 999;
export const MAX_NOTE_CHARS = 1000;

export function isQueueFilter(value: unknown): value is QueueFilter {
  return typeof value === "string" && (QUEUE_FILTERS as readonly string[]).includes(value);
}

/** Where a call sits in the queue's order (newest call first, then the higher id): "<started at, epoch ms>.<call id>". */
export function queueCursor(startedAt: string, callId: number): string {
  return `${Date.parse(startedAt)}.${callId}`;
}

const CURSOR = /^(\d{1,15})\.(\d{1,10})$/;

export function parseQueueCursor(text: string): { startedAt: Date; id: number } | null {
  const match = CURSOR.exec(text);
  if (!match) return null;
  const ms = Number(match[1]);
  const id = Number(match[2]);
  if (!Number.isSafeInteger(ms) || id < 1 || id > 2_147_483_647) return null;
  return { startedAt: new Date(ms), id };
}

/** "999+" past the cap. */
export function countText(count: { count: number; more: boolean }): string {
  return count.more ? `${MAX_COUNTED}+` : String(count.count);
}

/** The call page, told it was opened from this filter of the queue. */
export function queueCallHref(callId: number, filter: QueueFilter, atSec?: number | null): string {
  const at = atSec !== null && atSec !== undefined ? `&t=${Math.floor(Math.max(0, atSec))}` : "";
  return `/calls/${callId}?queue=${filter}${at}`;
}

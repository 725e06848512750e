// The vendor-agnostic sync engine. For each stream of a connector: fetch a
// page outside any transaction, validate each record, map the valid ones,
// then in one short transaction write them, dead-letter the rest, and move
// the cursor with a compare-and-set, as the vendor's lock holder. A crash
// before the commit re-fetches one page; a crash after resumes from the
// cursor; the lock dies with the process, so the next sync starts at once.
import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { retryConflicts } from "@/lib/db/conflicts";
import type { HeldLock, SqlConnection } from "@/lib/db/sql";
import type { UnifiedBatch } from "@/lib/domain/records";
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import {
  advanceStreamState,
  clearHolder,
  deadLetter,
  finishRun,
  isHolder,
  type LockHolder,
  loadStreamState,
  readHolder,
  recordHolder,
  recordStreamOutcome,
  resolveDeadLetters,
  type RunTotals,
  setStreamNote,
  settleDeliveries,
  startRun,
  touchHolder,
  updateRun,
} from "./bookkeeping";
import { DropLog } from "./drops";
import { AuthError, LockLostError, SyncStoppedError } from "./errors";
import { mergeBatches } from "./merge";
import { addCounts, markAbsentCalls, writeBatch } from "./store";
import type { Connector, StreamDefinition, StreamPage } from "./types";

export type SyncTrigger = "cli" | "schedule" | "manual" | "webhook" | "read-through" | "worker" | "start";

export interface SyncOptions {
  trigger: SyncTrigger;
  /** Run only these streams (all by default). */
  streams?: string[];
  owner?: string;
  now?: () => Date;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Requests made so far, for the run's totals (the connector's HTTP client counts them). */
  requestCount?: () => number;
  /** When another process syncs the vendor: wait for it (then run), instead of skipping at once. */
  wait?: WaitOptions;
}

export interface WaitOptions {
  /** How long to wait before giving up (the result then says ran: false). */
  timeoutMs: number;
  /** Called when the wait begins and about every 15 s while it lasts. */
  onWait?(info: { vendor: Vendor; holder: LockHolder | null; waitedMs: number }): void;
}

export type ProgressEvent =
  | { type: "stream-start"; vendor: Vendor; stream: string }
  | { type: "page"; vendor: Vendor; stream: string; totals: RunTotals }
  | { type: "stream-end"; vendor: Vendor; stream: string; totals: RunTotals; error: string | null };

export interface StreamResult {
  stream: string;
  totals: RunTotals;
  error: string | null;
}

export interface VendorResult {
  vendor: Vendor;
  /** false when another process held the vendor's lock (for longer than the wait, if any). */
  ran: boolean;
  /** Who held it then, as recorded. */
  heldBy?: LockHolder | null;
  streams: StreamResult[];
  /** Why the vendor failed, if it did: auth errors stop it at once. */
  error: string | null;
}

function emptyTotals(): RunTotals {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, deadLettered: 0, dropped: 0, requests: 0 };
}

/** How often the holder row is marked alive while a sync runs. */
const HEARTBEAT_MS = 10_000;
const WAIT_POLL_MS = 500;
const WAIT_REPORT_MS = 15_000;

/** The name of a vendor's sync lock (one per vendor: its streams share a cursor table and a rate limit). */
export function vendorLockName(vendor: Vendor): string {
  return `sync-${vendor}`;
}

/** One incremental pass over a connector's streams, holding the vendor's lock. */
export async function syncVendor(sql: SqlConnection, connector: Connector, options: SyncOptions): Promise<VendorResult> {
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID()}`;
  const vendor = connector.vendor;
  const taken = await takeVendorLock(sql, vendor, options);
  if (!taken.lock) return { vendor, ran: false, heldBy: taken.holder, streams: [], error: null };
  const lock = taken.lock;

  const controller = new AbortController();
  const abortOnParent = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", abortOnParent, { once: true });
  const abortOnLost = () => controller.abort(new LockLostError(vendor));
  lock.lost.addEventListener("abort", abortOnLost, { once: true });
  let heartbeat: NodeJS.Timeout | undefined;
  const result: VendorResult = { vendor, ran: true, streams: [], error: null };
  try {
    await recordHolder(sql, vendor, { owner, pid: process.pid, host: hostname(), trigger: options.trigger, acquiredAt: now() });
    heartbeat = setInterval(() => {
      touchHolder(sql, vendor, owner, now())
        .then((held) => held || controller.abort(new LockLostError(vendor)))
        .catch(() => {});
    }, HEARTBEAT_MS);
    heartbeat.unref?.();
    const selected = connector.streams.filter((s) => !options.streams || options.streams.includes(s.name));
    for (const stream of selected) {
      const streamResult = await runStream(sql, connector, stream, { ...options, owner, now, signal: controller.signal });
      result.streams.push(streamResult);
      if (streamResult.error) {
        result.error ??= `${stream.name}: ${streamResult.error}`;
        if (streamResult.fatal) break;
      }
    }
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener("abort", abortOnParent);
    lock.lost.removeEventListener("abort", abortOnLost);
    await clearHolder(sql, vendor, owner).catch(() => {});
    await lock.release();
  }
  return result;
}

/** The vendor's lock, waiting for its holder when asked to; otherwise who holds it. */
async function takeVendorLock(sql: SqlConnection, vendor: Vendor, options: SyncOptions): Promise<{ lock: HeldLock | null; holder: LockHolder | null }> {
  const started = Date.now();
  let reported = -Infinity;
  for (;;) {
    const lock = await sql.tryLock(vendorLockName(vendor));
    if (lock) return { lock, holder: null };
    const holder = await readHolder(sql, vendor);
    const waited = Date.now() - started;
    if (!options.wait || waited >= options.wait.timeoutMs || options.signal?.aborted) return { lock: null, holder };
    if (waited - reported >= WAIT_REPORT_MS) {
      reported = waited;
      options.wait.onWait?.({ vendor, holder, waitedMs: waited });
    }
    await sleep(Math.min(WAIT_POLL_MS, options.wait.timeoutMs - waited), options.signal);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

interface StreamRunResult extends StreamResult {
  /** The vendor cannot go on (credentials refused, lock lost, stopped). */
  fatal: boolean;
}

async function runStream(
  sql: SqlConnection,
  connector: Connector,
  stream: StreamDefinition,
  options: SyncOptions & { owner: string; now: () => Date; signal: AbortSignal },
): Promise<StreamRunResult> {
  const { vendor } = connector;
  const { now, owner, signal } = options;
  const totals = emptyTotals();
  const drops = new DropLog();
  const requestsBefore = options.requestCount?.() ?? 0;
  const runId = await startRun(sql, vendor, stream.name, options.trigger, now());
  options.onProgress?.({ type: "stream-start", vendor, stream: stream.name });
  let error: string | null = null;
  let fatal = false;
  let stopped = false;
  try {
    let loaded = await loadStreamState(sql, vendor, stream.name, now());
    const pages = stream.pages({ state: loaded.state, trigger: options.trigger, sql, now, signal, log: () => {} });
    for await (const page of pages) {
      signal.throwIfAborted();
      const prepared = preparePage(stream, page, now(), drops);
      const committedAt = now();
      // The page's counts are added once it has committed: a page ended by a conflict with
      // another vendor's writes (PostgreSQL) is written again whole, and counted once.
      const written = await retryConflicts(() =>
        sql.transaction(async (tx) => {
          const counts = await writeBatch(tx, prepared.batch, committedAt);
          let deadLettered = 0;
          for (const dead of prepared.dead) {
            if (await deadLetter(tx, { vendor, stream: stream.name, ...dead }, committedAt)) deadLettered++;
          }
          if (prepared.validIds.length) await resolveDeadLetters(tx, vendor, stream.name, prepared.validIds, committedAt);
          if (page.settles?.length) await settleDeliveries(tx, page.settles, committedAt);
          if (page.note !== undefined) await setStreamNote(tx, vendor, stream.name, page.note, committedAt);
          const deleted = page.complete ? await markAbsentCalls(tx, vendor, page.complete, committedAt) : 0;
          const moved = page.state
            ? await advanceStreamState(tx, { vendor, stream: stream.name, owner, version: loaded.version }, page.state, committedAt)
            : await isHolder(tx, vendor, owner);
          if (!moved) throw new LockLostError(vendor);
          return { counts, deadLettered, deleted };
        }),
      );
      addCounts(totals, written.counts);
      totals.deadLettered += written.deadLettered;
      totals.deleted += written.deleted;
      if (page.state) loaded = { state: page.state, version: loaded.version + 1 };
      totals.requests = (options.requestCount?.() ?? 0) - requestsBefore;
      totals.dropped = drops.total;
      await updateRun(sql, runId, totals, drops.serialize());
      options.onProgress?.({ type: "page", vendor, stream: stream.name, totals: { ...totals } });
    }
  } catch (caught) {
    const reason = signal.aborted && signal.reason instanceof Error ? signal.reason : caught;
    error = reason instanceof Error ? reason.message : String(reason);
    fatal = reason instanceof AuthError || reason instanceof LockLostError || signal.aborted;
    stopped = reason instanceof SyncStoppedError;
  }
  totals.requests = (options.requestCount?.() ?? 0) - requestsBefore;
  totals.dropped = drops.total;
  // A pass stopped on purpose (the process is shutting down) is no failure of the stream: it resumes next time.
  await finishRun(sql, runId, totals, now(), error, drops.serialize(), stopped ? "stopped" : undefined).catch(() => {});
  await recordStreamOutcome(sql, vendor, stream.name, now(), stopped ? null : error).catch(() => {});
  options.onProgress?.({ type: "stream-end", vendor, stream: stream.name, totals: { ...totals }, error });
  return { stream: stream.name, totals, error, fatal };
}

interface PreparedPage {
  batch: UnifiedBatch;
  dead: { externalId: string | null; payload: string; error: string }[];
  validIds: string[];
}

/**
 * Validates and maps each record on its own, so one bad record never costs
 * the page. The mapper gets the record as received, which is what it keeps as
 * raw, and reports the elements it leaves out.
 */
function preparePage(stream: StreamDefinition, page: StreamPage, now: Date, drops: DropLog): PreparedPage {
  const batches: UnifiedBatch[] = [];
  const dead: PreparedPage["dead"] = [];
  const validIds: string[] = [];
  for (const raw of page.records) {
    const parsed = stream.schema.safeParse(raw);
    const externalId = stream.keyOf(raw);
    if (!parsed.success) {
      dead.push({ externalId, payload: JSON.stringify(raw), error: describeIssues(parsed.error.issues) });
      continue;
    }
    try {
      batches.push(stream.map(parsed.data, { now, raw, drop: (what, why) => drops.add(what, why, externalId) }));
      if (externalId) validIds.push(externalId);
    } catch (error) {
      dead.push({ externalId, payload: JSON.stringify(raw), error: `could not be mapped: ${(error as Error).message}` });
    }
  }
  if (page.missing?.length && stream.mapMissing) batches.push(stream.mapMissing(page.missing));
  let batch = mergeBatches(batches);
  if (stream.snapshot) batch = stream.snapshot(batch);
  return { batch, dead, validIds };
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(record)"}: ${issue.message}`)
    .join("; ")
    .concat(issues.length > 5 ? `; and ${issues.length - 5} more` : "");
}

/** "ExecVision sync in process 4242, started 12 s ago" (or on another host), for a process that waits for it. */
export function describeHolder(vendor: Vendor, holder: LockHolder | null, now = new Date()): string {
  const label = VENDOR_LABELS[vendor];
  if (!holder) return `${label} sync another process is running`;
  const seconds = Math.max(0, Math.round((now.getTime() - holder.acquiredAt.getTime()) / 1000));
  const ago = seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
  const where = holder.host && holder.host !== hostname() ? ` on ${holder.host}` : "";
  const by = holder.trigger ? ` (${holder.trigger})` : "";
  return `${label} sync in process ${holder.pid}${where}${by}, started ${ago} ago`;
}

export function describeVendorResult(result: VendorResult): string {
  return result.error ? `${VENDOR_LABELS[result.vendor]}: ${result.error}` : `${VENDOR_LABELS[result.vendor]}: ok`;
}

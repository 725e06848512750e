// The vendor-agnostic sync engine. For each stream of a connector: fetch a
// page outside any transaction, validate each record, map the valid ones,
// then in one short transaction write them, dead-letter the rest, and move
// the cursor with a compare-and-set under the vendor's lease. A crash before
// the commit re-fetches one page; a crash after resumes from the cursor.
import { randomUUID } from "node:crypto";
import type { SqlConnection } from "@/lib/db/sql";
import type { UnifiedBatch } from "@/lib/domain/records";
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import {
  acquireLease,
  advanceStreamState,
  deadLetter,
  finishRun,
  holdsLease,
  LEASE_TTL_MS,
  loadStreamState,
  recordStreamOutcome,
  releaseLease,
  renewLease,
  resolveDeadLetters,
  type RunTotals,
  settleDeliveries,
  startRun,
  updateRun,
} from "./bookkeeping";
import { DropLog } from "./drops";
import { AuthError, LeaseLostError } from "./errors";
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
  /** How long a lease outlives its holder: a crashed sync blocks its vendor this long. */
  leaseTtlMs?: number;
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
  /** false when another process holds the vendor's lease. */
  ran: boolean;
  streams: StreamResult[];
  /** Why the vendor failed, if it did: auth errors stop it at once. */
  error: string | null;
}

function emptyTotals(): RunTotals {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, deadLettered: 0, dropped: 0, requests: 0 };
}

/** One incremental pass over a connector's streams, under its lease. */
export async function syncVendor(sql: SqlConnection, connector: Connector, options: SyncOptions): Promise<VendorResult> {
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? `${process.pid}-${randomUUID()}`;
  const vendor = connector.vendor;
  const ttl = options.leaseTtlMs ?? LEASE_TTL_MS;
  if (!(await acquireLease(sql, vendor, owner, now(), ttl))) return { vendor, ran: false, streams: [], error: null };

  const controller = new AbortController();
  const abortOnParent = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", abortOnParent, { once: true });
  // A page can wait on a rate limit or a slow vendor for long: keep the lease alive meanwhile.
  const heartbeat = setInterval(() => {
    renewLease(sql, vendor, owner, now(), ttl)
      .then((held) => held || controller.abort(new LeaseLostError(vendor)))
      .catch(() => {});
  }, ttl / 4);
  heartbeat.unref?.();

  const result: VendorResult = { vendor, ran: true, streams: [], error: null };
  try {
    const selected = connector.streams.filter((s) => !options.streams || options.streams.includes(s.name));
    for (const stream of selected) {
      const streamResult = await runStream(sql, connector, stream, { ...options, owner, now, ttl, signal: controller.signal });
      result.streams.push(streamResult);
      if (streamResult.error) {
        result.error ??= `${stream.name}: ${streamResult.error}`;
        if (streamResult.fatal) break;
      }
    }
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener("abort", abortOnParent);
    await releaseLease(sql, vendor, owner).catch(() => {});
  }
  return result;
}

interface StreamRunResult extends StreamResult {
  /** The vendor cannot go on (credentials refused, lease lost, stopped). */
  fatal: boolean;
}

async function runStream(
  sql: SqlConnection,
  connector: Connector,
  stream: StreamDefinition,
  options: SyncOptions & { owner: string; now: () => Date; ttl: number; signal: AbortSignal },
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
  try {
    let loaded = await loadStreamState(sql, vendor, stream.name, now());
    const pages = stream.pages({ state: loaded.state, trigger: options.trigger, sql, now, signal, log: () => {} });
    for await (const page of pages) {
      signal.throwIfAborted();
      const prepared = preparePage(stream, page, now(), drops);
      const committedAt = now();
      await sql.transaction(async (tx) => {
        const counts = await writeBatch(tx, prepared.batch, committedAt);
        addCounts(totals, counts);
        for (const dead of prepared.dead) {
          if (await deadLetter(tx, { vendor, stream: stream.name, ...dead }, committedAt)) totals.deadLettered++;
        }
        if (prepared.validIds.length) await resolveDeadLetters(tx, vendor, stream.name, prepared.validIds, committedAt);
        if (page.settles?.length) await settleDeliveries(tx, page.settles, committedAt);
        if (page.complete) totals.deleted += await markAbsentCalls(tx, vendor, page.complete, committedAt);
        const moved = page.state
          ? await advanceStreamState(tx, { vendor, stream: stream.name, owner, version: loaded.version }, page.state, committedAt)
          : await holdsLease(tx, vendor, owner, committedAt);
        if (!moved) throw new LeaseLostError(vendor);
        await renewLease(tx, vendor, owner, committedAt, options.ttl);
      });
      if (page.state) loaded = { state: page.state, version: loaded.version + 1 };
      totals.requests = (options.requestCount?.() ?? 0) - requestsBefore;
      totals.dropped = drops.total;
      await updateRun(sql, runId, totals, drops.serialize());
      options.onProgress?.({ type: "page", vendor, stream: stream.name, totals: { ...totals } });
    }
  } catch (caught) {
    const reason = signal.aborted && signal.reason instanceof Error ? signal.reason : caught;
    error = reason instanceof Error ? reason.message : String(reason);
    fatal = reason instanceof AuthError || reason instanceof LeaseLostError || signal.aborted;
  }
  totals.requests = (options.requestCount?.() ?? 0) - requestsBefore;
  totals.dropped = drops.total;
  await finishRun(sql, runId, totals, now(), error, drops.serialize()).catch(() => {});
  await recordStreamOutcome(sql, vendor, stream.name, now(), error).catch(() => {});
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

export function describeVendorResult(result: VendorResult): string {
  return result.error ? `${VENDOR_LABELS[result.vendor]}: ${result.error}` : `${VENDOR_LABELS[result.vendor]}: ok`;
}

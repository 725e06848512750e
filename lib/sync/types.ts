// What the engine needs from a vendor connector. Nothing here names a vendor.
import type { ZodType } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import type { Json, UnifiedBatch } from "@/lib/domain/records";
import type { Vendor } from "@/lib/domain/vendors";

/** A stream's committed position: a cursor exactly as the vendor sent it, and any more it needs. */
export interface StreamState {
  cursor: string | null;
  data: Json | null;
}

export interface StreamContext {
  /** What the last committed page left. */
  state: StreamState;
  /** Who asked for this pass: a person (cli, manual) wants everything pending now, whatever its backoff. */
  trigger: string;
  /** For reading pending work (ids learnt from webhooks, calls without transcripts); never for writes. */
  sql: SqlConnection;
  now(): Date;
  signal: AbortSignal;
  log(message: string): void;
}

export interface StreamPage {
  /** Records as received, each validated by the engine against the stream's schema. */
  records: unknown[];
  /** The state to commit with this page; undefined leaves it as it is. */
  state?: StreamState;
  /** Ids the stream asked for by id that the vendor does not have. */
  missing?: string[];
  /** Webhook deliveries this page settles. */
  settles?: number[];
  /** Sets (a string) or clears (null) the stream's note for admins, with this page's commit. */
  note?: string | null;
  /**
   * A verified full walk of a time window: every call the vendor has that
   * was created in it. Calls of the vendor stored for that window and not in
   * it were deleted at the vendor.
   */
  complete?: { from: string; to: string; ids: string[] };
}

/** What a mapper gets beside the validated record. */
export interface MapContext {
  now: Date;
  /** The record exactly as the vendor sent it, before any schema touched it: what `raw` keeps. */
  raw: unknown;
  /**
   * Reports an element of the record (a word, an utterance, an answer) left
   * out because it was unusable: the record is kept without it, and the run
   * counts it. `what` names the element ("word"), `why` says what was wrong.
   */
  drop(what: string, why: string): void;
}

export interface StreamDefinition<R = unknown> {
  name: string;
  /**
   * One record of the stream: what Coachboard needs to identify, order, page
   * and show it. Everything else is tolerated (unknown keys, new enum values,
   * nulls); a record that fails this is dead-lettered.
   */
  schema: ZodType<R>;
  /** The record's id, read leniently from a payload that may be malformed (for dead letters). */
  keyOf(raw: unknown): string | null;
  pages(ctx: StreamContext): AsyncIterable<StreamPage>;
  /** One valid record → the unified model. */
  map(record: R, ctx: MapContext): UnifiedBatch;
  /** A whole-list stream (users, topics): batches are marked as snapshots after mapping. */
  snapshot?: (batch: UnifiedBatch) => UnifiedBatch;
  /** What a page's missing ids mean. */
  mapMissing?(ids: string[]): UnifiedBatch;
  /** Streams whose records this one works from: run after them (jobs queue it when they finish). */
  after?: string[];
}

export interface Connector {
  vendor: Vendor;
  /** The configuration variables that hold its credentials. */
  credentialNames: string[];
  /** Streams in the order they run (people before calls, calls before what points at them). */
  streams: StreamDefinition[];
  checkConnection(signal?: AbortSignal): Promise<void>;
  /** Fetches one record by id, for read-through when a page needs what the sync has not fetched yet. */
  fetchById?: { stream: string; fetch(id: string, signal?: AbortSignal): Promise<unknown | null> };
}

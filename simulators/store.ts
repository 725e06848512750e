// The simulators' mutable state: one running copy of the dataset, indexed the
// way the vendor APIs read it.
import type {
  AnalysisEntry, DemoDataset, EvCallEntry, EvCallOptions, EvData, EvLazyCalls, RevontCall, SfScoredCall, VoiceAgentEntry,
} from "./dataset/types";
import { lowerBound } from "./http";
import { Variants } from "./variants";

/** ExecVision calls in (modified, id) order, whatever holds them. */
export interface EvCallsView {
  readonly mutable: boolean;
  size(): number;
  modifiedMsAt(index: number): number;
  idAt(index: number): string;
  indexOfId(id: string): number;
  entryAt(index: number): EvCallEntry;
  serializeAt?(index: number, options: EvCallOptions): Buffer[];
  /** the calls that pass `keep` (call_topics); lazy sources only hold complete calls */
  filtered?(keep: (entry: EvCallEntry) => boolean): EvCallsView;
}

interface Keyed { ms: number; id: string; entry: EvCallEntry }

/** The demo's calls: a small array re-sorted lazily after mutations. */
export class ArrayCalls implements EvCallsView {
  readonly mutable = true;
  private sorted: Keyed[] | null = null;
  private positions = new Map<string, number>();

  constructor(private entries: EvCallEntry[]) {}

  private index(): Keyed[] {
    if (!this.sorted) {
      this.sorted = this.entries
        .map((entry) => ({ ms: Date.parse(entry.modified), id: entry.call.id, entry }))
        .sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.positions = new Map(this.sorted.map((k, i) => [k.id, i]));
    }
    return this.sorted;
  }

  size() { return this.entries.length; }
  modifiedMsAt(i: number) { return this.index()[i].ms; }
  idAt(i: number) { return this.index()[i].id; }
  indexOfId(id: string) { this.index(); return this.positions.get(id) ?? -1; }
  entryAt(i: number) { return this.index()[i].entry; }
  byId(id: string): EvCallEntry | undefined { const i = this.indexOfId(id); return i < 0 ? undefined : this.entryAt(i); }
  all(): EvCallEntry[] { return this.index().map((k) => k.entry); }
  changed() { this.sorted = null; }
  add(entry: EvCallEntry) { this.entries.push(entry); this.changed(); }
  remove(id: string): EvCallEntry | undefined {
    const i = this.entries.findIndex((e) => e.call.id === id);
    if (i < 0) return undefined;
    const [removed] = this.entries.splice(i, 1);
    this.changed();
    return removed;
  }
  /** A view over the calls that pass `keep`, for call_topics. */
  filtered(keep: (entry: EvCallEntry) => boolean): EvCallsView {
    const list = this.index().filter((k) => keep(k.entry));
    const positions = new Map(list.map((k, i) => [k.id, i]));
    return {
      mutable: true,
      size: () => list.length,
      modifiedMsAt: (i) => list[i].ms,
      idAt: (i) => list[i].id,
      indexOfId: (id) => positions.get(id) ?? -1,
      entryAt: (i) => list[i].entry,
    };
  }
}

export class LazyCallsView implements EvCallsView {
  readonly mutable = false;
  constructor(private source: EvLazyCalls) {}
  size() { return this.source.count; }
  modifiedMsAt(i: number) { return this.source.modifiedMsAt(i); }
  idAt(i: number) { return this.source.idAt(i); }
  indexOfId(id: string) { return this.source.indexOfId(id); }
  entryAt(i: number) { return this.source.getByIndex(i); }
  get serializeAt() {
    const s = this.source.serializeByIndex;
    return s ? (i: number, options: EvCallOptions) => s.call(this.source, i, options) : undefined;
  }
}

/** A since-only stream sorted by (modified, stable key). */
export class SortedStream<T> {
  private items: { ms: number; key: string; item: T }[];
  constructor(items: T[], modified: (item: T) => string, key: (item: T) => string) {
    this.items = items
      .map((item) => ({ ms: Date.parse(modified(item)), key: key(item), item }))
      .sort((a, b) => a.ms - b.ms || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  /** Items modified at or after sinceMs, in order. */
  from(sinceMs: number): T[] {
    const start = lowerBound(this.items.length, (i) => this.items[i].ms, sinceMs);
    return this.items.slice(start).map((x) => x.item);
  }
}

export interface AnalysisState { entry: AnalysisEntry; createdMs: number; startedMs: number; finalMs: number }

type EvStreams = Omit<EvData, "calls">;

export class SimStore {
  readonly startMs: number;
  serverUrl = "";
  readonly sf: SfScoredCall[];
  readonly ev: EvStreams;
  readonly evCalls: EvCallsView;
  readonly analyses = new Map<string, AnalysisState>();
  readonly voice = new Map<string, VoiceAgentEntry>();
  readonly revont: RevontCall[];
  /** `${vendor}:${id}` of records served in a broken shape */
  readonly malformed = new Set<string>();
  /** bumped on every change to ExecVision calls, for caches */
  evVersion = 0;

  constructor(dataset: DemoDataset, readonly now: () => number, readonly variants: Variants = new Variants(null)) {
    this.startMs = now();
    this.sf = dataset.salesfinity.scoredCalls;
    const { calls, ...streams } = dataset.execvision;
    this.ev = streams;
    this.evCalls = Array.isArray(calls) ? new ArrayCalls(calls) : new LazyCallsView(calls);
    for (const entry of dataset.analyses.analyses) this.addAnalysis(entry);
    for (const entry of dataset.voiceAgent.calls) this.voice.set(entry.call.id, entry);
    this.revont = dataset.revont.calls;
  }

  get recordingsBase(): string {
    return `${this.serverUrl}/recordings`;
  }

  arrayCalls(): ArrayCalls {
    if (!(this.evCalls instanceof ArrayCalls)) throw new Error("this dataset's ExecVision calls are generated on demand and cannot be changed");
    return this.evCalls;
  }

  addAnalysis(entry: AnalysisEntry) {
    const r = entry.record;
    const parse = (value: string | null) => (value ? Date.parse(value) : Infinity);
    let startedMs: number;
    let finalMs: number;
    if (entry.live) {
      startedMs = this.startMs + entry.live.processingAfterMs;
      finalMs = this.startMs + entry.live.finalAfterMs;
    } else if (r.status === "queued") {
      startedMs = Infinity;
      finalMs = Infinity;
    } else if (r.status === "processing") {
      startedMs = parse(r.started_at);
      finalMs = Infinity;
    } else {
      // A final record without timestamps has always been final.
      finalMs = r.completed_at ? parse(r.completed_at) : -Infinity;
      startedMs = r.started_at ? Math.min(parse(r.started_at), finalMs) : finalMs;
    }
    this.analyses.set(r.id, { entry, createdMs: Date.parse(r.created_at), startedMs, finalMs });
  }
}

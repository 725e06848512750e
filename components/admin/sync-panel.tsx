"use client";

import type { SyncStatus } from "@/lib/data/dto";
import { useSyncNowMutation, useSyncStatusQuery } from "@/lib/client/use-admin-queries";
import { formatCount } from "@/lib/plural";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ScrollRegion, STICKY_CELL, STICKY_EDGE } from "@/components/ui/responsive-table";
import { ErrorState } from "@/components/ui/states";
import { EventTime } from "@/components/ui/time-zone";

type DropNote = SyncStatus["vendors"][number]["streams"][number]["dropNotes"][number];

/** "13 evidence spans, 7 facets": the examples' counts by kind of element (their reasons are in the cell's title). */
function droppedByKind(notes: DropNote[]): string {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.what, (counts.get(note.what) ?? 0) + note.count);
  return [...counts].map(([what, n]) => formatCount(n, what)).join(", ");
}

export function SyncPanel({ initial }: { initial: SyncStatus }) {
  const status = useSyncStatusQuery(initial);
  const syncNow = useSyncNowMutation();
  const data = status.data;
  // The list below holds the latest few; the vendors' counts hold them all.
  const deadTotal = data.vendors.reduce((sum, v) => sum + v.deadLetters, 0);
  return (
    <Card
      title="Vendor sync"
      action={
        <Button onClick={() => syncNow.mutate(undefined)} disabled={syncNow.isPending || data.vendors.every((v) => !v.enabled)}>
          {syncNow.isPending ? "Starting…" : "Sync now"}
        </Button>
      }
    >
      {syncNow.isError && <ErrorState error={syncNow.error} />}
      <div className="space-y-4">
        {data.vendors.map((v) => (
          <div key={v.vendor} className="rounded-md border border-slate-100">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 bg-slate-50 px-3 py-2">
              <div>
                <span className="font-medium text-slate-900">{v.label}</span>
                <span className={`ml-2 rounded-full px-2 py-0.5 text-xs ${!v.enabled ? "bg-slate-200 text-slate-600" : v.running || v.queuedBehind || v.syncingElsewhere ? "bg-brand-100 text-brand-700" : v.error ? "bg-rose-100 text-rose-700" : "bg-emerald-100 text-emerald-700"}`}>
                  {!v.enabled ? "not configured" : v.running ? "syncing…" : v.queuedBehind ? "queued" : v.syncingElsewhere ? "syncing elsewhere" : v.error ? "error" : "ok"}
                </span>
              </div>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
                <span>Last synced: {v.lastSyncedAt ? <EventTime iso={v.lastSyncedAt} /> : "never"}</span>
                <span className={v.deadLetters > 0 ? "font-medium text-amber-800" : undefined}>Dead letters: {v.deadLetters.toLocaleString("en-US")}</span>
                {v.enabled && (
                  <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => syncNow.mutate(v.vendor)} disabled={v.running} aria-label={`Sync ${v.label} now`}>
                    Sync
                  </Button>
                )}
              </div>
            </div>
            {v.queuedBehind && <p className="px-3 pt-2 text-sm text-slate-700">Queued: waiting for the {v.queuedBehind}; it runs when that one ends.</p>}
            {!v.queuedBehind && v.syncingElsewhere && <p className="px-3 pt-2 text-sm text-slate-700">Syncing now: the {v.syncingElsewhere}.</p>}
            {v.error && <p className="px-3 pt-2 text-sm text-rose-700 [overflow-wrap:anywhere]">{v.error}</p>}
            {v.streams
              .filter((s) => s.note)
              .map((s) => (
                <p key={s.stream} className="px-3 pt-2 text-sm text-amber-800 [overflow-wrap:anywhere]">
                  <span className="font-mono">{s.stream}</span>: {s.note}
                </p>
              ))}
            {v.streams.length > 0 && <StreamTable label={v.label} streams={v.streams} />}
          </div>
        ))}
      </div>
      {data.mode === "jobs" && <p className="mt-3 text-xs text-slate-500">Syncs run as jobs on the workers (npm run worker).</p>}
      {data.failedJobs.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-medium text-rose-800">Sync jobs that ran out of retries ({data.failedJobs.length})</h3>
          <ul className="mt-2 space-y-1 text-xs">
            {data.failedJobs.map((job, i) => (
              <li key={i} className="rounded border border-rose-100 bg-rose-50 px-2 py-1 [overflow-wrap:anywhere]">
                <span className="font-mono">
                  {job.vendor}/{job.stream}
                </span>{" "}
                <EventTime iso={job.at} />: {job.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {deadTotal === 0 ? (
        <p className="mt-4 text-sm text-slate-700">Dead-lettered records: 0</p>
      ) : (
        <details className="mt-4">
          <summary className="cursor-pointer py-1 text-sm font-medium text-slate-800">
            Dead-lettered records: {deadTotal.toLocaleString("en-US")}
            {data.deadLetters.length < deadTotal && <span className="font-normal text-slate-600"> (the latest {data.deadLetters.length} below)</span>}
          </summary>
          <ul className="mt-2 space-y-1 text-xs">
            {data.deadLetters.map((d) => (
              <li key={d.id} className="rounded border border-amber-100 bg-amber-50 px-2 py-1 [overflow-wrap:anywhere]">
                <span className="font-mono">
                  {d.vendor}/{d.stream} {d.externalId ?? ""}
                </span>
                : {d.error}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

type Stream = SyncStatus["vendors"][number]["streams"][number];

const cell = "px-3 py-1.5";

/** A vendor's streams: every count is from the stream's last run, and a stream that never ran shows none. */
function StreamTable({ label, streams }: { label: string; streams: Stream[] }) {
  const count = (s: Stream, n: number) => (s.lastRunAt ? n.toLocaleString("en-US") : "–");
  return (
    <ScrollRegion label={`${label} streams, last run`} className="mt-2">
      <table className="min-w-full whitespace-nowrap text-xs">
        <caption className="sr-only">{label} streams: when each last ran and what that run did</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" rowSpan={2} className={`${cell} left-0 align-bottom font-medium ${STICKY_CELL} ${STICKY_EDGE}`}>
              Stream
            </th>
            <th scope="colgroup" colSpan={7} className="border-b border-slate-100 px-3 pt-1.5 pb-0.5 font-medium text-slate-700">
              Last run
            </th>
          </tr>
          <tr>
            {["When", "Result", "New", "Updated", "Deleted", "Dead-lettered", "Dropped elements"].map((h) => (
              <th key={h} scope="col" className={`${cell} font-medium`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-50">
          {streams.map((s) => (
            <tr key={s.stream} className="group">
              <th scope="row" className={`${cell} left-0 text-left font-mono font-normal ${STICKY_CELL} ${STICKY_EDGE}`}>
                {s.stream}
              </th>
              <td className={cell}>{s.lastRunAt ? <EventTime iso={s.lastRunAt} /> : "never"}</td>
              <td className={`${cell} ${s.lastError ? "text-rose-700" : ""}`} title={s.lastError ?? undefined}>
                {s.lastError ? "failed" : (s.status ?? "–")}
              </td>
              <td className={`${cell} tabular-nums`}>{count(s, s.created)}</td>
              <td className={`${cell} tabular-nums`}>{count(s, s.updated)}</td>
              <td className={`${cell} tabular-nums`}>{count(s, s.deleted)}</td>
              <td className={`${cell} tabular-nums`}>{count(s, s.deadLettered)}</td>
              <td className={`${cell} tabular-nums`} title={s.dropNotes.map((n) => `${n.count} ${n.what}: ${n.why}${n.example ? ` (e.g. ${n.example})` : ""}`).join("\n") || undefined}>
                {count(s, s.dropped)}
                {s.dropNotes.length > 0 && <span className="ml-1 text-slate-600">({droppedByKind(s.dropNotes)})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

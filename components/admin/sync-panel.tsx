"use client";

import type { SyncStatus } from "@/lib/data/dto";
import { useSyncNowMutation, useSyncStatusQuery } from "@/lib/client/use-admin-queries";
import { formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/states";

type DropNote = SyncStatus["vendors"][number]["streams"][number]["dropNotes"][number];

/** "13 evidence spans, 7 facets": the examples' counts by kind of element (their reasons are in the cell's title). */
function droppedByKind(notes: DropNote[]): string {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.what, (counts.get(note.what) ?? 0) + note.count);
  return [...counts].map(([what, n]) => `${n} ${n === 1 ? what : `${what}s`}`).join(", ");
}

export function SyncPanel({ initial }: { initial: SyncStatus }) {
  const status = useSyncStatusQuery(initial);
  const syncNow = useSyncNowMutation();
  const data = status.data;
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
              <div className="flex items-center gap-3 text-xs text-slate-600">
                <span>Last synced: {v.lastSyncedAt ? formatDateTime(v.lastSyncedAt) : "never"}</span>
                {v.deadLetters > 0 && <span className="text-amber-700">{v.deadLetters} dead-lettered</span>}
                {v.enabled && (
                  <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => syncNow.mutate(v.vendor)} disabled={v.running} aria-label={`Sync ${v.label} now`}>
                    Sync
                  </Button>
                )}
              </div>
            </div>
            {v.queuedBehind && <p className="px-3 pt-2 text-sm text-slate-700">Queued: waiting for the {v.queuedBehind}; it runs when that one ends.</p>}
            {!v.queuedBehind && v.syncingElsewhere && <p className="px-3 pt-2 text-sm text-slate-700">Syncing now: the {v.syncingElsewhere}.</p>}
            {v.error && <p className="px-3 pt-2 text-sm text-rose-700">{v.error}</p>}
            {v.streams
              .filter((s) => s.note)
              .map((s) => (
                <p key={s.stream} className="px-3 pt-2 text-sm text-amber-800">
                  <span className="font-mono">{s.stream}</span>: {s.note}
                </p>
              ))}
            {v.streams.length > 0 && (
              <div className="overflow-x-auto">
                <table className="min-w-full whitespace-nowrap text-xs">
                  <thead className="text-left text-slate-500">
                    <tr>
                      {["Stream", "Last run", "Result", "New", "Updated", "Deleted", "Dead-lettered", "Dropped elements"].map((h) => (
                        <th key={h} scope="col" className="px-3 py-1.5 font-medium">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-50">
                    {v.streams.map((s) => (
                      <tr key={s.stream}>
                        <td className="px-3 py-1.5 font-mono">{s.stream}</td>
                        <td className="px-3 py-1.5">{s.lastRunAt ? formatDateTime(s.lastRunAt) : "–"}</td>
                        <td className={`px-3 py-1.5 ${s.lastError ? "text-rose-700" : ""}`} title={s.lastError ?? undefined}>
                          {s.lastError ? "failed" : (s.status ?? "–")}
                        </td>
                        <td className="px-3 py-1.5 tabular-nums">{s.created}</td>
                        <td className="px-3 py-1.5 tabular-nums">{s.updated}</td>
                        <td className="px-3 py-1.5 tabular-nums">{s.deleted}</td>
                        <td className="px-3 py-1.5 tabular-nums">{s.deadLettered}</td>
                        <td className="px-3 py-1.5 tabular-nums" title={s.dropNotes.map((n) => `${n.count} ${n.what}: ${n.why}${n.example ? ` (e.g. ${n.example})` : ""}`).join("\n") || undefined}>
                          {s.dropped}
                          {s.dropNotes.length > 0 && <span className="ml-1 text-slate-500">({droppedByKind(s.dropNotes)})</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ))}
      </div>
      {data.mode === "jobs" && <p className="mt-3 text-xs text-slate-500">Syncs run as jobs on the workers (npm run worker).</p>}
      {data.failedJobs.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-medium text-rose-800">Sync jobs that ran out of retries ({data.failedJobs.length})</h3>
          <ul className="mt-2 space-y-1 text-xs">
            {data.failedJobs.map((job, i) => (
              <li key={i} className="rounded border border-rose-100 bg-rose-50 px-2 py-1">
                <span className="font-mono">
                  {job.vendor}/{job.stream}
                </span>{" "}
                {formatDateTime(job.at)}: {job.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.deadLetters.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">Dead-lettered records ({data.deadLetters.length})</summary>
          <ul className="mt-2 space-y-1 text-xs">
            {data.deadLetters.map((d) => (
              <li key={d.id} className="rounded border border-amber-100 bg-amber-50 px-2 py-1">
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

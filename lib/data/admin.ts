import "server-only";
import { canManageSync, canManageUsers, type Viewer } from "@/lib/auth/roles";
import { getSql } from "@/lib/db";
import { toDate } from "@/lib/db/values";
import { VENDOR_LABELS, VENDORS, type Vendor } from "@/lib/domain/vendors";
import { forbidden } from "@/lib/http/errors";
import { readUserRows, saveUser, type NewUser } from "@/lib/people/users";
import { failedSyncJobs } from "@/lib/jobs/queue";
import { hostname } from "node:os";
import { readHolder } from "@/lib/sync/bookkeeping";
import { describeHolder } from "@/lib/sync/engine";
import { getSyncRuntime } from "@/lib/sync/runtime";
import { type SyncStatus, syncStatusSchema, type Users, usersSchema } from "./dto";

const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;

/** Each vendor's sync: per stream its last run, counts and errors, and the dead-lettered records. */
export async function getSyncStatus(viewer: Viewer): Promise<SyncStatus> {
  if (!canManageSync(viewer)) throw forbidden();
  const sql = await getSql();
  const runtime = await getSyncRuntime();
  await runtime.refreshActiveJobs();
  const states = await sql.all<{ vendor: string; stream: string; last_success_at: unknown; last_error: string | null; note: string | null }>(
    `SELECT vendor, stream, last_success_at, last_error, note FROM sync_states`,
  );
  // The latest run of each stream.
  const runs = await sql.all<{
    vendor: string;
    stream: string;
    status: string;
    started_at: unknown;
    created: number;
    updated: number;
    deleted: number;
    dead_lettered: number;
    dropped: number;
    drop_notes: string | null;
  }>(
    `SELECT r.vendor, r.stream, r.status, r.started_at, r.created, r.updated, r.deleted, r.dead_lettered, r.dropped, r.drop_notes FROM sync_runs r
     WHERE r.id = (SELECT MAX(id) FROM sync_runs x WHERE x.vendor = r.vendor AND x.stream = r.stream)`,
  );
  const holders = await sql.all<{ vendor: string; heartbeat_at: unknown }>(`SELECT vendor, heartbeat_at FROM sync_leases`);
  const dead = await sql.all<{ id: number; vendor: string; stream: string; external_id: string | null; error: string; created_at: unknown }>(
    `SELECT id, vendor, stream, external_id, error, created_at FROM dead_letters WHERE resolved_at IS NULL ORDER BY id DESC LIMIT 50`,
  );
  const deadCounts = await sql.all<{ vendor: string; n: number }>(`SELECT vendor, COUNT(*) AS n FROM dead_letters WHERE resolved_at IS NULL GROUP BY vendor`);
  const vendors = await Promise.all(VENDORS.map(async (vendor) => {
    const configured = runtime.connector(vendor);
    const streamNames = configured?.connector.streams.map((s) => s.name) ?? [...new Set(states.filter((s) => s.vendor === vendor).map((s) => s.stream))];
    const streams = streamNames.map((stream) => {
      const state = states.find((s) => s.vendor === vendor && s.stream === stream);
      const run = runs.find((r) => r.vendor === vendor && r.stream === stream);
      return {
        stream,
        lastRunAt: iso(run?.started_at),
        lastSuccessAt: iso(state?.last_success_at),
        lastError: state?.last_error ?? null,
        status: run?.status ?? null,
        created: Number(run?.created ?? 0),
        updated: Number(run?.updated ?? 0),
        deleted: Number(run?.deleted ?? 0),
        deadLettered: Number(run?.dead_lettered ?? 0),
        dropped: Number(run?.dropped ?? 0),
        dropNotes: parseDropNotes(run?.drop_notes ?? null),
        note: state?.note ?? null,
      };
    });
    const successes = streams.map((s) => s.lastSuccessAt).filter((s): s is string => s !== null).sort();
    return {
      vendor,
      label: VENDOR_LABELS[vendor],
      enabled: !!configured,
      running: runtime.isRunning(vendor),
      queuedBehind: runtime.waitingFor(vendor),
      syncingElsewhere: await holderElsewhere(sql, vendor, holders),
      lastSyncedAt: successes.length === streams.length && successes.length ? successes[0] : (successes.at(-1) ?? null),
      error: streams.find((s) => s.lastError)?.lastError ?? null,
      streams,
      deadLetters: Number(deadCounts.find((d) => d.vendor === vendor)?.n ?? 0),
    };
  }));
  return syncStatusSchema.parse({
    mode: runtime.mode,
    failedJobs: runtime.boss ? await failedSyncJobs(runtime.boss) : [],
    vendors,
    deadLetters: dead.map((d) => ({ id: Number(d.id), vendor: d.vendor, stream: d.stream, externalId: d.external_id, error: d.error, createdAt: iso(d.created_at)! })),
  });
}

/** A holder that marked itself alive lately is syncing; an older row is a holder that died (its lock died with it). */
const HOLDER_FRESH_MS = 30_000;

async function holderElsewhere(sql: Awaited<ReturnType<typeof getSql>>, vendor: Vendor, rows: { vendor: string; heartbeat_at: unknown }[]): Promise<string | null> {
  const row = rows.find((r) => r.vendor === vendor);
  const beat = toDate(row?.heartbeat_at);
  if (!beat || Date.now() - beat.getTime() > HOLDER_FRESH_MS) return null;
  const holder = await readHolder(sql, vendor);
  if (!holder || (holder.pid === process.pid && holder.host === hostname())) return null;
  return describeHolder(vendor, holder);
}

function parseDropNotes(value: string | null): { what: string; why: string; count: number; example: string | null }[] {
  if (!value) return [];
  try {
    return JSON.parse(value);
  } catch {
    return [];
  }
}

/** Queues a sync of one vendor or of all, in the background (behind another process's sync, if one runs). */
export async function triggerSync(viewer: Viewer, vendor?: Vendor): Promise<{ started: Vendor[] }> {
  if (!canManageSync(viewer)) throw forbidden();
  const runtime = await getSyncRuntime();
  const vendors = vendor ? [vendor] : runtime.vendors;
  for (const v of vendors) void runtime.trigger(v, "manual");
  return { started: vendors.filter((v) => runtime.connector(v)) };
}

export async function listUsers(viewer: Viewer): Promise<Users> {
  if (!canManageUsers(viewer)) throw forbidden();
  const sql = await getSql();
  const users = await readUserRows(sql);
  const reps = await sql.all<{ id: number; name: string; email: string | null }>(`SELECT id, name, email FROM reps ORDER BY name`);
  const allTeams = await sql.all<{ id: number; name: string }>(`SELECT id, name FROM teams ORDER BY name`);
  return usersSchema.parse({
    users,
    reps: reps.map((r) => ({ id: Number(r.id), name: r.name, email: r.email })),
    teams: allTeams.map((t) => ({ id: Number(t.id), name: t.name })),
  });
}

export async function createUser(viewer: Viewer, input: NewUser): Promise<{ id: number }> {
  if (!canManageUsers(viewer)) throw forbidden();
  return { id: await saveUser(await getSql(), input) };
}


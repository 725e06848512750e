// Departments, teams and the people behind vendor ids. A vendor identity is
// linked to a rep by email when the vendor gives one; otherwise it gets a rep
// of its own until an admin links it (lib/data/identities.ts).
import "server-only";
import { placeholders, upsertRows } from "@/lib/db/sql";
import { parseJsonColumn, stableJson } from "@/lib/db/values";
import type { DepartmentRecord, PersonRecord, TeamRecord } from "@/lib/domain/records";
import { VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { type Counts, dedupeBy, emptyCounts, hashOf, json, selectIn, type StoreContext } from "./common";

export async function writeDepartments(ctx: StoreContext, departments: DepartmentRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  const rows = dedupeBy(departments, (d) => `${d.vendor}\u0000${d.externalId}`);
  if (!rows.length) return counts;
  const existing = await selectIn<{ external_id: string; name: string; raw: string | null }>(
    ctx.sql,
    (list) => `SELECT external_id, name, raw FROM departments WHERE vendor = ? AND external_id IN (${list})`,
    [rows[0].vendor],
    rows.map((d) => d.externalId),
  );
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const changed = rows.filter((d) => {
    const row = known.get(d.externalId);
    if (!row) counts.created++;
    else if (row.name !== d.name || normalizeJson(row.raw) !== jsonKey(d.raw)) counts.updated++;
    else {
      counts.unchanged++;
      return false;
    }
    return true;
  });
  await upsertRows(
    ctx.sql,
    { table: "departments", columns: ["vendor", "external_id", "name", "raw", "created_at", "updated_at"], conflict: ["vendor", "external_id"], update: ["name", "raw", "updated_at"] },
    changed.map((d) => [d.vendor, d.externalId, d.name, json(d.raw), ctx.now, ctx.now]),
  );
  return counts;
}

/** JSON read back from the database, comparable whatever key order the database keeps. */
function normalizeJson(value: unknown): string | null {
  const parsed = parseJsonColumn(value);
  return parsed === null ? null : stableJson(parsed);
}

function jsonKey(value: unknown): string | null {
  return value === null || value === undefined ? null : stableJson(value);
}

async function idsByExternalId(ctx: StoreContext, table: "teams" | "departments", vendor: Vendor, externalIds: string[]): Promise<Map<string, number>> {
  const wanted = [...new Set(externalIds.filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await selectIn<{ id: number; external_id: string }>(
    ctx.sql,
    (list) => `SELECT id, external_id FROM ${table} WHERE vendor = ? AND external_id IN (${list})`,
    [vendor],
    wanted,
  );
  return new Map(rows.map((row) => [row.external_id, Number(row.id)]));
}

export async function writeTeams(ctx: StoreContext, teams: TeamRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  const rows = dedupeBy(teams, (t) => `${t.vendor}\u0000${t.externalId}`);
  if (!rows.length) return counts;
  const vendor = rows[0].vendor;
  const departments = await idsByExternalId(ctx, "departments", vendor, rows.map((t) => t.departmentExternalId ?? ""));
  const existing = await selectIn<{ external_id: string; name: string; manager_external_id: string | null; department_id: number | null; raw: string | null }>(
    ctx.sql,
    (list) => `SELECT external_id, name, manager_external_id, department_id, raw FROM teams WHERE vendor = ? AND external_id IN (${list})`,
    [vendor],
    rows.map((t) => t.externalId),
  );
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const changed = rows.filter((t) => {
    const row = known.get(t.externalId);
    const departmentId = t.departmentExternalId ? (departments.get(t.departmentExternalId) ?? null) : null;
    if (!row) counts.created++;
    else if (
      row.name !== t.name ||
      row.manager_external_id !== (t.managerExternalId ?? null) ||
      (row.department_id === null ? null : Number(row.department_id)) !== departmentId ||
      normalizeJson(row.raw) !== jsonKey(t.raw)
    ) {
      counts.updated++;
    } else {
      counts.unchanged++;
      return false;
    }
    return true;
  });
  await upsertRows(
    ctx.sql,
    {
      table: "teams",
      columns: ["vendor", "external_id", "name", "department_id", "manager_external_id", "raw", "created_at", "updated_at"],
      conflict: ["vendor", "external_id"],
      update: ["name", "department_id", "manager_external_id", "raw", "updated_at"],
    },
    changed.map((t) => [
      t.vendor,
      t.externalId,
      t.name,
      t.departmentExternalId ? (departments.get(t.departmentExternalId) ?? null) : null,
      t.managerExternalId ?? null,
      json(t.raw),
      ctx.now,
      ctx.now,
    ]),
  );
  return counts;
}

export function personName(person: Pick<PersonRecord, "vendor" | "externalId" | "firstName" | "lastName" | "displayName" | "email">): string {
  const full = [person.firstName, person.lastName].filter(Boolean).join(" ").trim();
  if (full) return full;
  if (person.displayName) return person.displayName;
  if (person.email) return person.email.split("@")[0];
  return `${VENDOR_LABELS[person.vendor]} ${person.externalId}`;
}

function personHash(person: PersonRecord): string {
  return hashOf([person.email ?? null, person.firstName ?? null, person.lastName ?? null, person.displayName ?? null, person.teamExternalId ?? null, person.departmentExternalId ?? null, person.systemIds ?? null, person.raw]);
}

interface IdentityRow {
  id: number;
  external_id: string;
  rep_id: number;
  content_hash: string | null;
  team_external_id: string | null;
  active: number | boolean;
}

/**
 * Upserts vendor identities and returns externalId → rep id for all of them.
 * A `partial` person is what a call payload happens to mention; it creates an
 * identity that does not exist yet but never overwrites a fuller record.
 */
export async function writePeople(
  ctx: StoreContext,
  vendor: Vendor,
  people: PersonRecord[],
  counts: Counts = emptyCounts(),
): Promise<Map<string, number>> {
  const rows = dedupeBy(
    people.filter((p) => p.vendor === vendor),
    (p) => p.externalId,
  );
  const reps = new Map<string, number>();
  if (!rows.length) return reps;
  const existing = await selectIn<IdentityRow>(
    ctx.sql,
    (list) => `SELECT id, external_id, rep_id, content_hash, team_external_id, active FROM rep_identities WHERE vendor = ? AND external_id IN (${list})`,
    [vendor],
    rows.map((p) => p.externalId),
  );
  const known = new Map(existing.map((row) => [row.external_id, row]));
  const teams = await idsByExternalId(ctx, "teams", vendor, rows.map((p) => p.teamExternalId ?? ""));

  for (const person of rows) {
    const row = known.get(person.externalId);
    const hash = personHash(person);
    if (row) {
      reps.set(person.externalId, Number(row.rep_id));
      const fresh = !person.partial && (row.content_hash !== hash || !row.active);
      if (!fresh) {
        counts.unchanged++;
        continue;
      }
      counts.updated++;
      await ctx.sql.run(
        `UPDATE rep_identities SET email = ?, first_name = ?, last_name = ?, team_external_id = ?, department_external_id = ?, system_ids = ?, raw = ?, content_hash = ?, active = ?, updated_at = ? WHERE id = ?`,
        [person.email ?? null, person.firstName ?? null, person.lastName ?? null, person.teamExternalId ?? null, person.departmentExternalId ?? null, json(person.systemIds), json(person.raw), hash, true, ctx.now, row.id],
      );
      if ((person.teamExternalId ?? null) !== row.team_external_id && person.teamExternalId && teams.has(person.teamExternalId)) {
        await ctx.sql.run(`UPDATE reps SET team_id = ?, updated_at = ? WHERE id = ?`, [teams.get(person.teamExternalId)!, ctx.now, row.rep_id]);
      }
      continue;
    }
    counts.created++;
    const repId = await findOrCreateRep(ctx, person, person.teamExternalId ? (teams.get(person.teamExternalId) ?? null) : null);
    await ctx.sql.run(
      `INSERT INTO rep_identities (vendor, external_id, rep_id, email, first_name, last_name, team_external_id, department_external_id, system_ids, active, raw, content_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [vendor, person.externalId, repId, person.email ?? null, person.firstName ?? null, person.lastName ?? null, person.teamExternalId ?? null, person.departmentExternalId ?? null, json(person.systemIds), true, json(person.raw), person.partial ? null : hash, ctx.now, ctx.now],
    );
    reps.set(person.externalId, repId);
  }
  return reps;
}

async function findOrCreateRep(ctx: StoreContext, person: PersonRecord, teamId: number | null): Promise<number> {
  const email = person.email?.trim().toLowerCase() || null;
  if (email) {
    const [rep] = await ctx.sql.all<{ id: number; team_id: number | null }>(`SELECT id, team_id FROM reps WHERE email = ?`, [email]);
    if (rep) {
      if (rep.team_id === null && teamId !== null) await ctx.sql.run(`UPDATE reps SET team_id = ?, updated_at = ? WHERE id = ?`, [teamId, ctx.now, rep.id]);
      return Number(rep.id);
    }
  }
  // Two vendors syncing side by side may meet the same new person at once:
  // the second insert yields to the first and links to its row.
  const [created] = await ctx.sql.all<{ id: number }>(
    `INSERT INTO reps (email, name, team_id, active, is_agent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email, personName(person), teamId, true, person.agent === true, ctx.now, ctx.now],
  );
  if (created) return Number(created.id);
  const [existing] = await ctx.sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [email]);
  return Number(existing.id);
}

/** After a full list of a vendor's people: those not in it are no longer active there. */
export async function deactivateMissingPeople(ctx: StoreContext, vendor: Vendor, present: string[]): Promise<number> {
  const active = await ctx.sql.all<{ external_id: string }>(`SELECT external_id FROM rep_identities WHERE vendor = ? AND active = ?`, [vendor, true]);
  const keep = new Set(present);
  const gone = active.map((row) => row.external_id).filter((id) => !keep.has(id));
  for (let i = 0; i < gone.length; i += 500) {
    const part = gone.slice(i, i + 500);
    await ctx.sql.run(`UPDATE rep_identities SET active = ?, updated_at = ? WHERE vendor = ? AND external_id IN (${placeholders(part.length)})`, [false, ctx.now, vendor, ...part]);
  }
  return gone.length;
}

// Who is who across vendors, as an admin sets it: each vendor identity (a
// Revont user, an analyses partner_rep_id, a voice agent, an ExecVision user)
// belongs to one rep; an admin links an identity to another rep, merges two
// reps into one, and marks a rep as an AI agent. Every change moves the calls
// with it, refreshes the rollups it touches and writes an audit row, all in
// one transaction.
import "server-only";
import { z } from "zod";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import { toBool } from "@/lib/db/values";
import { isVendor, VENDOR_LABELS, type Vendor } from "@/lib/domain/vendors";
import { refreshRollups, rollupKeysOfCalls } from "@/lib/sync/store/rollups";
import { recordAudit } from "./audit";
import { rowId } from "./users";


export const identityFilterSchema = z.object({
  /** "unassigned": identities of people whose rep is on no team (no manager sees their calls); "all": every identity, AI agents too. */
  show: z.enum(["unassigned", "all"]).default("unassigned"),
  q: z.string().trim().max(100, { message: "must be at most 100 characters" }).default(""),
  vendor: z
    .string()
    .refine(isVendor, { message: "must be one of the vendors" })
    .optional(),
  page: z.coerce.number({ message: "must be a number" }).int({ message: "must be a whole number" }).min(1, { message: "must be 1 or more" }).max(10_000, { message: "must be at most 10000" }).default(1),
});
export type IdentityFilter = z.input<typeof identityFilterSchema>;

export const linkIdentitySchema = z
  .object({
    vendor: z.string().refine(isVendor, { message: "must be one of the vendors" }),
    externalId: z.string().min(1, { message: "is required" }).max(200, { message: "must be at most 200 characters" }),
    repId: rowId("rep"),
  })
  .strict();

export const mergeRepsSchema = z
  .object({ fromRepId: rowId("rep"), intoRepId: rowId("rep") })
  .strict()
  .refine((m) => m.fromRepId !== m.intoRepId, { message: "a rep cannot be merged into itself", path: ["intoRepId"] });

export const repPatchSchema = z.object({ isAgent: z.boolean({ message: "must be true or false" }) }).strict();

/** Something the admin asked for that cannot be: told in words, a 400. */
export class PeopleInputError extends Error {}
/** A rep or identity that does not exist: a 404. */
export class PeopleNotFoundError extends Error {}

export interface IdentityRow {
  vendor: Vendor;
  vendorLabel: string;
  externalId: string;
  name: string;
  email: string | null;
  active: boolean;
  rep: { id: number; name: string; email: string | null; team: string | null; teamId: number | null; isAgent: boolean; signsInAs: string | null };
  /** Calls of this rep from this vendor. */
  calls: number;
}

export interface RepChoice {
  id: number;
  name: string;
  email: string | null;
  team: string | null;
  isAgent: boolean;
}

export const IDENTITY_PAGE_SIZE = 50;

/** Identities, those needing a rep first (no team), then by vendor and name; a page at a time. */
export async function listIdentities(sql: SqlConnection, input: IdentityFilter = {}): Promise<{ identities: IdentityRow[]; total: number; page: number; pageSize: number }> {
  const filter = identityFilterSchema.parse(input);
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.show === "unassigned") {
    where.push("r.team_id IS NULL AND r.is_agent = ?");
    params.push(false);
  }
  if (filter.vendor) {
    where.push("i.vendor = ?");
    params.push(filter.vendor);
  }
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(LOWER(r.name) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(i.email, '')) LIKE ? ESCAPE '\\' OR LOWER(i.external_id) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(i.first_name, '') || ' ' || COALESCE(i.last_name, '')) LIKE ? ESCAPE '\\')`,
    );
    params.push(like, like, like, like);
  }
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const from = `FROM rep_identities i JOIN reps r ON r.id = i.rep_id`;
  const [{ n }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n ${from} ${whereSql}`, params);
  const offset = (filter.page - 1) * IDENTITY_PAGE_SIZE;
  const rows = await sql.all<{
    vendor: Vendor;
    external_id: string;
    email: string | null;
    first_name: string | null;
    last_name: string | null;
    active: unknown;
    rep_id: number;
    rep_name: string;
    rep_email: string | null;
    team: string | null;
    team_id: number | null;
    is_agent: unknown;
    user_email: string | null;
  }>(
    `SELECT i.vendor, i.external_id, i.email, i.first_name, i.last_name, i.active, r.id AS rep_id, r.name AS rep_name, r.email AS rep_email,
            t.name AS team, r.team_id, r.is_agent, u.email AS user_email
     ${from} LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN users u ON u.rep_id = r.id
     ${whereSql}
     ORDER BY CASE WHEN r.team_id IS NULL THEN 0 ELSE 1 END, i.vendor, r.name, i.external_id
     LIMIT ${IDENTITY_PAGE_SIZE} OFFSET ${offset}`,
    params,
  );
  const calls = await callCounts(
    sql,
    rows.map((r) => Number(r.rep_id)),
  );
  return {
    identities: rows.map((r) => {
      const own = [r.first_name, r.last_name].filter(Boolean).join(" ");
      return {
        vendor: r.vendor,
        vendorLabel: VENDOR_LABELS[r.vendor] ?? r.vendor,
        externalId: r.external_id,
        name: own || r.rep_name,
        email: r.email,
        active: toBool(r.active),
        rep: { id: Number(r.rep_id), name: r.rep_name, email: r.rep_email, team: r.team, teamId: r.team_id === null ? null : Number(r.team_id), isAgent: toBool(r.is_agent), signsInAs: r.user_email },
        calls: calls.get(`${r.rep_id}:${r.vendor}`) ?? 0,
      };
    }),
    total: Number(n),
    page: filter.page,
    pageSize: IDENTITY_PAGE_SIZE,
  };
}

/** Calls per rep and vendor, from the weekly rollups: a few rows per rep, never the calls. */
async function callCounts(sql: SqlConnection, repIds: number[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const ids = [...new Set(repIds)];
  if (!ids.length) return counts;
  const rows = await sql.all<{ rep_id: number; vendor: string; n: number }>(
    `SELECT rep_id, vendor, SUM(calls) AS n FROM rep_stat_rollups WHERE grain = 'week' AND rep_id IN (${ids.map(() => "?").join(", ")}) GROUP BY rep_id, vendor`,
    ids,
  );
  for (const r of rows) counts.set(`${r.rep_id}:${r.vendor}`, Number(r.n));
  return counts;
}

/** Every rep an identity can be linked to, people first then agents, by name. */
export async function listRepChoices(sql: SqlConnection): Promise<RepChoice[]> {
  const rows = await sql.all<{ id: number; name: string; email: string | null; team: string | null; is_agent: unknown }>(
    `SELECT r.id, r.name, r.email, t.name AS team, r.is_agent FROM reps r LEFT JOIN teams t ON t.id = r.team_id ORDER BY r.is_agent, r.name, r.id`,
  );
  return rows.map((r) => ({ id: Number(r.id), name: r.name, email: r.email, team: r.team, isAgent: toBool(r.is_agent) }));
}

/** Moves calls to another rep and refreshes the rollups of both. */
async function moveCalls(tx: SqlConnection, where: string, params: SqlValue[], repId: number, now: Date): Promise<number> {
  const moved = (await tx.all<{ id: number }>(`SELECT id FROM calls WHERE ${where}`, params)).map((c) => Number(c.id));
  if (!moved.length) return 0;
  const before = await rollupKeysOfCalls(tx, moved);
  for (let i = 0; i < moved.length; i += 500) {
    const part = moved.slice(i, i + 500);
    await tx.run(`UPDATE calls SET rep_id = ?, updated_at = ? WHERE id IN (${part.map(() => "?").join(", ")})`, [repId, now, ...part]);
  }
  await refreshRollups(tx, [...before, ...(await rollupKeysOfCalls(tx, moved))]);
  return moved.length;
}

/** Removes a rep left with no identity, no sign-in and no call (a placeholder the sync made). */
async function dropIfEmpty(tx: SqlConnection, repId: number): Promise<boolean> {
  const removed = await tx.run(
    `DELETE FROM reps WHERE id = ?
       AND NOT EXISTS (SELECT 1 FROM rep_identities WHERE rep_id = ?)
       AND NOT EXISTS (SELECT 1 FROM users WHERE rep_id = ?)
       AND NOT EXISTS (SELECT 1 FROM calls WHERE rep_id = ?)`,
    [repId, repId, repId, repId],
  );
  return removed > 0;
}

async function repById(tx: SqlConnection, id: number): Promise<{ id: number; name: string; email: string | null; team_id: number | null; is_agent: unknown } | undefined> {
  const [rep] = await tx.all<{ id: number; name: string; email: string | null; team_id: number | null; is_agent: unknown }>(`SELECT id, name, email, team_id, is_agent FROM reps WHERE id = ?`, [id]);
  return rep;
}

/**
 * Links one vendor identity to a rep: its calls follow it, and the rep it
 * leaves is removed if nothing else holds it. Audited as identity.link.
 */
export async function linkIdentity(sql: SqlConnection, actorUserId: number | null, input: z.input<typeof linkIdentitySchema>, now = new Date()): Promise<{ moved: number; removedRep: boolean }> {
  const { vendor, externalId, repId } = linkIdentitySchema.parse(input);
  return sql.transaction(async (tx) => {
    const [identity] = await tx.all<{ id: number; rep_id: number }>(`SELECT id, rep_id FROM rep_identities WHERE vendor = ? AND external_id = ?`, [vendor, externalId]);
    if (!identity) throw new PeopleNotFoundError(`No ${VENDOR_LABELS[vendor as Vendor]} identity has the id ${externalId}`);
    const rep = await repById(tx, repId);
    if (!rep) throw new PeopleInputError(`repId: no rep has the id ${repId}`);
    const previous = Number(identity.rep_id);
    if (previous === repId) return { moved: 0, removedRep: false };
    await tx.run(`UPDATE rep_identities SET rep_id = ?, updated_at = ? WHERE id = ?`, [repId, now, identity.id]);
    const moved = await moveCalls(tx, `vendor = ? AND rep_external_id = ?`, [vendor, externalId], repId, now);
    const removedRep = await dropIfEmpty(tx, previous);
    await recordAudit(tx, { actorUserId, action: "identity.link", targetKind: "identity", targetId: `${vendor}:${externalId}`, details: { before: { repId: previous }, after: { repId }, calls: moved, removedRep } }, now);
    return { moved, removedRep };
  });
}

/**
 * Merges one rep into another: its identities, calls and sign-in go to the
 * other, which keeps its own name and team (taking the merged one's email and
 * team where it has none); the merged rep is removed. Audited as rep.merge.
 */
export async function mergeReps(sql: SqlConnection, actorUserId: number | null, input: z.input<typeof mergeRepsSchema>, now = new Date()): Promise<{ moved: number; identities: number }> {
  const { fromRepId, intoRepId } = mergeRepsSchema.parse(input);
  return sql.transaction(async (tx) => {
    const from = await repById(tx, fromRepId);
    const into = await repById(tx, intoRepId);
    if (!from) throw new PeopleNotFoundError(`No rep has the id ${fromRepId}`);
    if (!into) throw new PeopleInputError(`intoRepId: no rep has the id ${intoRepId}`);
    const users = await tx.all<{ rep_id: number; email: string }>(`SELECT rep_id, email FROM users WHERE rep_id IN (?, ?)`, [fromRepId, intoRepId]);
    if (users.length === 2) {
      throw new PeopleInputError(`Both reps sign in (${users.map((u) => u.email).join(" and ")}); unlink or disable one of those users first`);
    }
    const identities = await tx.run(`UPDATE rep_identities SET rep_id = ?, updated_at = ? WHERE rep_id = ?`, [intoRepId, now, fromRepId]);
    const moved = await moveCalls(tx, `rep_id = ?`, [fromRepId], intoRepId, now);
    await tx.run(`UPDATE users SET rep_id = ?, updated_at = ? WHERE rep_id = ?`, [intoRepId, now, fromRepId]);
    // The merged rep's row goes first: emails are unique.
    await tx.run(`DELETE FROM reps WHERE id = ?`, [fromRepId]);
    const email = into.email ?? from.email;
    const teamId = into.team_id ?? from.team_id;
    await tx.run(`UPDATE reps SET email = ?, team_id = ?, is_agent = ?, updated_at = ? WHERE id = ?`, [email, teamId, toBool(into.is_agent) || toBool(from.is_agent), now, intoRepId]);
    await recordAudit(
      tx,
      {
        actorUserId,
        action: "rep.merge",
        targetKind: "rep",
        targetId: intoRepId,
        details: { merged: { id: fromRepId, name: from.name, email: from.email, teamId: from.team_id }, into: { id: intoRepId, name: into.name }, calls: moved, identities },
      },
      now,
    );
    return { moved, identities };
  });
}

/** Marks a rep as an AI agent (listed apart, never ranked among people) or as a person. Audited as rep.agent. */
export async function setRepAgent(sql: SqlConnection, actorUserId: number | null, repId: number, input: z.input<typeof repPatchSchema>, now = new Date()): Promise<void> {
  const { isAgent } = repPatchSchema.parse(input);
  await sql.transaction(async (tx) => {
    const rep = await repById(tx, repId);
    if (!rep) throw new PeopleNotFoundError(`No rep has the id ${repId}`);
    if (toBool(rep.is_agent) === isAgent) return;
    await tx.run(`UPDATE reps SET is_agent = ?, updated_at = ? WHERE id = ?`, [isAgent, now, repId]);
    await recordAudit(tx, { actorUserId, action: "rep.agent", targetKind: "rep", targetId: repId, details: { before: { isAgent: !isAgent }, after: { isAgent } } }, now);
  });
}

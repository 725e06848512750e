// The calls list's CRM filters: an account, an opportunity, and a search on
// the names of every CRM record and field a call is matched to (for
// ExecVision calls, ExecVision's own search is asked as well).
import "server-only";
import { placeholders, type SqlConnection, type SqlValue } from "@/lib/db/sql";
import { crmNameKey } from "@/lib/sync/store/crm";
import { searchExecVisionCompany } from "@/lib/vendors/execvision/search";
import type { CallsQuery } from "./list-calls";

type CrmQuery = Pick<CallsQuery, "account" | "opportunity" | "crm" | "vendor">;

/** A LIKE pattern for text anywhere in a name key; ! escapes the pattern's own characters. */
function containsPattern(text: string): string {
  return `%${crmNameKey(text).replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
}

/** What the CRM filters can select, worked out before the list's query. */
export interface CrmCandidates {
  /** Stored calls ExecVision's live search found for the CRM search; the scope and every other filter still apply to them. */
  live: number[];
  /** When known (a filter rare enough to start from): every call the CRM filters can select is among these. */
  within: number[] | null;
}

export const NO_CRM: CrmCandidates = { live: [], within: null };

/** The stored ExecVision calls the live search finds for the query's CRM search, when the query can list ExecVision calls. */
export async function liveCrmCalls(sql: SqlConnection, query: CrmQuery): Promise<number[]> {
  const text = query.crm?.trim();
  if (!text || (query.vendor && query.vendor !== "execvision")) return [];
  // The search answers no ids on any failure; this guards against the unexpected as well: a list never fails for it.
  const ids = await searchExecVisionCompany(sql, text).catch(() => [] as string[]);
  const found: number[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await sql.all<{ id: number }>(`SELECT id FROM calls WHERE vendor = 'execvision' AND external_id IN (${placeholders(part.length)})`, part);
    found.push(...rows.map((r) => Number(r.id)));
  }
  return found;
}

/**
 * A CRM filter held by at most `cap` links is started from: its calls are
 * collected from the (kind, name_key, call_id) index, and only they are read.
 * A CRM search reads every link's name, which pays across every call but not
 * within a scope, whose calls are probed one by one instead.
 */
export async function crmCandidates(sql: SqlConnection, query: CrmQuery, scoped: boolean, live: number[], cap: number): Promise<CrmCandidates> {
  const search = query.crm ? crmNameKey(query.crm) : "";
  if (!query.account && !query.opportunity && !search) return NO_CRM;
  // Links, not calls, are counted: a call with the name twice (two CRMs) only makes the set look commoner.
  const collect = async (where: string, params: SqlValue[]) =>
    (await sql.all<{ call_id: number }>(`SELECT l.call_id FROM call_crm_links l WHERE ${where} LIMIT ${cap + 1}`, params)).map((r) => Number(r.call_id));
  const sets: Set<number>[] = [];
  for (const kind of ["account", "opportunity"] as const) {
    const name = query[kind];
    if (!name) continue;
    const ids = await collect("l.kind = ? AND l.name_key = ?", [kind, crmNameKey(name)]);
    if (ids.length <= cap) sets.push(new Set(ids));
  }
  if (search && !scoped) {
    const ids = await collect("l.name_key LIKE ? ESCAPE '!'", [containsPattern(search)]);
    if (ids.length <= cap) sets.push(new Set([...ids, ...live]));
  }
  if (!sets.length) return { live, within: null };
  const within = [...sets[0]].filter((id) => sets.every((set) => set.has(id))).sort((a, b) => a - b);
  return { live, within };
}

/** The conditions on calls c: a probe per call of the (kind, name_key, call_id) index, and of a call's own links for a search. */
export function crmConditions(query: CrmQuery, crm: CrmCandidates): { sql: string; params: SqlValue[] }[] {
  const out: { sql: string; params: SqlValue[] }[] = [];
  for (const kind of ["account", "opportunity"] as const) {
    const name = query[kind];
    if (name) out.push({ sql: `EXISTS (SELECT 1 FROM call_crm_links l WHERE l.kind = ? AND l.name_key = ? AND l.call_id = c.id)`, params: [kind, crmNameKey(name)] });
  }
  const search = query.crm ? crmNameKey(query.crm) : "";
  if (search) {
    const live = crm.live.length ? ` OR c.id IN (${placeholders(crm.live.length)})` : "";
    out.push({ sql: `(EXISTS (SELECT 1 FROM call_crm_links l WHERE l.call_id = c.id AND l.name_key LIKE ? ESCAPE '!')${live})`, params: [containsPattern(search), ...crm.live] });
  }
  if (crm.within) out.push({ sql: crm.within.length ? `c.id IN (${placeholders(crm.within.length)})` : "1 = 0", params: crm.within });
  return out;
}

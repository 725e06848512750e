// The CRM records each call is matched to, one row per account, contact,
// opportunity or custom field, so the calls list can filter and search on
// them through an index instead of reading every call's JSON.
import "server-only";
import { insertRows, placeholders, type SqlConnection, type SqlValue } from "@/lib/db/sql";
import { parseJsonColumn } from "@/lib/db/values";

export type CrmLinkKind = "account" | "contact" | "opportunity" | "field";

export interface CrmLink {
  kind: CrmLinkKind;
  /** The CRM (Salesforce...), or for a field, the field's name. */
  system: string | null;
  crmId: string | null;
  name: string;
  nameKey: string;
}

export interface CrmSource {
  vendor: string;
  /** ExecVision's crmMatches, as sent (anything else is ignored). */
  crmMatches?: unknown;
  /** ExecVision's custom fields mapped from the CRM. */
  metadata?: unknown;
  prospectCompany?: string | null;
}

/** Longest name (or field value) kept: longer text is not a name anyone filters by. */
export const MAX_CRM_NAME = 200;
const MAX_SYSTEM = 100;
const MAX_CRM_ID = 200;
const MAX_FIELDS = 50;
const MAX_MATCHES = 20;
const MAX_CONTACTS = 50;
/** The most links one call keeps, whatever the vendor sends. */
const MAX_LINKS_PER_CALL = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/** What filters and search compare: the name trimmed and lower-cased. */
export function crmNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * A usable piece of text (a number too, where `numbers` allows): control
 * characters (PostgreSQL refuses NUL) become spaces; blank or too long is none.
 */
function textOf(value: unknown, max: number, numbers = false): string | null {
  if (typeof value !== "string" && !(numbers && typeof value === "number" && Number.isFinite(value))) return null;
  const text = String(value).replace(CONTROL, " ").trim();
  return text && text.length <= max ? text : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Metadata keys that are not CRM fields: the call's own id, and rendered card templates. */
const NOT_FIELDS = new Set(["id", "templates"]);

/**
 * The links a call's data gives: ExecVision's CRM matches (account, contacts,
 * engagement as the opportunity) and custom fields (string and number values),
 * and for every vendor the prospect's company as an account when no CRM
 * account is given. A malformed element is skipped, never the call.
 */
export function crmLinksOf(source: CrmSource): CrmLink[] {
  const links: CrmLink[] = [];
  const seen = new Set<string>();
  const add = (kind: CrmLinkKind, system: string | null, crmId: string | null, name: string | null) => {
    if (!name || links.length >= MAX_LINKS_PER_CALL) return;
    const nameKey = crmNameKey(name);
    const key = JSON.stringify([kind, system, crmId, nameKey]);
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ kind, system, crmId, name, nameKey });
  };
  const entity = (kind: CrmLinkKind, system: string | null, value: unknown) => {
    if (isRecord(value)) add(kind, system, textOf(value.crmId, MAX_CRM_ID, true), textOf(value.name, MAX_CRM_NAME));
  };
  const execvision = source.vendor === "execvision";
  if (execvision && Array.isArray(source.crmMatches)) {
    for (const match of source.crmMatches.slice(0, MAX_MATCHES)) {
      if (!isRecord(match)) continue;
      const system = textOf(match.crmName, MAX_SYSTEM);
      entity("account", system, match.account);
      if (Array.isArray(match.contacts)) for (const contact of match.contacts.slice(0, MAX_CONTACTS)) entity("contact", system, contact);
      entity("opportunity", system, match.engagement);
    }
  }
  if (!links.some((l) => l.kind === "account")) add("account", null, null, textOf(source.prospectCompany, MAX_CRM_NAME));
  if (execvision && isRecord(source.metadata)) {
    let fields = 0;
    for (const [key, value] of Object.entries(source.metadata)) {
      if (fields >= MAX_FIELDS) break;
      const field = textOf(key, MAX_SYSTEM);
      const text = textOf(value, MAX_CRM_NAME, true);
      if (!field || !text || NOT_FIELDS.has(field)) continue;
      fields++;
      add("field", field, null, text);
    }
  }
  return links;
}

export interface CrmLinkRows {
  callId: number;
  vendor: string;
  crmMatches?: unknown;
  metadata?: unknown;
  prospectCompany?: string | null;
}

const LINK_COLUMNS = ["call_id", "kind", "system", "crm_id", "name", "name_key"] as const;

/** Replaces the links of the calls given with what their data holds now. Returns how many calls have links, and how many links. */
export async function writeCrmLinks(sql: SqlConnection, rows: readonly CrmLinkRows[]): Promise<{ calls: number; links: number }> {
  if (!rows.length) return { calls: 0, links: 0 };
  const callIds = [...new Set(rows.map((r) => r.callId))];
  for (let i = 0; i < callIds.length; i += 500) {
    const part = callIds.slice(i, i + 500);
    await sql.run(`DELETE FROM call_crm_links WHERE call_id IN (${placeholders(part.length)})`, part);
  }
  const values: SqlValue[][] = [];
  const seen = new Set<number>();
  let linked = 0;
  // The last row of a call wins, as the calls themselves are written.
  for (const row of [...rows].reverse()) {
    if (seen.has(row.callId)) continue;
    seen.add(row.callId);
    const links = crmLinksOf(row);
    if (links.length) linked++;
    for (const link of links) values.push([row.callId, link.kind, link.system, link.crmId, link.name, link.nameKey]);
  }
  await insertRows(sql, "call_crm_links", LINK_COLUMNS, values);
  return { calls: linked, links: values.length };
}

export interface CrmBackfillCounts {
  /** Calls looked at. */
  calls: number;
  /** Calls that had no links and were given some. */
  filled: number;
  links: number;
}

/** A JSON column that does not parse is no data, not a failed backfill. */
function jsonOrNull(value: unknown): unknown {
  try {
    return parseJsonColumn(value);
  } catch {
    return null;
  }
}

/**
 * Gives the links their data holds to the calls that have none yet (calls
 * stored before links were kept), walking calls by id in batches, each in
 * its own transaction. Running it again finds nothing more to do.
 */
export async function backfillCrmLinks(sql: SqlConnection, options: { batchSize?: number } = {}): Promise<CrmBackfillCounts> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 500, 5_000));
  const counts: CrmBackfillCounts = { calls: 0, filled: 0, links: 0 };
  let after = 0;
  for (;;) {
    const done = await sql.transaction(async (tx) => {
      // Each statement reads at most one batch of calls, whatever share of them already has links.
      const page = await tx.all<{ id: number; linked: unknown }>(
        `SELECT c.id, (SELECT 1 FROM call_crm_links l WHERE l.call_id = c.id LIMIT 1) AS linked FROM calls c WHERE c.id > ? ORDER BY c.id LIMIT ?`,
        [after, batchSize],
      );
      if (!page.length) return true;
      after = Number(page.at(-1)!.id);
      counts.calls += page.length;
      const missing = page.filter((r) => r.linked === null || r.linked === undefined).map((r) => Number(r.id));
      if (!missing.length) return page.length < batchSize;
      const calls = await tx.all<{ id: number; vendor: string; crm_matches: unknown; metadata: unknown; prospect_company: string | null }>(
        `SELECT id, vendor, crm_matches, metadata, prospect_company FROM calls WHERE id IN (${placeholders(missing.length)})`,
        missing,
      );
      const rows = calls.map((c) => ({ callId: Number(c.id), vendor: c.vendor, crmMatches: jsonOrNull(c.crm_matches), metadata: jsonOrNull(c.metadata), prospectCompany: c.prospect_company }));
      const written = await writeCrmLinks(tx, rows);
      counts.filled += written.calls;
      counts.links += written.links;
      return page.length < batchSize;
    });
    if (done) break;
  }
  return counts;
}

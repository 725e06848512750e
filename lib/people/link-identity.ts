// Linking vendor identities to reps by email, for a vendor that sends none
// (Revont): the demo and the command line use it with a list of known links.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import type { Vendor } from "@/lib/domain/vendors";
import { linkIdentity } from "./identities";

/** Links identities to the reps with these emails; returns how many were linked. */
export async function linkIdentitiesByEmail(sql: SqlConnection, vendor: Vendor, links: Record<string, string>): Promise<number> {
  let linked = 0;
  for (const [externalId, email] of Object.entries(links)) {
    const [rep] = await sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [email.toLowerCase()]);
    const [identity] = await sql.all<{ rep_id: number }>(`SELECT rep_id FROM rep_identities WHERE vendor = ? AND external_id = ?`, [vendor, externalId]);
    if (!rep || !identity) continue;
    if (Number(identity.rep_id) !== Number(rep.id)) await linkIdentity(sql, null, { vendor, externalId, repId: Number(rep.id) });
    linked++;
  }
  return linked;
}

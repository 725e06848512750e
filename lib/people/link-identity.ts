// Linking a vendor identity to a rep: its calls follow it, and a rep left
// with no identity and no sign-in (a placeholder made by the sync) is removed.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import type { Vendor } from "@/lib/domain/vendors";
import { refreshRollups, rollupKeysOfCalls } from "@/lib/sync/store/rollups";

export async function linkIdentityToRep(sql: SqlConnection, vendor: Vendor, externalId: string, repId: number, now = new Date()): Promise<boolean> {
  return sql.transaction(async (tx) => {
    const [identity] = await tx.all<{ id: number; rep_id: number }>(`SELECT id, rep_id FROM rep_identities WHERE vendor = ? AND external_id = ?`, [vendor, externalId]);
    const [rep] = await tx.all<{ id: number }>(`SELECT id FROM reps WHERE id = ?`, [repId]);
    if (!identity || !rep) return false;
    const previous = Number(identity.rep_id);
    if (previous === repId) return true;
    await tx.run(`UPDATE rep_identities SET rep_id = ?, updated_at = ? WHERE id = ?`, [repId, now, identity.id]);
    const moved = (await tx.all<{ id: number }>(`SELECT id FROM calls WHERE vendor = ? AND rep_external_id = ?`, [vendor, externalId])).map((c) => Number(c.id));
    const before = await rollupKeysOfCalls(tx, moved);
    await tx.run(`UPDATE calls SET rep_id = ?, updated_at = ? WHERE vendor = ? AND rep_external_id = ?`, [repId, now, vendor, externalId]);
    await refreshRollups(tx, [...before, ...(await rollupKeysOfCalls(tx, moved))]);
    await tx.run(
      `DELETE FROM reps WHERE id = ?
         AND NOT EXISTS (SELECT 1 FROM rep_identities WHERE rep_id = ?)
         AND NOT EXISTS (SELECT 1 FROM users WHERE rep_id = ?)
         AND NOT EXISTS (SELECT 1 FROM calls WHERE rep_id = ?)`,
      [previous, previous, previous, previous],
    );
    return true;
  });
}

/** Links identities to the reps with these emails; returns how many were linked. */
export async function linkIdentitiesByEmail(sql: SqlConnection, vendor: Vendor, links: Record<string, string>): Promise<number> {
  let linked = 0;
  for (const [externalId, email] of Object.entries(links)) {
    const [rep] = await sql.all<{ id: number }>(`SELECT id FROM reps WHERE email = ?`, [email.toLowerCase()]);
    if (rep && (await linkIdentityToRep(sql, vendor, externalId, Number(rep.id)))) linked++;
  }
  return linked;
}

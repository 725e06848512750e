// One-off work an upgrade leaves behind (a migration queues it in
// maintenance_tasks), done in the background by the first process that
// starts after the upgrade. The lock dies with its holder; a task cut short
// by a crash is done again, whole, by the next start (each task is idempotent).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import { rederiveAllTalkMetrics } from "@/lib/sync/store/calls";
import { backfillCrmLinks } from "@/lib/sync/store/crm";

const TASKS: Record<string, (sql: SqlConnection) => Promise<unknown>> = {
  // Calls stored before CRM links existed: their links, from what each call holds.
  crm_links_backfill: (sql) => backfillCrmLinks(sql),
  // Calls stored when a vendor's own talk figures stood beside a transcript: the transcript's, as the rule now says.
  talk_metrics_rederive: (sql) => rederiveAllTalkMetrics(sql),
};

/** Runs every pending task; "busy" when another process is running them. */
export async function runMaintenance(sql: SqlConnection, log: (line: string) => void = () => {}): Promise<"done" | "busy"> {
  const lock = await sql.tryLock("maintenance");
  if (!lock) return "busy";
  try {
    const pending = await sql.all<{ name: string }>(`SELECT name FROM maintenance_tasks WHERE done_at IS NULL ORDER BY name`);
    for (const { name } of pending) {
      const task = TASKS[name];
      if (!task) continue;
      const result = await task(sql);
      await sql.run(`UPDATE maintenance_tasks SET done_at = ?, result = ?, updated_at = ? WHERE name = ?`, [new Date(), JSON.stringify(result ?? null), new Date(), name]);
      log(`${name}: ${JSON.stringify(result ?? null)}`);
    }
    return "done";
  } finally {
    await lock.release();
  }
}

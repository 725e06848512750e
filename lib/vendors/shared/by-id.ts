// Work for vendors without a list endpoint: ids learnt from webhooks that
// are not fetched yet, plus records the connector wants to fetch again.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import type { Vendor } from "@/lib/domain/vendors";
import type { PendingItem } from "@/lib/sync/paging";

export async function pendingDeliveries(sql: SqlConnection, vendor: Vendor, exclude: Set<string>, refetch: { id: string }[] = []): Promise<PendingItem[]> {
  const rows = await sql.all<{ id: number; resource_id: string }>(
    `SELECT id, resource_id FROM webhook_deliveries WHERE vendor = ? AND processed_at IS NULL ORDER BY id LIMIT 500`,
    [vendor],
  );
  const items = new Map<string, PendingItem>();
  for (const row of rows) {
    const item = items.get(row.resource_id) ?? { id: row.resource_id, deliveries: [] };
    item.deliveries!.push(Number(row.id));
    items.set(row.resource_id, item);
  }
  for (const { id } of refetch) if (!items.has(id)) items.set(id, { id });
  return [...items.values()].filter((item) => !exclude.has(item.id));
}

// Fetch one record by id through its connector and store it, outside the
// streams: read-through for pages, and the connector tests.
import "server-only";
import { retryConflicts } from "@/lib/db/conflicts";
import type { SqlConnection } from "@/lib/db/sql";
import { mergeBatches } from "./merge";
import { writeBatch, type Counts } from "./store";
import type { Connector } from "./types";

export type FetchOneResult = { status: "stored"; counts: Counts } | { status: "missing" } | { status: "invalid"; error: string };

export async function fetchAndStore(sql: SqlConnection, connector: Connector, id: string, signal?: AbortSignal, now = new Date()): Promise<FetchOneResult> {
  const lookup = connector.fetchById;
  if (!lookup) throw new Error(`${connector.vendor} cannot fetch a record by id`);
  const stream = connector.streams.find((s) => s.name === lookup.stream);
  if (!stream) throw new Error(`${connector.vendor} has no stream ${lookup.stream}`);
  const raw = await lookup.fetch(id, signal);
  if (raw === null) {
    if (stream.mapMissing) await retryConflicts(() => sql.transaction((tx) => writeBatch(tx, stream.mapMissing!([id]), now)));
    return { status: "missing" };
  }
  const parsed = stream.schema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", error: parsed.error.issues[0]?.message ?? "invalid" };
  const batch = mergeBatches([stream.map(parsed.data, { now, raw, drop: () => {} })]);
  const counts = await retryConflicts(() => sql.transaction((tx) => writeBatch(tx, batch, now)));
  return { status: "stored", counts };
}

// How many rows an export reads per query: enough to keep round trips few,
// few enough that one page is all it ever holds in memory.
export const EXPORT_PAGE_SIZE = 500;
export const MAX_EXPORT_PAGE_SIZE = 1000;

/** The page size asked for, kept within 1 and MAX_EXPORT_PAGE_SIZE (default EXPORT_PAGE_SIZE). */
export function exportPageSize(asked: number | undefined): number {
  if (asked === undefined || !Number.isFinite(asked)) return EXPORT_PAGE_SIZE;
  return Math.min(MAX_EXPORT_PAGE_SIZE, Math.max(1, Math.floor(asked)));
}

/**
 * A query's rows in id order, a page at a time (keyset on the id): `read(after, limit)` returns at most
 * `limit` rows with an id above `after`, in id order. Each page is yielded whole, so the caller can
 * complete its rows with one more read per page; only one page is ever held.
 */
export async function* keysetPages<T extends { id: number | string }>(limit: number, read: (after: number, limit: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await read(after, limit);
    if (!rows.length) return;
    yield rows;
    if (rows.length < limit) return;
    after = Number(rows.at(-1)!.id);
  }
}

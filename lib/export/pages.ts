// How many rows an export reads per query: enough to keep round trips few,
// few enough that one page is all it ever holds in memory.
export const EXPORT_PAGE_SIZE = 500;
export const MAX_EXPORT_PAGE_SIZE = 1000;

/** The page size asked for, kept within 1 and MAX_EXPORT_PAGE_SIZE (default EXPORT_PAGE_SIZE). */
export function exportPageSize(asked: number | undefined): number {
  if (asked === undefined || !Number.isFinite(asked)) return EXPORT_PAGE_SIZE;
  return Math.min(MAX_EXPORT_PAGE_SIZE, Math.max(1, Math.floor(asked)));
}

// Where a page sits in a list, in words.
import { formatCount } from "@/lib/plural";

/** "No calls", "1 call" on a single page, or "26–50 of 1,204 calls" when there is more than one. */
export function pageSummary(page: number, pageSize: number, total: number, noun: string, plural?: string): string {
  if (total === 0) return `No ${formatCount(0, noun, plural).slice(2)}`;
  if (total <= pageSize) return formatCount(total, noun, plural);
  const first = (page - 1) * pageSize + 1;
  return `${first.toLocaleString("en-US")}–${Math.min(total, page * pageSize).toLocaleString("en-US")} of ${formatCount(total, noun, plural)}`;
}

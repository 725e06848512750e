import type { UnifiedBatch } from "@/lib/domain/records";

/** One batch holding every list of the given batches, in order. */
export function mergeBatches(batches: UnifiedBatch[]): UnifiedBatch {
  if (batches.length === 1) return batches[0];
  const merged: Record<string, unknown> = {};
  for (const batch of batches) {
    for (const [key, value] of Object.entries(batch)) {
      if (Array.isArray(value)) {
        const list = (merged[key] as unknown[] | undefined) ?? [];
        for (const item of value) list.push(item);
        merged[key] = list;
      } else if (value !== undefined) {
        merged[key] = (merged[key] as boolean | undefined) || value;
      }
    }
  }
  return merged as UnifiedBatch;
}

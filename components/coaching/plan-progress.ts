import { pluralize } from "@/lib/plural";

/** "2 of 10 meetings held", "0 of 1 meeting held", "3 of ? meetings held" when the plan has no target. */
export function describeMeetingsHeld(completed: number | null, planned: number | null): string {
  const target = planned ? planned : null;
  return `${completed ?? 0} of ${target ?? "?"} ${pluralize(target ?? 0, "meeting")} held`;
}

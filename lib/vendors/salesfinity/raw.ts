// A scored call as Salesfinity served it, from what Coachboard stored: the
// whole record is kept in the call's raw column.
import { parseJsonColumn } from "@/lib/db/values";

export function rebuildRaw(call: { raw: unknown }): unknown {
  return parseJsonColumn(call.raw);
}

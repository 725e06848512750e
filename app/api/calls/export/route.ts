// GET /api/calls/export — the filtered calls as CSV (vendor, ids, rep, start, duration, scores), streamed a page at a time as the client reads.
import { getSql } from "@/lib/db";
import { callsQuery, exportFilter } from "@/lib/data/list-calls";
import { exportCalls, exportCsvHeader, exportCsvLine } from "@/lib/export/calls";
import { csvResponse } from "@/lib/export/csv-columns";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: callsQuery }, async ({ viewer, query }) => {
  const sql = await getSql();
  const filter = await exportFilter(viewer, query);
  const rows = exportCalls(sql, { where: filter.where, params: filter.params }, { withTranscript: false });
  return csvResponse("calls.csv", exportCsvHeader(), rows, exportCsvLine);
});

// GET /api/calls/export — the filtered calls as CSV (vendor, ids, rep, start, duration, scores), streamed.
import { getSql } from "@/lib/db";
import { callsQuery, exportFilter } from "@/lib/data/list-calls";
import { exportCalls, exportCsvHeader, exportCsvLine } from "@/lib/export/calls";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: callsQuery }, async ({ viewer, query }) => {
  const sql = await getSql();
  const filter = await exportFilter(viewer, query);
  const rows = exportCalls(sql, { where: filter.where, params: filter.params }, { withTranscript: false });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`${exportCsvHeader()}\n`));
      for await (const row of rows) controller.enqueue(encoder.encode(`${exportCsvLine(row)}\n`));
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="calls.csv"` } });
});

// GET /api/comments/export — the comments at moments on the calls the viewer may open, as CSV, streamed a page at a time.
import { getSql } from "@/lib/db";
import { callScope } from "@/lib/data/scope";
import { commentCsvHeader, commentCsvLine, exportComments } from "@/lib/export/comments";
import { csvResponse } from "@/lib/export/csv-columns";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in" }, async ({ viewer }) => {
  const scope = callScope(viewer);
  const rows = exportComments(await getSql(), { where: scope.sql, params: scope.params });
  return csvResponse("comments.csv", commentCsvHeader(), rows, commentCsvLine);
});

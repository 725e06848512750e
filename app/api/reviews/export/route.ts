// GET /api/reviews/export — every score override and dispute on the calls the viewer may open, as CSV, streamed a page at a time.
import { getSql } from "@/lib/db";
import { callScope } from "@/lib/data/scope";
import { csvResponse } from "@/lib/export/csv-columns";
import { exportReviews, reviewCsvHeader, reviewCsvLine } from "@/lib/export/reviews";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in" }, async ({ viewer }) => {
  const scope = callScope(viewer);
  const rows = exportReviews(await getSql(), { where: scope.sql, params: scope.params });
  return csvResponse("score-reviews.csv", reviewCsvHeader(), rows, reviewCsvLine);
});

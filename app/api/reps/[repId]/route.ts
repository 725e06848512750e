// GET /api/reps/:repId — a rep's skills against their team, trend, coaching themes and plans.
import { getRepOverview } from "@/lib/data/get-rep-overview";
import { repQuery } from "@/lib/data/rep-query";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/handler";
import { repIdParams, resolvePeriod } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", params: repIdParams, query: repQuery }, async ({ viewer, params, query }) => {
  const overview = await getRepOverview(viewer, params.repId, { ...resolvePeriod(query), skillSet: query.skillSet });
  if (!overview) throw notFound("No such rep");
  return overview;
});

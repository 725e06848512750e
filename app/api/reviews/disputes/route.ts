// GET /api/reviews/disputes?limit= — the review queue: disputes of scores waiting for a decision in the viewer's scope, newest first.
import { z } from "zod";
import { MAX_OPEN_DISPUTES } from "@/lib/coaching/score-reviews";
import { getOpenDisputes } from "@/lib/data/score-reviews";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

const disputesQuery = z.object({
  limit: z.coerce
    .number({ message: "must be a number" })
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be 1 or more" })
    .max(MAX_OPEN_DISPUTES, { message: `must be at most ${MAX_OPEN_DISPUTES}` })
    .default(50),
});

export const GET = route({ access: "signed-in", query: disputesQuery }, ({ viewer, query }) => getOpenDisputes(viewer, query.limit));

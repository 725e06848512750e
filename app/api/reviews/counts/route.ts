// GET /api/reviews/counts — how many calls each filter of the review queue holds (each capped), and the viewer's threshold.
import { getReviewCounts } from "@/lib/data/review-queue";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in" }, ({ viewer }) => getReviewCounts(viewer));

// GET /api/reviews/queue?filter=&limit=&cursor= — the review queue: the calls of the viewer's scope under one filter
// (disputes, feedback, below, unreviewed), newest call first, a page at a time (managers and admins).
import { queueQuerySchema } from "@/lib/coaching/review-queue";
import { getReviewQueue } from "@/lib/data/review-queue";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route({ access: "signed-in", query: queueQuerySchema }, ({ viewer, query }) => getReviewQueue(viewer, query));

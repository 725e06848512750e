// GET /api/reviews/threshold — the viewer's "scored below" threshold (70 until set);
// PUT { threshold: 0–100 } — sets it (managers and admins, their own only).
import { thresholdInputSchema } from "@/lib/coaching/review-queue";
import { getReviewThreshold, updateReviewThreshold } from "@/lib/data/review-queue";
import { route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 256;

export const GET = route({ access: "signed-in" }, ({ viewer }) => getReviewThreshold(viewer));

export const PUT = route({ access: "signed-in", body: thresholdInputSchema, maxBodyBytes: MAX_BODY_BYTES }, ({ viewer, body }) => updateReviewThreshold(viewer, body));
